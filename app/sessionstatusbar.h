#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class DeploymentStore;
class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QToolButton;
class RepositorySession;

// Fills the window's status bar from the session: where the data comes from, who is signed in,
// why a request waits, the rate limit, when the data was last refreshed successfully (and that
// the latest refresh failed), and the progress of a load or a bulk write with a Stop button.
// Only permanent widgets: a transient message would be drawn over them.
class SessionStatusBar : public QObject
{
    Q_OBJECT
public:
    SessionStatusBar(RepositorySession *session, QStatusBar *statusBar, QAction *stopWriting,
                     QObject *parent = nullptr);

    void setApiDescription(const QString &description);
    void setDemo(bool demo);
    void setUserLogin(const QString &login);
    // Asks GitHub who the token belongs to (GET /user), unless that is known for the client's
    // current host already: not one request per repository switch.
    void fetchUser();
    void setAutoRefreshOn(bool on);
    // Progress of a bulk write; total 0 when none runs.
    void setWriteProgress(int done, int total);

    QLabel *refreshLabel() const { return m_refreshLabel; }
    QLabel *waitLabel() const { return m_waitLabel; }
    // "Stop waiting", shown while requests wait for a rate limit (GitHubClient::stopWaiting).
    QToolButton *stopWaitingButton() const { return m_stopWaitingButton; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    void update();
    void updateProgress();

private:
    void watchStore(DeploymentStore *store);

    RepositorySession *m_session = nullptr;
    QPointer<DeploymentStore> m_store;
    QString m_apiDescription;
    QString m_login;
    QUrl m_loginHost; // the API root m_login was asked from
    bool m_demo = false;
    bool m_autoRefresh = true;
    int m_writeDone = 0;
    int m_writeTotal = 0;

    QLabel *m_hostLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_waitLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_stopButton = nullptr;
    QToolButton *m_stopWaitingButton = nullptr;
    QTimer *m_progressDelay = nullptr;
};
