#pragma once

#include "models/repositoryid.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class GitHubClient;
class GitHubEmulator;
class MainWindow;
class RepositorySession;

// The desktop app's parts, wired together: the GitHub client, the repository session, the main
// window and, for the demo, the in-process GitHub emulator.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        QUrl apiUrl;             // empty: api.github.com
        QString token;           // empty: no token (the window offers the demo)
        RepositoryId repository; // invalid: the last one
        int liveSeconds = 20;    // the demo's new deployments; 0: none
        int autoRefreshSeconds = 60;
    };

    explicit DesktopApp(const Options &options, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Checks the options; returns a translated problem (empty when they are fine).
    QString prepare();
    // Shows the main window with the repository (or the welcome page).
    void start();
    // Switches to the built-in emulator with the demo data (also "Try the demo").
    bool startDemo(QString *error = nullptr);

    MainWindow *window() const { return m_window.get(); }
    RepositorySession *session() const { return m_session; }
    GitHubClient *client() const { return m_client; }
    GitHubEmulator *emulator() const { return m_emulator; }

private:
    Options m_options;
    GitHubClient *m_client = nullptr;
    RepositorySession *m_session = nullptr;
    GitHubEmulator *m_emulator = nullptr;
    std::unique_ptr<MainWindow> m_window;
};
