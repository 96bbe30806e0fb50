#pragma once

#include <QDialog>
#include <QList>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QString>

class QLabel;

class QPushButton;
class QTreeWidget;

// File > Accounts: the accounts DeployDeck can use (host, login, avatar, where the token comes
// from), Add Account (the app opens the sign-in dialog) and Sign Out, which asks first, naming
// the account, with Cancel the default. It is told the accounts; it never reads a token.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    // Where an account's token comes from.
    enum class Source {
        Environment, // GH_TOKEN / GITHUB_TOKEN: wins for its host; signed out by unsetting it
        Keyring,     // the system keyring
        GitHubCli,   // `gh auth token`
        Session,     // no keyring service: kept for this run only
    };
    Q_ENUM(Source)

    struct Account
    {
        QString host; // "github.com" or an Enterprise Server host
        QString login;
        Source source = Source::Keyring;
        QPixmap avatar; // null: the login's initial stands in
    };

    enum Columns { AccountColumn, HostColumn, SourceColumn, ColumnCount };

    explicit AccountsDialog(QWidget *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    QList<Account> accounts() const { return m_accounts; }
    // An avatar that arrived after setAccounts().
    void setAvatar(const QString &host, const QString &login, const QPixmap &avatar);
    // Translated: "from the environment", "system keyring", "GitHub CLI", "this session only".
    static QString sourceText(Source source);

    // Selects the account (for tests and after Add Account).
    void selectAccount(const QString &host, const QString &login);

    // For tests and screenshots.
    QTreeWidget *accountList() const { return m_list; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *signOutButton() const { return m_signOutButton; }
    QLabel *emptyLabel() const { return m_emptyLabel; }
    // The open "Sign out?" question, if any.
    QMessageBox *signOutQuestion() const { return m_question; }

Q_SIGNALS:
    void addAccountRequested();
    // After the user confirmed.
    void signOutRequested(const QString &host, const QString &login);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateButtons();
    int currentRow() const;
    void askSignOut();

    QList<Account> m_accounts;
    QTreeWidget *m_list = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_signOutButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPointer<QMessageBox> m_question;
};
