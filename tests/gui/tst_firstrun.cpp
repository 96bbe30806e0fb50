// The first run, as from the desktop menu: a fresh HOME, no token in the environment, no `gh`
// on PATH and no keyring service. The app (app/desktopapp.cpp, as `deploydeck` wires it) lands
// on the sign-in dialog over the NoToken welcome; a pasted token signs in and the deployments
// follow; the picker lists the account's repositories page by page; a repository the account
// can only read opens read-only with the reason in the tool tips; the avatar comes from its own
// request without the token; a repository behind SAML SSO offers GitHub's authorisation page; a
// recent repository opens with the account it remembers (another host and token); no file under
// HOME holds a token afterwards.
#include "app/desktopapp.h"
#include "app/mainwindow.h"
#include "app/signincontroller.h"
#include "emulator/githubemulator.h"
#include "models/accountstore.h"
#include "models/deploymentfilterproxy.h"
#include "models/githubclient.h"
#include "models/repositorylistmodel.h"
#include "models/tokenkeyring.h"
#include "views/messagebanner.h"
#include "views/repositorybox.h"
#include "views/repositorypicker.h"
#include "views/signindialog.h"
#include "views/welcomepage.h"

#include "testtimeout.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The fresh HOME for the whole run: set before QApplication, so every settings path is in it.
QTemporaryDir *freshHome()
{
    static QTemporaryDir home;
    return &home;
}

const QStringList testTokens = {QStringLiteral("demo-token"), QStringLiteral("reader-token")};
constexpr int extraRepositories = 105; // more than one page of 100

// The emulator's avatar path (a red PNG), so avatars are fetched on loopback.
QString loopbackAvatar(const GitHubEmulator &emulator, qint64 userId)
{
    return emulator.baseUrl().toString() + QStringLiteral("/_emulator/avatars/%1.png").arg(userId);
}

// The avatar label shows the fetched image (red), not the initial's circle.
bool showsFetchedAvatar(const SignInDialog *dialog)
{
    auto label = dialog->findChild<QLabel *>(QStringLiteral("avatarLabel"));
    if (!label || label->pixmap().isNull())
        return false;
    const QImage image = label->pixmap().toImage();
    const QColor centre = image.pixelColor(image.width() / 2, image.height() / 2);
    return centre.red() > 150 && centre.green() < 90 && centre.blue() < 90;
}

} // namespace

class FirstRunTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunLandsOnSignIn();
    void pastedTokenSignsIn();
    void pickerListsAccountRepositories();
    void ssoRepositoryOffersAuthorisation();
    void recentRepositoryUsesItsAccount();
    void recentRepositoryFromPickerUsesItsAccount();
    void noFileHoldsAToken(); // last: checks what the tests above left behind

private:
    // Starts the app as the desktop menu does (no options) and waits for its token look-up.
    std::unique_ptr<DesktopApp> startApp(const DesktopApp::Options &options = {});
    // Signs in through the open dialog with a pasted token; returns the dialog.
    SignInDialog *signIn(DesktopApp *app, const QString &token);

    std::unique_ptr<GitHubEmulator> m_emulator;
};

void FirstRunTest::initTestCase()
{
    QVERIFY(freshHome()->isValid());
    QVERIFY(QStandardPaths::findExecutable(QStringLiteral("gh")).isEmpty());
    QVERIFY(!qEnvironmentVariableIsSet("GH_TOKEN") && !qEnvironmentVariableIsSet("GITHUB_TOKEN"));
    QVERIFY(QSettings().fileName().startsWith(freshHome()->path()));
}

void FirstRunTest::init()
{
    m_emulator = std::make_unique<GitHubEmulator>();
    QVERIFY(m_emulator->listen());
    m_emulator->loadDemo(1);
    m_emulator->addDemoAccounts(); // demo-token (octocat, admin), reader-token (pull only)
    m_emulator->addUser(QStringLiteral("octocat"), 1, QStringLiteral("The Octocat"),
                        loopbackAvatar(*m_emulator, 1));
    m_emulator->addUser(QStringLiteral("reader"), 2001, QStringLiteral("Read-Only Reader"),
                        loopbackAvatar(*m_emulator, 2001));
}

void FirstRunTest::cleanup()
{
    m_emulator.reset();
}

std::unique_ptr<DesktopApp> FirstRunTest::startApp(const DesktopApp::Options &options)
{
    QSettings().clear(); // no account, no last repository
    auto app = std::make_unique<DesktopApp>(options);
    if (!app->prepare().isEmpty())
        return nullptr;
    // The dialog's host (github.com) is answered by the emulator.
    const QUrl root = m_emulator->baseUrl();
    app->signInController()->setApiRootResolver([root](const QString &) { return root; });
    app->start();
    if (!QTest::qWaitFor([&app] { return app->isTokenResolved(); }, TestTimeoutMs))
        return nullptr;
    return app;
}

SignInDialog *FirstRunTest::signIn(DesktopApp *app, const QString &token)
{
    SignInDialog *dialog = app->signInController()->signInDialog();
    if (!dialog)
        return nullptr;
    dialog->signInButton()->click(); // Welcome -> Sign in
    QTest::keyClicks(dialog->tokenEdit(), token);
    dialog->primaryButton()->click();
    return dialog;
}

void FirstRunTest::firstRunLandsOnSignIn()
{
    // Given a fresh HOME, no token anywhere
    // When the app starts as from the desktop menu
    const std::unique_ptr<DesktopApp> app = startApp();
    QVERIFY(app);

    // Then the window shows the NoToken welcome and the sign-in dialog is open on its welcome
    MainWindow *window = app->window();
    auto welcome = qobject_cast<WelcomePage *>(window->pages()->currentWidget());
    QVERIFY(welcome);
    QCOMPARE(welcome->situation(), WelcomePage::Situation::NoToken);
    QVERIFY(!app->client()->hasToken());
    SignInDialog *dialog = app->signInController()->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->page(), SignInDialog::Page::Welcome);
    QVERIFY(!dialog->isMethodAvailable(SignInDialog::Method::GitHubCli)); // no gh on PATH
    QVERIFY(app->accountStore()->accounts().isEmpty());
}

void FirstRunTest::pastedTokenSignsIn()
{
    // Given the first run, started for one repository (`deploydeck --repo acme/storefront`)
    DesktopApp::Options options;
    options.repository = *RepositoryId::parse(QStringLiteral("acme/storefront"));
    const std::unique_ptr<DesktopApp> app = startApp(options);
    QVERIFY(app);
    MainWindow *window = app->window();
    QVERIFY(!window->hasRepository());

    // When a token is pasted and submitted
    QElapsedTimer clock;
    clock.start();
    SignInDialog *dialog = signIn(app.get(), QStringLiteral("demo-token"));
    QVERIFY(dialog);

    // Then the dialog says who signed in, the client carries that token, and the deployments
    // come on screen
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), SignInDialog::State::SignedIn, TestTimeoutMs);
    QCOMPARE(dialog->resultLabel()->text(), QStringLiteral("Signed in as octocat"));
    QTRY_VERIFY_WITH_TIMEOUT(window->filterProxy()->rowCount() > 0, TestTimeoutMs);

    // The avatar: shown in the dialog, fetched by a request that carried no token
    QTRY_VERIFY_WITH_TIMEOUT(showsFetchedAvatar(dialog), TestTimeoutMs);
    int avatarRequests = 0;
    for (const GitHubEmulator::RecordedRequest &request : m_emulator->requests()) {
        if (!request.path.startsWith(QLatin1String("/_emulator/avatars/")))
            continue;
        ++avatarRequests;
        QCOMPARE(request.path, QStringLiteral("/_emulator/avatars/1.png"));
        QCOMPARE(request.header("Authorization"), QByteArray());
        for (const auto &header : request.headers)
            QVERIFY2(!header.second.contains("demo-token"), header.first.constData());
    }
    QCOMPARE(avatarRequests, 1);
    const qint64 elapsed = clock.elapsed();
    qInfo("Sign in -> first deployments on screen: %lld ms (target < 2000 ms)", elapsed);
    QCOMPARE(window->repository().fullName(), QStringLiteral("acme/storefront"));
    QCOMPARE(app->account().login, QStringLiteral("octocat"));
    QCOMPARE(app->client()->apiRoot(), m_emulator->baseUrl());

    QPointer<UserRequest> user = app->client()->currentUser();
    user->setAutoDelete(false);
    QSignalSpy answered(user.data(), &GitHubRequest::finished);
    QVERIFY(answered.wait(TestTimeoutMs));
    QCOMPARE(user->user().login, QStringLiteral("octocat")); // the token sent is octocat's
    delete user.data();

    // octocat may push: the writes stay enabled once a deployment is selected
    QTRY_VERIFY_WITH_TIMEOUT(!window->selectedDeploymentIds().isEmpty(), TestTimeoutMs);
    QVERIFY(!window->markInactiveAction()->toolTip().contains(QStringLiteral("not push")));

    // Closing the dialog opens no picker: a repository is open
    dialog->primaryButton()->click();
    QTRY_VERIFY(!app->signInController()->signInDialog());
    QVERIFY(!app->repositoryPicker());
}

void FirstRunTest::pickerListsAccountRepositories()
{
    // Given a read-only user who owns more repositories than one page holds
    for (int i = 0; i < extraRepositories; ++i)
        QVERIFY(m_emulator->addRepository(
                    QStringLiteral("reader/repo-%1").arg(i, 3, 10, QLatin1Char('0'))) > 0);
    QSignalSpy requests(m_emulator.get(), &GitHubEmulator::requestReceived);
    const std::unique_ptr<DesktopApp> app = startApp();
    QVERIFY(app);
    MainWindow *window = app->window();

    // When the reader signs in and closes the dialog
    SignInDialog *dialog = signIn(app.get(), QStringLiteral("reader-token"));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), SignInDialog::State::SignedIn, TestTimeoutMs);
    QCOMPARE(dialog->resultLabel()->text(), QStringLiteral("Signed in as reader"));
    auto welcome = qobject_cast<WelcomePage *>(window->pages()->currentWidget());
    QVERIFY(welcome);
    QCOMPARE(welcome->situation(), WelcomePage::Situation::NoRepository);
    dialog->primaryButton()->click();

    // Then the picker opens with every page of the reader's repositories
    QTRY_VERIFY_WITH_TIMEOUT(app->repositoryPicker(), TestTimeoutMs);
    RepositoryPicker *picker = app->repositoryPicker();
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    RepositoryListModel *model = app->signInController()->repositoryModel();
    const RepositoryId storefront = *RepositoryId::parse(QStringLiteral("acme/storefront"));
    const RepositoryId last = *RepositoryId::parse(
        QStringLiteral("reader/repo-%1").arg(extraRepositories - 1, 3, 10, QLatin1Char('0')));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(storefront) >= 0 && model->rowOf(last) >= 0,
                             TestTimeoutMs);
    QVERIFY2(model->rowCount() > 100, qPrintable(QString::number(model->rowCount())));
    QStringList listed;
    for (const QList<QVariant> &request : requests) {
        if (request.at(1).toString().startsWith(QLatin1String("/user/repos")))
            listed.append(request.at(1).toString());
    }
    QVERIFY2(listed.size() >= 2, qPrintable(listed.join(QLatin1Char(' '))));
    QVERIFY(listed.first().contains(QLatin1String("sort=pushed")));
    QVERIFY(listed.first().contains(QLatin1String("per_page=100")));
    QCOMPARE(model->entry(storefront)->canPush, false);
    QCOMPARE(model->entry(last)->canPush, true); // the reader owns it
    // The private repository the reader cannot see is not offered
    QCOMPARE(model->rowOf(*RepositoryId::parse(QStringLiteral("acme/internal-tools"))), -1);

    // When the read-only repository is chosen
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("storefront"));
    QSortFilterProxyModel *proxy = picker->proxy();
    QModelIndex row;
    for (int i = 0; i < proxy->rowCount(); ++i) {
        if (proxy->index(i, 0).data(RepositoryListModel::RepositoryIdRole).toString() ==
            storefront.fullName())
            row = proxy->index(i, 0);
    }
    QVERIFY(row.isValid());
    picker->listView()->setCurrentIndex(row);
    picker->openButton()->click();

    // Then it opens read-only, the reason in the tool tips
    QCOMPARE(window->repository(), storefront);
    QTRY_VERIFY_WITH_TIMEOUT(window->filterProxy()->rowCount() > 0, TestTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window->selectedDeploymentIds().isEmpty(), TestTimeoutMs);
    QVERIFY(!window->markInactiveAction()->isEnabled());
    QVERIFY2(window->markInactiveAction()->toolTip().contains(
                 QStringLiteral("You can read acme/storefront but not push to it")),
             qPrintable(window->markInactiveAction()->toolTip()));
    QVERIFY(!window->newStatusAction()->isEnabled());

    // When a repository opens by other means (the recent list), GitHub is asked
    const RepositoryId payments = *RepositoryId::parse(QStringLiteral("acme/payments-api"));
    window->openRepository(payments);
    QTRY_VERIFY_WITH_TIMEOUT(window->markInactiveAction()->toolTip().contains(
                                 QStringLiteral("You can read acme/payments-api")),
                             TestTimeoutMs);
}

void FirstRunTest::ssoRepositoryOffersAuthorisation()
{
    // Given a repository whose organisation enforces SAML SSO (the emulator's demo accounts)
    const QUrl sso(QStringLiteral("https://github.com/orgs/acme/sso?authorization_request=DEMO"));
    DesktopApp::Options options;
    options.repository = *RepositoryId::parse(QStringLiteral("acme/compliance"));
    const std::unique_ptr<DesktopApp> app = startApp(options);
    QVERIFY(app);
    MessageBanner *banner = app->window()->messageBanner();
    QList<QUrl> opened;
    banner->setUrlOpener([&opened](const QUrl &url) { opened.append(url); });

    // When octocat signs in and the repository opens
    SignInDialog *dialog = signIn(app.get(), QStringLiteral("demo-token"));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), SignInDialog::State::SignedIn, TestTimeoutMs);
    dialog->primaryButton()->click();

    // Then the window says why, with a button for GitHub's authorisation page
    QTRY_VERIFY_WITH_TIMEOUT(banner->linkButton()->isVisibleTo(banner) && banner->isVisible(),
                             TestTimeoutMs);
    QVERIFY(banner->isError());
    QVERIFY2(banner->text().contains(QLatin1String("acme/compliance")) &&
                 banner->text().contains(QLatin1String("single sign-on")),
             qPrintable(banner->text()));
    QCOMPARE(banner->linkButton()->text(), QStringLiteral("Authorise…"));
    QCOMPARE(banner->link(), sso);
    banner->linkButton()->click();
    QCOMPARE(opened, QList<QUrl>{sso});

    // Only an https page gets a button
    banner->showMessage(QStringLiteral("plain"), true, QUrl(QStringLiteral("http://example.test/")),
                        QStringLiteral("Open"));
    QVERIFY(!banner->linkButton()->isVisibleTo(banner));
    banner->linkButton()->click();
    QCOMPARE(opened.size(), 1);
    // And a message without a link drops the old one
    banner->showMessage(QStringLiteral("info"));
    QVERIFY(!banner->linkButton()->isVisibleTo(banner));
    QVERIFY(banner->link().isEmpty());
}

void FirstRunTest::recentRepositoryUsesItsAccount()
{
    // Given octocat signed in on the first host with acme/storefront open
    const RepositoryId storefront = *RepositoryId::parse(QStringLiteral("acme/storefront"));
    const RepositoryId payments = *RepositoryId::parse(QStringLiteral("acme/payments-api"));
    DesktopApp::Options options;
    options.repository = storefront;
    const std::unique_ptr<DesktopApp> app = startApp(options);
    QVERIFY(app);
    MainWindow *window = app->window();
    SignInDialog *dialog = signIn(app.get(), QStringLiteral("demo-token"));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), SignInDialog::State::SignedIn, TestTimeoutMs);
    dialog->primaryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(window->filterProxy()->rowCount() > 0, TestTimeoutMs);
    // (GET /repos answered: storefront remembers octocat)
    QTRY_VERIFY_WITH_TIMEOUT(app->accountStore()->accountForRepository(storefront).has_value(),
                             TestTimeoutMs);
    const Account octocat = app->account();
    QCOMPARE(octocat.login, QStringLiteral("octocat"));

    // And a second host where reader signed in earlier (its token kept for this run), whom
    // acme/payments-api remembers
    GitHubEmulator enterprise;
    QVERIFY(enterprise.listen());
    enterprise.loadDemo(1);
    enterprise.addDemoAccounts();
    Account reader;
    reader.apiRoot = enterprise.baseUrl();
    reader.login = QStringLiteral("reader");
    reader.userId = 2001;
    reader.tokenOrigin = Account::TokenOrigin::Session;
    TokenKeyring keyring;
    QSignalSpy written(&keyring, &TokenKeyring::writeFinished);
    keyring.write(reader.host(), reader.login, QStringLiteral("reader-token"));
    QVERIFY(written.wait(TestTimeoutMs));
    app->accountStore()->addOrUpdate(reader);
    app->accountStore()->setAccountForRepository(payments, reader);
    const int firstHostRequests = int(m_emulator->requests().size());

    // When acme/payments-api is chosen from the recent repositories
    Q_EMIT window->repositoryBox()->repositoryChosen(payments);

    // Then the client switches to reader's host and token before opening it
    QTRY_COMPARE_WITH_TIMEOUT(window->repository(), payments, TestTimeoutMs);
    QCOMPARE(app->client()->apiRoot(), enterprise.baseUrl());
    QCOMPARE(app->account().login, QStringLiteral("reader"));
    QTRY_VERIFY_WITH_TIMEOUT(window->filterProxy()->rowCount() > 0, TestTimeoutMs);
    bool listedWithReadersToken = false;
    // (the first load reads over GraphQL, then lists over REST)
    for (const GitHubEmulator::RecordedRequest &request : enterprise.requests()) {
        if (request.path.startsWith(QLatin1String("/repos/acme/payments-api/deployments")) ||
            request.path == QLatin1String("/graphql"))
            listedWithReadersToken = request.header("Authorization").endsWith("reader-token");
    }
    QVERIFY(listedWithReadersToken);
    const QList<GitHubEmulator::RecordedRequest> first = m_emulator->requests();
    for (qsizetype i = firstHostRequests; i < first.size(); ++i)
        QVERIFY2(!first.at(i).path.contains(QLatin1String("payments-api")),
                 qPrintable(first.at(i).path));
    // reader may only pull there: read-only
    QTRY_VERIFY_WITH_TIMEOUT(window->markInactiveAction()->toolTip().contains(
                                 QStringLiteral("You can read acme/payments-api")),
                             TestTimeoutMs);

    // When acme/storefront is chosen again, octocat and the first host come back
    Q_EMIT window->repositoryBox()->repositoryChosen(storefront);
    QTRY_COMPARE_WITH_TIMEOUT(window->repository(), storefront, TestTimeoutMs);
    QCOMPARE(app->client()->apiRoot(), m_emulator->baseUrl());
    QCOMPARE(app->account().login, QStringLiteral("octocat"));
    QTRY_VERIFY_WITH_TIMEOUT(window->filterProxy()->rowCount() > 0, TestTimeoutMs);
}

void FirstRunTest::recentRepositoryFromPickerUsesItsAccount()
{
    // Given octocat signed in on the first host with acme/storefront open
    const RepositoryId storefront = *RepositoryId::parse(QStringLiteral("acme/storefront"));
    DesktopApp::Options options;
    options.repository = storefront;
    const std::unique_ptr<DesktopApp> app = startApp(options);
    QVERIFY(app);
    MainWindow *window = app->window();
    SignInDialog *dialog = signIn(app.get(), QStringLiteral("demo-token"));
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), SignInDialog::State::SignedIn, TestTimeoutMs);
    dialog->primaryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(window->filterProxy()->rowCount() > 0, TestTimeoutMs);
    QCOMPARE(app->account().login, QStringLiteral("octocat"));

    // And reader's own repository on a second host, opened there earlier (so it is recent and
    // remembers reader, whose token is kept for this run); octocat's list does not hold it
    GitHubEmulator enterprise;
    QVERIFY(enterprise.listen());
    enterprise.loadDemo(1);
    enterprise.addDemoAccounts();
    const QString billingName = QStringLiteral("reader/billing");
    QVERIFY(enterprise.addRepository(billingName) > 0);
    const RepositoryId billing = *RepositoryId::parse(billingName);
    Account reader;
    reader.apiRoot = enterprise.baseUrl();
    reader.login = QStringLiteral("reader");
    reader.userId = 2001;
    reader.tokenOrigin = Account::TokenOrigin::Session;
    TokenKeyring keyring;
    QSignalSpy written(&keyring, &TokenKeyring::writeFinished);
    keyring.write(reader.host(), reader.login, QStringLiteral("reader-token"));
    QVERIFY(written.wait(TestTimeoutMs));
    app->accountStore()->addOrUpdate(reader);
    app->accountStore()->setAccountForRepository(billing, reader);
    const int firstHostRequests = int(m_emulator->requests().size());

    // When it is chosen among the recent ones in the repository picker
    RepositoryPicker *picker = app->openRepositoryPicker();
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    RepositoryListModel *model = app->signInController()->repositoryModel();
    RepositoryEntry recent;
    recent.id = billing;
    model->addRecent(recent);
    QTRY_VERIFY_WITH_TIMEOUT(model->isAccountRepository(storefront), TestTimeoutMs);
    QVERIFY(!model->isAccountRepository(billing));
    QTest::keyClicks(picker->filterEdit(), QStringLiteral("billing"));
    QSortFilterProxyModel *proxy = picker->proxy();
    QCOMPARE(proxy->rowCount(), 1);
    picker->listView()->setCurrentIndex(proxy->index(0, 0));
    picker->openButton()->click();

    // Then the client switches to reader's host and token before opening it
    QTRY_COMPARE_WITH_TIMEOUT(window->repository(), billing, TestTimeoutMs);
    QCOMPARE(app->client()->apiRoot(), enterprise.baseUrl());
    QCOMPARE(app->account().login, QStringLiteral("reader"));
    QCOMPARE(app->accountStore()->accountForRepository(billing)->login, QStringLiteral("reader"));
    const auto listedWithReadersToken = [&enterprise] {
        for (const GitHubEmulator::RecordedRequest &request : enterprise.requests()) {
            if (request.path.startsWith(QLatin1String("/repos/reader/billing/deployments")))
                return request.header("Authorization").endsWith("reader-token");
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listedWithReadersToken(), TestTimeoutMs);
    const QList<GitHubEmulator::RecordedRequest> first = m_emulator->requests();
    for (qsizetype i = firstHostRequests; i < first.size(); ++i)
        QVERIFY2(!first.at(i).path.contains(QLatin1String("billing")),
                 qPrintable(first.at(i).path));
}

void FirstRunTest::noFileHoldsAToken()
{
    // Given the sign-ins above (their accounts are in the settings)
    QSettings().sync();
    // When every file under the fresh HOME is read
    int files = 0;
    bool accountRemembered = false;
    QDirIterator it(freshHome()->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray content = file.readAll();
        ++files;
        accountRemembered = accountRemembered || content.contains("reader");
        // Then none holds a token
        for (const QString &token : testTokens)
            QVERIFY2(!content.contains(token.toUtf8()),
                     qPrintable(QStringLiteral("%1 holds %2").arg(file.fileName(), token)));
    }
    QVERIFY(files > 0);
    QVERIFY(accountRemembered); // the settings were written, without the token
}

int main(int argc, char *argv[])
{
    // As from the desktop menu on a first run: a fresh HOME, nothing in the environment, no gh,
    // no keyring service (a token is kept for the session only and nothing reaches a real one).
    QTemporaryDir *home = freshHome();
    qputenv("HOME", QFile::encodeName(home->path()));
    for (const char *variable :
         {"GH_TOKEN", "GITHUB_TOKEN", "GH_HOST", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN",
          "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "DBUS_SESSION_BUS_ADDRESS"})
        qunsetenv(variable);
    const QString emptyBin = home->filePath(QStringLiteral("bin"));
    QDir().mkpath(emptyBin);
    qputenv("PATH", QFile::encodeName(emptyBin));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeployDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("deploydeck-firstrun-test"));
    FirstRunTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firstrun.moc"
