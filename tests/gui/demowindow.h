#pragma once

// The demo app for window tests: started on the in-process emulator without live updates, and
// helpers to wait for it and find rows.
#include "app/desktopapp.h"
#include "app/mainwindow.h"
#include "app/overview.h"
#include "models/boardsessions.h"
#include "models/deploymentfilterproxy.h"
#include "models/deploymentstore.h"
#include "models/pollscheduler.h"
#include "models/repositorysession.h"

#include "testtimeout.h"

#include <QTest>

#include <memory>

namespace DemoWindow {

inline std::unique_ptr<DesktopApp> start()
{
    DesktopApp::Options options;
    options.demo = true;
    options.liveSeconds = 0;
    auto app = std::make_unique<DesktopApp>(options);
    if (!app->prepare().isEmpty())
        return nullptr;
    app->start();
    // The Overview polls the same emulator: only its first load, no timed cycles, so a fault a
    // test injects is met by the request the test means.
    app->overview()->setInterval(0);
    return app;
}

// The Overview's first load has ended (its requests are done).
inline bool boardIdle(DesktopApp *app)
{
    BoardSessions *sessions = app->overview()->sessions();
    for (PollScheduler *scheduler : sessions->schedulers()) {
        if (scheduler->isCycleRunning())
            return false;
    }
    for (int row = 0; row < sessions->count(); ++row) {
        if (sessions->session(row) && sessions->session(row)->isLoading())
            return false;
    }
    return true;
}

inline bool waitUntilLoaded(MainWindow *window, DesktopApp *app = nullptr)
{
    return QTest::qWaitFor(
        [window, app] {
            DeploymentStore *store = window->session()->store();
            return store && store->loadState() == DeploymentStore::LoadState::Ready &&
                   store->count() > 0 && !window->session()->isLoading() &&
                   (!app || boardIdle(app));
        },
        TestTimeoutMs);
}

// The proxy row of the first deployment matching `predicate`, or -1.
template <typename Predicate>
int findRow(MainWindow *window, Predicate predicate, int from = 0)
{
    QAbstractItemModel *model = window->filterProxy();
    for (int row = from; row < model->rowCount(); ++row) {
        if (predicate(model->index(row, 0)))
            return row;
    }
    return -1;
}

} // namespace DemoWindow
