#pragma once

#include <QDialog>
#include <QPixmap>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

// Signing in to GitHub (first run and File > Accounts > Add Account): the host, then one of three
// ways (a pasted token, GitHub CLI's sign-in, the browser's device flow). It never touches the
// network: it emits what the user asked for and is told the outcome (showChecking(),
// showSignedIn(), showProblem(), showDeviceCode()). A failure never closes it, keeps what was
// typed and puts the focus back on the primary button, so Return tries again.
// (signindialog.cpp is over 700 lines: three pages and three ways with their states, texts
// and retranslation in one dialog; the host's derived URL, token page and browser offer with it.)
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Welcome, SignIn };
    Q_ENUM(Page)
    enum class Method { Token, GitHubCli, Browser };
    Q_ENUM(Method)
    enum class State {
        Editing,  // nothing asked yet, or the last try failed (problem() says why)
        Checking, // a token is being checked
        Waiting,  // the browser sign-in waits for the user to enter the code
        SignedIn,
    };
    Q_ENUM(State)

    explicit SignInDialog(QWidget *parent = nullptr);

    // The API root for a host as typed: "github.com" -> https://api.github.com, an Enterprise
    // Server host -> https://HOST/api/v3 (http for a loopback host). A URL is accepted and
    // reduced to its host. Invalid: an empty URL and a translated `problem`.
    static QUrl apiRootForHost(const QString &host, QString *problem = nullptr);
    // "github.com" for github.com's spellings, else the host as typed (lower case, no scheme).
    static QString normalizedHost(const QString &host);
    // GitHub's page for creating tokens on `host` (https://github.com/settings/tokens).
    static QUrl tokenPageForHost(const QString &host);

    // First run opens on Welcome ("Sign in to GitHub" or "Try the demo"); Add Account on SignIn.
    void setPage(Page page);
    Page page() const;
    void setHost(const QString &host);
    QString host() const; // normalized
    void setMethod(Method method);
    Method method() const;
    // The app says which ways exist: `gh` on PATH, an OAuth client ID for browser sign-in.
    void setGitHubCliAvailable(bool available);
    void setBrowserSignInAvailable(bool available);
    // Browser sign-in needs an OAuth client ID, which may be configured per host: asked again
    // for the host (normalized) each time the user edits it.
    void setBrowserSignInAvailability(std::function<bool(const QString &host)> availableForHost);
    bool isMethodAvailable(Method method) const;

    // --- what the app tells the dialog ---
    void showChecking();
    void showSignedIn(const QString &login, const QPixmap &avatar = {});
    void setAvatar(const QPixmap &avatar); // when it arrives after showSignedIn()
    void showProblem(const QString &text);
    // The browser sign-in's code to type at `verificationUrl`; the dialog waits until told.
    void showDeviceCode(const QString &userCode, const QUrl &verificationUrl);

    State state() const { return m_state; }
    QString problem() const { return m_problem; }
    QString signedInLogin() const { return m_login; }

    // For tests and screenshots.
    QLineEdit *hostEdit() const { return m_hostEdit; }
    QLineEdit *tokenEdit() const { return m_tokenEdit; }
    QPushButton *primaryButton() const { return m_primaryButton; }
    QPushButton *signInButton() const { return m_signInButton; }
    QPushButton *demoButton() const { return m_demoButton; }
    QPushButton *copyCodeButton() const { return m_copyCodeButton; }
    QPushButton *openGitHubButton() const { return m_openGitHubButton; }
    QPushButton *stopWaitingButton() const { return m_stopWaitingButton; }
    QTabWidget *methodTabs() const { return m_tabs; }
    QLabel *apiUrlLabel() const { return m_apiUrlLabel; }
    QLabel *problemLabel() const { return m_problemLabel; }
    QLabel *resultLabel() const { return m_resultLabel; }
    QLabel *userCodeLabel() const { return m_userCodeLabel; }
    QLabel *tokenHelpLabel() const { return m_tokenHelpLabel; }

Q_SIGNALS:
    void demoRequested();
    void tokenSubmitted(const QString &host, const QString &token);
    void gitHubCliSignInRequested(const QString &host);
    void browserSignInRequested(const QString &host);
    // The user stopped waiting for the browser sign-in (Stop Waiting, Cancel or closing).
    void browserSignInCancelled();
    // The verification page should open (the dialog opens http(s) URLs itself; for tests).
    void verificationPageOpened(const QUrl &url);

public:
    void reject() override;

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createWelcomePage();
    QWidget *createSignInPage();
    void retranslateUi();
    void updateHost();
    void updateBrowserAvailable();
    void updateButtons();
    void setState(State state);
    void submit();
    void openLink(const QString &link);
    void focusPrimary();
    // Grows the window (never past the screen) until every wrapped text has the height it needs:
    // Qt sizes a window for its texts when it is shown, not when a problem appears later.
    void growToFit();

    State m_state = State::Editing;
    QString m_problem;
    QString m_login;
    QString m_userCode;
    QUrl m_verificationUrl;
    bool m_cliAvailable = false;
    bool m_browserAvailable = false;
    std::function<bool(const QString &host)> m_browserAvailableForHost;
    bool m_browserLeftForHost = false; // the Browser tab was current when the host hid it

    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_demoButton = nullptr;

    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    QLabel *m_apiUrlLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_tokenTab = nullptr;
    QWidget *m_cliTab = nullptr;
    QWidget *m_browserTab = nullptr;
    QLabel *m_tokenHelpLabel = nullptr;
    QLabel *m_tokenLinkLabel = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLabel *m_cliText = nullptr;
    QLabel *m_browserText = nullptr;
    QWidget *m_codePanel = nullptr;
    QLabel *m_codeCaption = nullptr;
    QLabel *m_userCodeLabel = nullptr;
    QPushButton *m_copyCodeButton = nullptr;
    QPushButton *m_openGitHubButton = nullptr;
    QPushButton *m_stopWaitingButton = nullptr;

    QLabel *m_avatarLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_busyDelay = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_primaryButton = nullptr;
};
