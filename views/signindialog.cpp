#include "signindialog.h"

#include "avatarimage.h"
#include "formerror.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {

const QString GitHubDotCom = QStringLiteral("github.com");
constexpr int AvatarSize = 48;

QLabel *wrappedLabel(const QString &objectName)
{
    auto label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

bool isLoopback(const QString &hostWithoutPort)
{
    if (hostWithoutPort == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(hostWithoutPort) && address.isLoopback();
}

} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createSignInPage());

    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    // A quick answer does not flicker a busy bar.
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(400);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);

    auto buttons = new QDialogButtonBox;
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAutoDefault(false);
    m_primaryButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_primaryButton->setObjectName(QStringLiteral("primaryButton"));
    m_primaryButton->setDefault(true);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_primaryButton, &QPushButton::clicked, this, &SignInDialog::submit);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    setPage(Page::SignIn);
    retranslateUi();
    updateHost();
    setState(State::Editing);
    resize(560, sizeHint().height());
}

QWidget *SignInDialog::createWelcomePage()
{
    auto page = new QWidget;
    page->setObjectName(QStringLiteral("welcomePage"));
    m_welcomeTitle = wrappedLabel(QStringLiteral("welcomeTitle"));
    QFont titleFont = m_welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_welcomeTitle->setFont(titleFont);
    m_welcomeText = wrappedLabel(QStringLiteral("welcomeText"));
    m_signInButton = new QPushButton;
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_demoButton = new QPushButton;
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    connect(m_signInButton, &QPushButton::clicked, this, [this] { setPage(Page::SignIn); });
    connect(m_demoButton, &QPushButton::clicked, this, [this] {
        Q_EMIT demoRequested();
        accept();
    });
    auto buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_signInButton);
    buttonRow->addWidget(m_demoButton);
    buttonRow->addStretch();
    auto layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_welcomeTitle);
    layout->addWidget(m_welcomeText);
    layout->addLayout(buttonRow);
    layout->addStretch();
    return page;
}

QWidget *SignInDialog::createSignInPage()
{
    auto page = new QWidget;
    page->setObjectName(QStringLiteral("signInPage"));

    m_hostLabel = new QLabel;
    m_hostEdit = new QLineEdit(GitHubDotCom);
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostLabel->setBuddy(m_hostEdit);
    m_apiUrlLabel = wrappedLabel(QStringLiteral("apiUrlLabel"));
    m_apiUrlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_hostEdit, &QLineEdit::textChanged, this, &SignInDialog::updateHost);

    // A token pasted.
    m_tokenTab = new QWidget;
    m_tokenTab->setObjectName(QStringLiteral("tokenTab"));
    m_tokenHelpLabel = wrappedLabel(QStringLiteral("tokenHelpLabel"));
    m_tokenLinkLabel = new QLabel;
    m_tokenLinkLabel->setObjectName(QStringLiteral("tokenLinkLabel"));
    m_tokenLinkLabel->setTextFormat(Qt::RichText);
    m_tokenLinkLabel->setWordWrap(true);
    m_tokenLinkLabel->setOpenExternalLinks(false);
    m_tokenLinkLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                              Qt::LinksAccessibleByKeyboard);
    connect(m_tokenLinkLabel, &QLabel::linkActivated, this, &SignInDialog::openLink);
    m_tokenLabel = new QLabel;
    m_tokenEdit = new QLineEdit;
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setClearButtonEnabled(true);
    m_tokenLabel->setBuddy(m_tokenEdit);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    auto tokenForm = new QFormLayout;
    tokenForm->addRow(m_tokenLabel, m_tokenEdit);
    auto tokenLayout = new QVBoxLayout(m_tokenTab);
    tokenLayout->addWidget(m_tokenHelpLabel);
    tokenLayout->addWidget(m_tokenLinkLabel);
    tokenLayout->addLayout(tokenForm);
    tokenLayout->addStretch();

    // GitHub CLI's token.
    m_cliTab = new QWidget;
    m_cliTab->setObjectName(QStringLiteral("cliTab"));
    m_cliText = wrappedLabel(QStringLiteral("cliText"));
    auto cliLayout = new QVBoxLayout(m_cliTab);
    cliLayout->addWidget(m_cliText);
    cliLayout->addStretch();

    // The browser's device flow.
    m_browserTab = new QWidget;
    m_browserTab->setObjectName(QStringLiteral("browserTab"));
    m_browserText = wrappedLabel(QStringLiteral("browserText"));
    m_codePanel = new QWidget;
    m_codePanel->setObjectName(QStringLiteral("codePanel"));
    m_codeCaption = wrappedLabel(QStringLiteral("codeCaption"));
    m_userCodeLabel = new QLabel;
    m_userCodeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_userCodeLabel->setTextFormat(Qt::PlainText);
    m_userCodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                             Qt::TextSelectableByKeyboard);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 2.2);
    codeFont.setBold(true);
    m_userCodeLabel->setFont(codeFont);
    m_copyCodeButton = new QPushButton;
    m_copyCodeButton->setObjectName(QStringLiteral("copyCodeButton"));
    m_copyCodeButton->setAutoDefault(false);
    connect(m_copyCodeButton, &QPushButton::clicked, this, [this] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_userCode);
    });
    m_openGitHubButton = new QPushButton;
    m_openGitHubButton->setObjectName(QStringLiteral("openGitHubButton"));
    m_openGitHubButton->setAutoDefault(false);
    connect(m_openGitHubButton, &QPushButton::clicked, this,
            [this] { openLink(m_verificationUrl.toString()); });
    m_stopWaitingButton = new QPushButton;
    m_stopWaitingButton->setObjectName(QStringLiteral("stopWaitingButton"));
    m_stopWaitingButton->setAutoDefault(false);
    connect(m_stopWaitingButton, &QPushButton::clicked, this, [this] {
        if (m_state != State::Waiting)
            return;
        setState(State::Editing);
        Q_EMIT browserSignInCancelled();
        focusPrimary();
    });
    auto codeRow = new QHBoxLayout;
    codeRow->addWidget(m_userCodeLabel);
    codeRow->addWidget(m_copyCodeButton);
    codeRow->addStretch();
    auto codeButtons = new QHBoxLayout;
    codeButtons->addWidget(m_openGitHubButton);
    codeButtons->addWidget(m_stopWaitingButton);
    codeButtons->addStretch();
    auto codeLayout = new QVBoxLayout(m_codePanel);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codeCaption);
    codeLayout->addLayout(codeRow);
    codeLayout->addLayout(codeButtons);
    m_codePanel->hide();
    auto browserLayout = new QVBoxLayout(m_browserTab);
    browserLayout->addWidget(m_browserText);
    browserLayout->addWidget(m_codePanel);
    browserLayout->addStretch();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("methodTabs"));
    m_tabs->addTab(m_tokenTab, QString());
    m_tabs->addTab(m_cliTab, QString());
    m_tabs->addTab(m_browserTab, QString());
    m_tabs->setTabVisible(1, false);
    m_tabs->setTabVisible(2, false);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_state == State::Editing || m_state == State::SignedIn)
            retranslateUi();
    });

    // The outcome: who is signed in, or why not.
    m_avatarLabel = new QLabel;
    m_avatarLabel->setObjectName(QStringLiteral("avatarLabel"));
    m_avatarLabel->setFixedSize(AvatarSize, AvatarSize);
    m_avatarLabel->hide();
    m_resultLabel = wrappedLabel(QStringLiteral("resultLabel"));
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();
    m_problemLabel = FormError::makeLabel(QStringLiteral("problemLabel"));
    auto resultRow = new QHBoxLayout;
    resultRow->addWidget(m_avatarLabel, 0, Qt::AlignTop);
    resultRow->addWidget(m_resultLabel, 1);

    auto hostForm = new QFormLayout;
    hostForm->addRow(m_hostLabel, m_hostEdit);
    hostForm->addRow(QString(), m_apiUrlLabel);
    auto layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(hostForm);
    layout->addWidget(m_tabs);
    layout->addLayout(resultRow);
    layout->addWidget(m_problemLabel);
    return page;
}

QString SignInDialog::normalizedHost(const QString &host)
{
    QString text = host.trimmed().toLower();
    // A pasted URL: keep its host (and port).
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty())
            text = url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                                  : url.host();
    }
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    if (text.isEmpty() || text == QLatin1String("api.github.com") ||
        text == QLatin1String("www.github.com"))
        return text.isEmpty() ? text : GitHubDotCom;
    return text;
}

QUrl SignInDialog::apiRootForHost(const QString &host, QString *problem)
{
    const QString name = normalizedHost(host);
    auto fail = [&](const QString &why) {
        if (problem)
            *problem = why;
        return QUrl();
    };
    if (name.isEmpty())
        return fail(tr("Enter github.com or the host name of your GitHub Enterprise Server."));
    if (name == GitHubDotCom)
        return QUrl(QStringLiteral("https://api.github.com"));
    // host, host:port; labels of letters, digits and hyphens (IDN hosts in their ASCII form).
    static const QRegularExpression hostPattern(
        QStringLiteral("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
                       ")*(:[0-9]{1,5})?$"));
    if (!hostPattern.match(name).hasMatch())
        return fail(tr("\"%1\" is not a host name. Enter github.com or a host name such as "
                       "github.example.com.")
                        .arg(host.trimmed()));
    const QString bareHost = name.section(QLatin1Char(':'), 0, 0);
    QUrl url;
    url.setScheme(isLoopback(bareHost) ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(bareHost);
    if (name.contains(QLatin1Char(':'))) {
        const int port = name.section(QLatin1Char(':'), 1).toInt();
        if (port < 1 || port > 65535)
            return fail(tr("\"%1\" is not a host name. Enter github.com or a host name such as "
                           "github.example.com.")
                            .arg(host.trimmed()));
        url.setPort(port);
    }
    url.setPath(QStringLiteral("/api/v3"));
    if (problem)
        problem->clear();
    return url;
}

QUrl SignInDialog::tokenPageForHost(const QString &host)
{
    QString problem;
    const QUrl api = apiRootForHost(host, &problem);
    if (!api.isValid())
        return QUrl();
    if (normalizedHost(host) == GitHubDotCom)
        return QUrl(QStringLiteral("https://github.com/settings/tokens"));
    QUrl page = api;
    page.setPath(QStringLiteral("/settings/tokens"));
    return page;
}

void SignInDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(page == Page::Welcome ? 0 : 1);
    // The stack is as tall as its current page, not as its tallest one.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_cancelButton->setVisible(true);
    updateButtons();
    if (page == Page::Welcome)
        m_signInButton->setFocus(Qt::OtherFocusReason);
    else if (m_tokenEdit->isVisible() || isVisible())
        (m_hostEdit->text().isEmpty() ? m_hostEdit : m_tokenEdit)->setFocus(Qt::OtherFocusReason);
}

SignInDialog::Page SignInDialog::page() const
{
    return m_pages->currentIndex() == 0 ? Page::Welcome : Page::SignIn;
}

void SignInDialog::setHost(const QString &host)
{
    m_hostEdit->setText(host);
}

QString SignInDialog::host() const
{
    return normalizedHost(m_hostEdit->text());
}

void SignInDialog::setMethod(Method method)
{
    const int index = int(method);
    if (m_tabs->isTabVisible(index))
        m_tabs->setCurrentIndex(index);
}

SignInDialog::Method SignInDialog::method() const
{
    return Method(m_tabs->currentIndex());
}

void SignInDialog::setGitHubCliAvailable(bool available)
{
    m_cliAvailable = available;
    m_tabs->setTabVisible(int(Method::GitHubCli), available);
    updateButtons();
}

void SignInDialog::setBrowserSignInAvailable(bool available)
{
    setBrowserSignInAvailability([available](const QString &) { return available; });
}

void SignInDialog::setBrowserSignInAvailability(
    std::function<bool(const QString &host)> availableForHost)
{
    m_browserAvailableForHost = std::move(availableForHost);
    updateBrowserAvailable();
    updateButtons();
}

void SignInDialog::updateBrowserAvailable()
{
    // A half-typed or cleared host changes nothing: the tab does not flicker while one types.
    if (!apiRootForHost(m_hostEdit->text()).isValid())
        return;
    const bool available = m_browserAvailableForHost && m_browserAvailableForHost(host());
    if (available == m_browserAvailable)
        return;
    const bool wasCurrent = method() == Method::Browser;
    m_browserAvailable = available;
    m_tabs->setTabVisible(int(Method::Browser), available);
    if (!available && wasCurrent) {
        setMethod(Method::Token);
        m_browserLeftForHost = true;
    } else if (available && m_browserLeftForHost && method() == Method::Token) {
        setMethod(Method::Browser); // back where the user was before the host changed
    }
    if (available)
        m_browserLeftForHost = false;
}

bool SignInDialog::isMethodAvailable(Method method) const
{
    switch (method) {
    case Method::Token:
        return true;
    case Method::GitHubCli:
        return m_cliAvailable;
    case Method::Browser:
        return m_browserAvailable;
    }
    return false;
}

void SignInDialog::showChecking()
{
    m_problem.clear();
    setState(State::Checking);
}

void SignInDialog::showSignedIn(const QString &login, const QPixmap &avatar)
{
    m_login = login;
    m_problem.clear();
    setState(State::SignedIn);
    setAvatar(avatar);
    focusPrimary();
}

void SignInDialog::setAvatar(const QPixmap &avatar)
{
    if (m_state != State::SignedIn)
        return;
    m_avatarLabel->setPixmap(
        AvatarImage::rounded(avatar, m_login, AvatarSize, devicePixelRatio(), palette()));
}

void SignInDialog::showProblem(const QString &text)
{
    m_problem = text;
    setState(State::Editing);
    focusPrimary();
}

void SignInDialog::showDeviceCode(const QString &userCode, const QUrl &verificationUrl)
{
    m_userCode = userCode;
    m_verificationUrl = verificationUrl;
    m_problem.clear();
    m_userCodeLabel->setText(userCode);
    setState(State::Waiting);
    m_copyCodeButton->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::reject()
{
    if (m_state == State::Waiting) {
        setState(State::Editing);
        Q_EMIT browserSignInCancelled();
    }
    QDialog::reject();
}

void SignInDialog::setState(State state)
{
    m_state = state;
    const bool busy = state == State::Checking || state == State::Waiting;
    if (busy) {
        // The focus rests on the dialog while the inputs are disabled, so Return cannot fall
        // through to Cancel and throw away what was typed.
        if (isAncestorOf(focusWidget()))
            setFocus(Qt::OtherFocusReason);
        if (state == State::Checking)
            m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_busy->hide();
    }
    m_hostEdit->setEnabled(!busy);
    m_tokenEdit->setEnabled(!busy);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, !busy || i == m_tabs->currentIndex());
    m_codePanel->setVisible(state == State::Waiting);
    m_browserText->setVisible(state != State::Waiting);

    const bool signedIn = state == State::SignedIn;
    m_avatarLabel->setVisible(signedIn);
    m_resultLabel->setVisible(signedIn || state == State::Checking || state == State::Waiting);
    FormError::show(m_problemLabel, state == State::Editing ? m_problem : QString());
    retranslateUi();
}

void SignInDialog::updateHost()
{
    QString problem;
    const QUrl api = apiRootForHost(m_hostEdit->text(), &problem);
    FormError::setErrorColor(m_apiUrlLabel, !api.isValid());
    m_apiUrlLabel->setText(api.isValid() ? tr("API: %1").arg(api.toString()) : problem);
    const QUrl tokenPage = tokenPageForHost(m_hostEdit->text());
    m_tokenLinkLabel->setVisible(tokenPage.isValid());
    if (tokenPage.isValid()) {
        const QString href = tokenPage.toString(QUrl::FullyEncoded).toHtmlEscaped();
        m_tokenLinkLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                      .arg(href, tr("Create a token on %1")
                                                     .arg(normalizedHost(m_hostEdit->text()))
                                                     .toHtmlEscaped()));
    }
    updateBrowserAvailable();
    // A sign-in that succeeded was for the old host.
    if (m_state == State::SignedIn) {
        m_login.clear();
        setState(State::Editing);
    }
    updateButtons();
}

void SignInDialog::updateButtons()
{
    if (page() == Page::Welcome) {
        m_primaryButton->hide();
        m_cancelButton->setText(tr("Close"));
        return;
    }
    m_primaryButton->show();
    m_cancelButton->setText(m_state == State::SignedIn ? tr("Close") : tr("Cancel"));
    const bool hostOk = apiRootForHost(m_hostEdit->text()).isValid();
    bool enabled = false;
    switch (m_state) {
    case State::Editing:
        enabled = hostOk &&
                  (method() != Method::Token || !m_tokenEdit->text().trimmed().isEmpty()) &&
                  isMethodAvailable(method());
        break;
    case State::Checking:
    case State::Waiting:
        enabled = false;
        break;
    case State::SignedIn:
        enabled = true;
        break;
    }
    m_primaryButton->setEnabled(enabled);
}

void SignInDialog::submit()
{
    if (page() == Page::Welcome || !m_primaryButton->isEnabled())
        return;
    if (m_state == State::SignedIn) {
        accept();
        return;
    }
    if (m_state != State::Editing)
        return;
    const QString host = this->host();
    switch (method()) {
    case Method::Token:
        showChecking();
        Q_EMIT tokenSubmitted(host, m_tokenEdit->text().trimmed());
        break;
    case Method::GitHubCli:
        showChecking();
        Q_EMIT gitHubCliSignInRequested(host);
        break;
    case Method::Browser:
        showChecking();
        Q_EMIT browserSignInRequested(host);
        break;
    }
}

void SignInDialog::openLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    // Only web pages: a host name typed into the form must not become another kind of link.
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return;
    Q_EMIT verificationPageOpened(url);
    QDesktopServices::openUrl(url);
}

void SignInDialog::focusPrimary()
{
    m_primaryButton->setDefault(true);
    if (m_primaryButton->isEnabled() && m_primaryButton->isVisible())
        m_primaryButton->setFocus(Qt::OtherFocusReason);
    else if (method() == Method::Token)
        m_tokenEdit->setFocus(Qt::OtherFocusReason);
}

bool SignInDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFit();
    return handled;
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit();
}

void SignInDialog::growToFit()
{
    QLayout *layout = this->layout();
    if (!layout || !isVisible() || isMaximized() || isFullScreen())
        return;
    QSize room(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    if (const QScreen *screen = this->screen())
        room = screen->availableGeometry().size() - (frameGeometry().size() - geometry().size());
    const int width = qMin(qMax(this->width(), layout->totalMinimumSize().width()), room.width());
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalMinimumSize().height();
    const int height = qMin(qMax(this->height(), needed), room.height());
    if (QSize(width, height) != size())
        resize(width, height);
}

void SignInDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter) {
        QDialog::keyPressEvent(event);
        return;
    }
    // Return presses the focused button, else the primary one; never Cancel by accident.
    auto focused = qobject_cast<QPushButton *>(focusWidget());
    if (focused && focused != m_cancelButton && focused->isEnabled())
        focused->click();
    else if (m_primaryButton->isEnabled() && m_primaryButton->isVisible())
        m_primaryButton->click();
    event->accept();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateHost();
    }
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign In to GitHub"));
    m_welcomeTitle->setText(tr("Welcome to DeployDeck"));
    m_welcomeText->setText(
        tr("DeployDeck shows the deployments of your GitHub repositories. Sign in to "
           "github.com or your GitHub Enterprise Server to see yours.\n\nNo account at hand? "
           "The demo runs on a built-in GitHub emulator with realistic data: nothing leaves "
           "this computer."));
    m_signInButton->setText(tr("Sign In to GitHub…"));
    m_demoButton->setText(tr("Try the Demo"));

    m_hostLabel->setText(tr("&Host:"));
    m_hostEdit->setPlaceholderText(tr("github.com or your GitHub Enterprise Server"));
    m_tabs->setTabText(int(Method::Token), tr("Paste a Token"));
    m_tabs->setTabText(int(Method::GitHubCli), tr("GitHub CLI"));
    m_tabs->setTabText(int(Method::Browser), tr("Browser"));
    m_tokenHelpLabel->setText(
        tr("A classic personal access token needs the repo scope (or repo_deployment to work "
           "with deployments only). A fine-grained token needs the repository permission "
           "\"Deployments: Read and write\"."));
    m_tokenLabel->setText(tr("&Token:"));
    m_tokenEdit->setPlaceholderText(tr("ghp_… or github_pat_…"));
    m_cliText->setText(tr("DeployDeck asks GitHub CLI (gh) for the token it keeps for this host. "
                          "Sign in there first with \"gh auth login\" if you have not."));
    m_browserText->setText(
        tr("Sign in on GitHub's web page: DeployDeck shows a code, you enter it in the browser "
           "and approve DeployDeck there."));
    m_codeCaption->setText(tr("Enter this code on GitHub:"));
    m_copyCodeButton->setText(tr("&Copy Code"));
    m_openGitHubButton->setText(tr("&Open GitHub"));
    m_stopWaitingButton->setText(tr("&Stop Waiting"));

    switch (m_state) {
    case State::Checking:
        m_resultLabel->setText(tr("Checking with GitHub…"));
        break;
    case State::Waiting:
        m_resultLabel->setText(tr("Waiting for you to approve DeployDeck in the browser…"));
        break;
    case State::SignedIn:
        m_resultLabel->setText(tr("Signed in as %1").arg(m_login));
        break;
    case State::Editing:
        m_resultLabel->clear();
        break;
    }

    if (m_state == State::SignedIn) {
        m_primaryButton->setText(tr("&Continue"));
    } else {
        switch (method()) {
        case Method::Token:
            m_primaryButton->setText(tr("&Sign In"));
            break;
        case Method::GitHubCli:
            m_primaryButton->setText(tr("&Use GitHub CLI's Sign-in"));
            break;
        case Method::Browser:
            m_primaryButton->setText(tr("&Sign In with Browser"));
            break;
        }
    }
    updateButtons();
}
