// The Overview (issue 13) in the demo app: the board fills with the demo's repositories, its
// cells agree with each repository's own timeline, Enter opens the repository at that
// deployment, File > Watch on the Overview and Stop Watching edit the watch list (the
// selection moving to a neighbour), the filters, and the layout in en, ko and ja (saved as
// screenshots when DEPLOYDECK_SCREENSHOT_DIR is set).
#include "app/desktopapp.h"
#include "app/mainwindow.h"
#include "app/overview.h"
#include "app/overviewwindow.h"
#include "emulator/githubemulator.h"
#include "models/boardfilterproxy.h"
#include "models/boardmodel.h"
#include "models/boardsessions.h"
#include "models/deploymentroles.h"
#include "models/deploymentstore.h"
#include "models/pollscheduler.h"
#include "models/repositorysession.h"
#include "models/uilanguage.h"
#include "views/boardview.h"

#include "demowindow.h"
#include "layoutcheck.h"
#include "testtimeout.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class tst_Overview : public QObject
{
    Q_OBJECT

    static bool boardLoaded(Overview *overview)
    {
        BoardSessions *sessions = overview->sessions();
        if (sessions->count() == 0)
            return false;
        for (PollScheduler *scheduler : sessions->schedulers()) {
            if (scheduler->isCycleRunning())
                return false;
        }
        for (int row = 0; row < sessions->count(); ++row) {
            const DeploymentStore *store = sessions->store(row);
            if (!store || store->loadState() != DeploymentStore::LoadState::Ready)
                return false;
        }
        return true;
    }

    static bool waitForBoard(Overview *overview)
    {
        const bool ok =
            QTest::qWaitFor([overview] { return boardLoaded(overview); }, TestTimeoutMs);
        QCoreApplication::processEvents(); // the board's queued merge
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeployDeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_overview"));
        QVERIFY(UiLanguage::apply(UiLanguage::Choice::English));
    }
    void init() { QSettings().clear(); }

    void demoBoardShowsEveryRepository()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        Overview *overview = app->overview();
        QVERIFY(waitForBoard(overview));
        BoardModel *model = overview->model();
        QCOMPARE(model->rowCount(), app->emulator()->repositories().size());
        QCOMPARE(model->columnEnvironment(1), QStringLiteral("production"));

        // Each production cell shows what the repository's own timeline calls live there
        MainWindow *window = app->window();
        QVERIFY(DemoWindow::waitUntilLoaded(window));
        const int row = [&] {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(BoardModel::RepositoryRole).toString() ==
                    window->repository().fullName())
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        const DeploymentStore *store = window->session()->store();
        for (int column = 1; column < model->columnCount(); ++column) {
            const QString environment = model->columnEnvironment(column);
            if (environment.isEmpty())
                continue;
            const DeploymentStore::EnvironmentSummary s = store->environmentSummary(environment);
            const qint64 expected =
                s.active ? s.active->deployment.id : (s.latest ? s.latest->deployment.id : 0);
            QCOMPARE(model->index(row, column).data(BoardModel::DeploymentIdRole).toLongLong(),
                     expected);
        }
    }

    void enterOpensTheRepositoryAtThatDeployment()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(DemoWindow::waitUntilLoaded(window));
        Overview *overview = app->overview();
        QVERIFY(waitForBoard(overview));
        window->overviewAction()->trigger();
        OverviewWindow *board = overview->window();
        QVERIFY(QTest::qWaitForWindowExposed(board));

        // A production cell of a repository that is not the open one
        BoardView *view = board->view();
        QAbstractItemModel *proxy = view->model();
        int row = -1;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(BoardModel::RepositoryRole).toString() !=
                window->repository().fullName()) {
                row = r;
                break;
            }
        }
        QVERIFY(row >= 0);
        const QString repository = proxy->index(row, 0).data(BoardModel::RepositoryRole).toString();
        const QModelIndex cell = proxy->index(row, 1);
        const qint64 id = cell.data(BoardModel::DeploymentIdRole).toLongLong();
        QVERIFY(id > 0);
        view->setFocus();
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_Return);

        // Then the window opens that repository with that deployment selected
        QCOMPARE(window->repository().fullName(), repository);
        QVERIFY(QTest::qWaitFor(
            [window, id] {
                const QModelIndexList rows = window->tableView()->selectionModel()->selectedRows();
                return rows.size() == 1 &&
                       rows.first().data(DeploymentRoles::IdRole).toLongLong() == id;
            },
            TestTimeoutMs));
    }

    void watchAndStopWatching()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(DemoWindow::waitUntilLoaded(window));
        Overview *overview = app->overview();
        QVERIFY(waitForBoard(overview));
        const int watched = overview->watchList()->count();
        // The demo watches every repository: the open one is checked in the menu
        QVERIFY(window->watchAction()->isChecked());

        // File > Watch on the Overview, unticked: the open repository leaves the board
        window->watchAction()->trigger();
        QCOMPARE(overview->watchList()->count(), watched - 1);
        QVERIFY(!overview->isWatched(window->repository()));
        QVERIFY(!window->watchAction()->isChecked());
        // ... and ticked again: it comes back (at the end), loaded
        window->watchAction()->trigger();
        QCOMPARE(overview->watchList()->count(), watched);
        QVERIFY(window->watchAction()->isChecked());
        QVERIFY(waitForBoard(overview));

        // Stop Watching acts on the selected row, and the selection moves to its neighbour
        OverviewWindow *board = overview->window();
        board->show();
        QVERIFY(QTest::qWaitForWindowExposed(board));
        BoardView *view = board->view();
        QAbstractItemModel *proxy = view->model();
        QVERIFY(!board->unwatchAction()->isEnabled() || view->currentIndex().isValid());
        const QModelIndex second = proxy->index(1, 1);
        const QString gone = second.data(BoardModel::RepositoryRole).toString();
        const QString next = proxy->index(2, 0).data(BoardModel::RepositoryRole).toString();
        view->setCurrentIndex(second);
        QVERIFY(board->unwatchAction()->isEnabled());
        board->unwatchAction()->trigger();
        QCOMPARE(overview->watchList()->count(), watched - 1);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, 0).data(BoardModel::RepositoryRole).toString() != gone);
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(view->currentIndex().column(), 1);
        QCOMPARE(view->currentIndex().data(BoardModel::RepositoryRole).toString(), next);
    }

    void filtersNarrowTheBoard()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        Overview *overview = app->overview();
        QVERIFY(waitForBoard(overview));
        OverviewWindow *board = overview->window();
        board->show();
        QAbstractItemModel *proxy = board->view()->model();
        const int all = proxy->rowCount();
        QVERIFY(all >= 3);
        const QString first = proxy->index(0, 0).data(BoardModel::RepositoryRole).toString();
        const QString name = first.section(QLatin1Char('/'), 1);
        QTest::keyClicks(board->nameFilter(), name);
        QCOMPARE(proxy->rowCount(), 1);
        board->nameFilter()->clear();
        QCOMPARE(proxy->rowCount(), all);
        const int columns = proxy->columnCount();
        QTest::keyClicks(board->environmentFilter(), QStringLiteral("prod"));
        QVERIFY(proxy->columnCount() < columns);
        QCOMPARE(proxy->headerData(1, Qt::Horizontal).toString(), QStringLiteral("production"));
        // The owner box lists the owners, "All owners" first
        QVERIFY(board->ownerFilter()->count() >= 2);
        QVERIFY(board->ownerFilter()->itemData(0).toString().isEmpty());
    }

    void layoutFits_data()
    {
        QTest::addColumn<int>("language");
        QTest::addRow("en") << int(UiLanguage::Choice::English);
        QTest::addRow("ko") << int(UiLanguage::Choice::Korean);
        QTest::addRow("ja") << int(UiLanguage::Choice::Japanese);
    }

    void layoutFits()
    {
        QFETCH(int, language);
        QVERIFY(UiLanguage::apply(UiLanguage::Choice(language)));
        auto app = DemoWindow::start();
        QVERIFY(app);
        Overview *overview = app->overview();
        QVERIFY(waitForBoard(overview));
        OverviewWindow *board = overview->window();
        board->resize(1280, 720);
        board->show();
        QVERIFY(QTest::qWaitForWindowExposed(board));
        board->view()->setCurrentIndex(board->view()->model()->index(0, 1));
        LayoutCheck::settle();
        // Painting every visible cell once (what a repaint costs), for the closing note
        QElapsedTimer timer;
        timer.start();
        board->view()->viewport()->repaint();
        qInfo("board repaint: %lld us", timer.nsecsElapsed() / 1000);
        if (const QByteArray dir = qgetenv("DEPLOYDECK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            board->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/overview-") +
                               QLatin1String(QTest::currentDataTag()) + QStringLiteral(".png"));
        }
        const QStringList problems = LayoutCheck::problems(board, LayoutCheck::IgnoreScreenSize);
        // The header is translated; environment names are GitHub's
        const QString header = board->view()->model()->headerData(0, Qt::Horizontal).toString();
        UiLanguage::apply(UiLanguage::Choice::English);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        if (language != int(UiLanguage::Choice::English))
            QVERIFY(header != QLatin1String("Repository"));
    }
};

QTEST_MAIN(tst_Overview)
#include "tst_overview.moc"
