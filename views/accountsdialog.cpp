#include "accountsdialog.h"

#include "plainmessagebox.h"

#include "avatarimage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int AvatarSize = 24;
}

AccountsDialog::AccountsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("accountsDialog"));
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setIconSize(QSize(AvatarSize, AvatarSize));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);

    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_signOutButton = new QPushButton;
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::addAccountRequested);
    connect(m_signOutButton, &QPushButton::clicked, this, &AccountsDialog::askSignOut);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto side = new QVBoxLayout;
    side->addWidget(m_addButton);
    side->addWidget(m_signOutButton);
    side->addStretch();
    auto row = new QHBoxLayout;
    auto listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list);
    listColumn->addWidget(m_emptyLabel);
    row->addLayout(listColumn, 1);
    row->addLayout(side);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addLayout(row);
    layout->addWidget(buttons);

    retranslateUi();
    rebuild();
    resize(620, 320);
}

QString AccountsDialog::sourceText(Source source)
{
    switch (source) {
    case Source::Environment:
        return tr("from the environment");
    case Source::Keyring:
        return tr("system keyring");
    case Source::GitHubCli:
        return tr("GitHub CLI");
    case Source::Session:
        return tr("this session only");
    }
    return QString();
}

void AccountsDialog::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    rebuild();
}

void AccountsDialog::setAvatar(const QString &host, const QString &login, const QPixmap &avatar)
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        Account &account = m_accounts[i];
        if (account.host != host || account.login.compare(login, Qt::CaseInsensitive) != 0)
            continue;
        account.avatar = avatar;
        if (QTreeWidgetItem *item = m_list->topLevelItem(i))
            item->setIcon(AccountColumn, AvatarImage::rounded(avatar, login, AvatarSize,
                                                              devicePixelRatio(), palette()));
    }
}

void AccountsDialog::selectAccount(const QString &host, const QString &login)
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).host == host &&
            m_accounts.at(i).login.compare(login, Qt::CaseInsensitive) == 0)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void AccountsDialog::rebuild()
{
    const int previous = currentRow();
    m_list->clear();
    for (const Account &account : std::as_const(m_accounts)) {
        auto item = new QTreeWidgetItem(m_list);
        // Logins and hosts are GitHub's text: QTreeWidget shows them as plain text.
        item->setText(AccountColumn, account.login);
        item->setIcon(AccountColumn, AvatarImage::rounded(account.avatar, account.login, AvatarSize,
                                                          devicePixelRatio(), palette()));
        item->setText(HostColumn, account.host);
        item->setText(SourceColumn, sourceText(account.source));
    }
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_list->resizeColumnToContents(column);
    if (!m_accounts.isEmpty())
        m_list->setCurrentItem(
            m_list->topLevelItem(qBound(0, previous, int(m_accounts.size()) - 1)));
    m_emptyLabel->setVisible(m_accounts.isEmpty());
    updateButtons();
}

int AccountsDialog::currentRow() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void AccountsDialog::updateButtons()
{
    const int row = currentRow();
    const bool selected = row >= 0 && row < m_accounts.size();
    const bool fromEnvironment = selected && m_accounts.at(row).source == Source::Environment;
    m_signOutButton->setEnabled(selected && !fromEnvironment);
    m_signOutButton->setToolTip(
        !selected ? tr("Select the account to sign out")
        : fromEnvironment
            ? tr("This token comes from the GH_TOKEN or GITHUB_TOKEN environment variable. "
                 "Unset the variable and start DeployDeck again to sign out.")
            : tr("Sign out %1 on %2").arg(m_accounts.at(row).login, m_accounts.at(row).host));
}

void AccountsDialog::askSignOut()
{
    const int row = currentRow();
    if (row < 0 || row >= m_accounts.size() || m_question)
        return;
    const Account account = m_accounts.at(row);
    auto box = new QMessageBox(QMessageBox::Question, tr("Sign Out"),
                               tr("Sign out %1 on %2?").arg(account.login, account.host),
                               QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("signOutQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    switch (account.source) {
    case Source::GitHubCli:
        PlainMessageBox::setInformativeText(
            box, tr("DeployDeck stops using GitHub CLI's token for this host. "
                    "GitHub CLI itself stays signed in."));
        break;
    case Source::Session:
        PlainMessageBox::setInformativeText(
            box, tr("DeployDeck forgets the token it kept for this session."));
        break;
    case Source::Keyring:
    case Source::Environment:
        PlainMessageBox::setInformativeText(
            box, tr("DeployDeck deletes this account's token from the system keyring. The token "
                    "itself stays valid on GitHub until you revoke it there."));
        break;
    }
    QPushButton *signOut = box->addButton(tr("Sign Out"), QMessageBox::DestructiveRole);
    signOut->setObjectName(QStringLiteral("confirmSignOutButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, signOut, account](QAbstractButton *button) {
                if (button == signOut)
                    Q_EMIT signOutRequested(account.host, account.login);
            });
    m_question = box;
    box->open();
}

void AccountsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QDialog::changeEvent(event);
}

void AccountsDialog::retranslateUi()
{
    setWindowTitle(tr("Accounts"));
    m_caption->setText(tr("The GitHub accounts DeployDeck can use. Each repository opens with "
                          "the account for its host."));
    m_list->setHeaderLabels({tr("Account"), tr("Host"), tr("Token from")});
    m_emptyLabel->setText(tr("No accounts yet: add one to sign in to GitHub."));
    m_addButton->setText(tr("&Add Account…"));
    m_signOutButton->setText(tr("Sign &Out…"));
}
