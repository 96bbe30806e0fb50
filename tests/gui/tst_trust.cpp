// The window a release manager can trust, driven as a person does on the in-process emulator:
// delete always asks (Cancel changes nothing on GitHub), the selection after a delete is the
// neighbouring row and is highlighted in both views, a bulk write interrupted by a deletion
// elsewhere ends with a result and the next write works, typed text survives a failed post and
// Enter retries, several selected deployments are said so, an environment click selects its
// live deployment, and a failed refresh is never shown as "updated just now".
#include "app/deploymentactions.h"
#include "app/sessionstatusbar.h"
#include "emulator/githubemulator.h"
#include "models/deploymentmodel.h"
#include "models/deploymentroles.h"
#include "models/environmentmodel.h"
#include "models/uilanguage.h"
#include "views/createstatusdialog.h"
#include "views/detailspane.h"
#include "views/messagebanner.h"
#include "views/timelineview.h"

#include "demowindow.h"
#include "guitesthelpers.h"
#include "layoutcheck.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace DeploymentRoles;
using DemoWindow::findRow;
using DemoWindow::waitUntilLoaded;

namespace {
const QString storefront = QStringLiteral("acme/storefront");

bool isInactive(const QModelIndex &index)
{
    const auto state = index.data(StateRole).value<StatusState>();
    return state == StatusState::Inactive || state == StatusState::Destroyed;
}

int deleteRequests(const GitHubEmulator *emulator)
{
    int count = 0;
    for (const auto &request : emulator->requests())
        count += request.method == "DELETE";
    return count;
}

// A refresh that has reached the emulator and come back: any request sent before it has
// reached the emulator too (the client sends in order, one connection per host).
bool roundTrip(MainWindow *window)
{
    QSignalSpy refreshed(window->session(), &RepositorySession::refreshStateChanged);
    window->session()->refresh();
    return refreshed.wait(TestTimeoutMs);
}

bool isShownIn(QAbstractItemView *view, const QModelIndex &index)
{
    const QRect rect = view->visualRect(index);
    return rect.isValid() && view->viewport()->rect().intersects(rect);
}

QString visibleText(QWidget *widget)
{
    QStringList texts;
    for (QLabel *label : widget->findChildren<QLabel *>()) {
        if (label->isVisibleTo(widget))
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}
} // namespace

class TrustTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeployDeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_trust"));
        // English plural forms ("1 no longer exists") come from the English catalogue, which
        // the app loads at start (main.cpp) and the test loads here.
        QVERIFY(UiLanguage::apply(UiLanguage::Choice::English));
    }
    void init() { QSettings().clear(); }

    void deleteAsksAndCancelChangesNothing()
    {
        // Given an inactive deployment selected
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(waitUntilLoaded(window));
        const int row = findRow(window, isInactive);
        QVERIFY(row >= 0);
        const QModelIndex index = window->filterProxy()->index(row, 0);
        const qint64 id = index.data(IdRole).toLongLong();
        window->selectDeployment(id);
        QList<MainWindow::Confirmation> asked;
        window->setConfirmationProvider([&asked](const MainWindow::Confirmation &c) {
            asked.append(c);
            return false; // Cancel
        });

        // When Delete is pressed in the table and the question is cancelled
        window->tableView()->setFocus();
        QTest::keyClick(window->tableView(), Qt::Key_Delete);

        // Then it was asked once, naming id, environment, ref and short SHA, as a destructive
        // question with no "don't ask again"
        QCOMPARE(asked.size(), 1);
        const MainWindow::Confirmation &c = asked.first();
        QVERIFY(c.destructive);
        QVERIFY(c.dontAskAgainKey.isEmpty());
        QVERIFY2(c.informativeText.contains(QLatin1Char('#') + QString::number(id)),
                 qPrintable(c.informativeText));
        QVERIFY(c.informativeText.contains(index.data(EnvironmentRole).toString()));
        QVERIFY(c.informativeText.contains(index.data(RefRole).toString()));
        QVERIFY(c.informativeText.contains(index.data(ShaRole).toString().left(7)));
        QVERIFY(c.informativeText.contains(QLatin1String("cannot be undone")));

        // And GitHub still has it after a full round trip, and so does the window
        QVERIFY(roundTrip(window));
        QCOMPARE(deleteRequests(app->emulator()), 0);
        QVERIFY(app->emulator()->deploymentIds(storefront).contains(id));
        QCOMPARE(window->selectedDeploymentIds(), QList<qint64>{id});

        // And the details pane's "Delete…" asks too
        asked.clear();
        Q_EMIT window->detailsPane()->deleteRequested({id});
        QCOMPARE(asked.size(), 1);
        QVERIFY(roundTrip(window));
        QCOMPARE(deleteRequests(app->emulator()), 0);
    }

    void activeDeploymentIsNotDeletedByTheDeleteKey()
    {
        // Given a live deployment selected
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(waitUntilLoaded(window));
        const int row = findRow(window, [](const QModelIndex &index) {
            return index.data(IsActiveRole).toBool() && !isInactive(index);
        });
        QVERIFY(row >= 0);
        window->selectDeployment(window->filterProxy()->index(row, 0).data(IdRole).toLongLong());
        int asked = 0;
        window->setConfirmationProvider([&asked](const MainWindow::Confirmation &) {
            ++asked;
            return true;
        });
        QVERIFY(!window->deleteAction()->isEnabled());

        // When Delete is pressed, then nothing is asked and nothing reaches GitHub
        window->tableView()->setFocus();
        QTest::keyClick(window->tableView(), Qt::Key_Delete);
        QCOMPARE(asked, 0);
        QVERIFY(roundTrip(window));
        QCOMPARE(deleteRequests(app->emulator()), 0);
    }

    void selectionMovesToTheNeighbourAfterDelete()
    {
        // Given an inactive deployment with a row after it, selected
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitUntilLoaded(window));
        const int lastRow = window->filterProxy()->rowCount() - 1;
        const int row = findRow(window, [lastRow](const QModelIndex &index) {
            return isInactive(index) && index.row() < lastRow;
        });
        QVERIFY(row >= 0);
        const qint64 id = window->filterProxy()->index(row, 0).data(IdRole).toLongLong();
        const qint64 next = window->filterProxy()->index(row + 1, 0).data(IdRole).toLongLong();
        window->selectDeployment(id);
        window->setConfirmationProvider([](const MainWindow::Confirmation &) { return true; });

        // When it is deleted from the toolbar's action
        window->deleteAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window->deploymentModel()->indexOf(id).isValid(), TestTimeoutMs);

        // Then the row that took its place is selected, current, and shown in both views
        QCOMPARE(window->selectedDeploymentIds(), QList<qint64>{next});
        const QModelIndex current = window->tableView()->currentIndex();
        QCOMPARE(current.data(IdRole).toLongLong(), next);
        QVERIFY(window->tableView()->selectionModel()->isRowSelected(current.row(), {}));
        QVERIFY(isShownIn(window->tableView(), current));
        QVERIFY(isShownIn(window->timelineView(), current.siblingAtColumn(0)));
        QCOMPARE(window->detailsPane()->deploymentIds(), QList<qint64>{next});
        QCOMPARE(window->deploymentActions()->selection(), QList<qint64>{next});
        QVERIFY(!app->emulator()->deploymentIds(storefront).contains(id));
        QTRY_VERIFY_WITH_TIMEOUT(window->messageLabel()->text().contains(QLatin1String("1 of 1")),
                                 TestTimeoutMs);
    }

    void interruptedBulkEndsAndTheNextWriteWorks()
    {
        // Given three live deployments selected
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(waitUntilLoaded(window));
        window->setConfirmationProvider([](const MainWindow::Confirmation &) { return true; });
        QList<qint64> ids;
        QTableView *table = window->tableView();
        table->clearSelection();
        for (int row = 0; row < window->filterProxy()->rowCount() && ids.size() < 4; ++row) {
            const QModelIndex index = window->filterProxy()->index(row, RefColumn);
            if (isInactive(index))
                continue;
            ids.append(index.data(IdRole).toLongLong());
            if (ids.size() == 4)
                break; // the fourth is for the next write
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              table->visualRect(index).center());
        }
        QCOMPARE(ids.size(), 4);
        const qint64 spare = ids.takeLast();
        QCOMPARE(window->selectedDeploymentIds().size(), 3);
        // And the second deleted on GitHub by someone else once the first is written
        connect(app->emulator(), &GitHubEmulator::deploymentStatusCreated, this,
                [&](const QString &, qint64 deploymentId) {
                    if (deploymentId == ids.first())
                        app->emulator()->deleteDeploymentDirect(storefront, ids.at(1));
                });

        // When Ctrl+I marks them inactive
        QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);

        // Then the run ends with what happened, and the window is not stuck
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->bulkWriteJob(), TestTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(window->messageLabel()->text(),
                                  QStringLiteral("2 of 3 marked inactive; 1 no longer exists"),
                                  TestTimeoutMs);
        QVERIFY(window->messageLabel()->isVisible());
        QCOMPARE(app->emulator()->latestState(storefront, ids.at(2)), QStringLiteral("inactive"));

        // And the next write works
        window->selectDeployment(spare);
        QVERIFY(window->markInactiveAction()->isEnabled());
        window->markInactiveAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(app->emulator()->latestState(storefront, spare),
                                  QStringLiteral("inactive"), TestTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(window->messageLabel()->text(),
                                  QStringLiteral("1 of 1 marked inactive"), TestTimeoutMs);
    }

    void typedTextSurvivesAFailedPostAndEnterRetries()
    {
        // Given the create-status dialog for a deployment, a description typed
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(waitUntilLoaded(window, app.get()));
        const int row =
            findRow(window, [](const QModelIndex &index) { return !isInactive(index); });
        QVERIFY(row >= 0);
        const qint64 id = window->filterProxy()->index(row, 0).data(IdRole).toLongLong();
        window->selectDeployment(id);
        CreateStatusDialog *dialog = window->openCreateStatusDialog(StatusState::Failure);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString typed = QStringLiteral("Smoke test failed on checkout 결제 決済");
        dialog->descriptionEdit()->setFocus();
        GuiTest::typeText(dialog->descriptionEdit(), typed);
        const int before = int(app->emulator()->statusIds(storefront, id).size());

        // When GitHub answers the post with a 502, and the one the client sends after reading
        // the statuses back (it was not done) too
        app->emulator()->injectFault(GitHubEmulator::Fault::Status502Html, 2,
                                     QStringLiteral("/statuses"), 1, "POST");
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);

        // Then the dialog stays open with the text, no longer busy, the primary button
        // focused and the default
        QTRY_VERIFY_WITH_TIMEOUT(dialog->generalErrorLabel()->isVisible(), TestTimeoutMs);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->descriptionEdit()->text(), typed);
        QVERIFY(dialog->submitButton()->isEnabled());
        QVERIFY(dialog->submitButton()->isDefault());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->submitButton()->hasFocus(), TestTimeoutMs);
        QCOMPARE(int(app->emulator()->statusIds(storefront, id).size()), before);

        // And Enter posts again, which closes it with the status on GitHub
        QPointer<CreateStatusDialog> guard = dialog;
        QTest::keyClick(dialog->submitButton(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), TestTimeoutMs);
        QCOMPARE(int(app->emulator()->statusIds(storefront, id).size()), before + 1);
        QCOMPARE(app->emulator()->latestState(storefront, id), QStringLiteral("failure"));
        QCOMPARE(
            app->emulator()->deploymentJson(storefront, id).value(QStringLiteral("id")).toInteger(),
            id);
    }

    void severalSelectedAreSaidSo()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(waitUntilLoaded(window));
        QTableView *table = window->tableView();
        table->selectionModel()->select(
            QItemSelection(window->filterProxy()->index(0, 0),
                           window->filterProxy()->index(2, ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window->selectedDeploymentIds().size(), 3);
        QCOMPARE(window->detailsPane()->deploymentIds(), window->selectedDeploymentIds());
        QVERIFY2(
            visibleText(window->detailsPane()).contains(QLatin1String("3 deployments selected")),
            qPrintable(visibleText(window->detailsPane())));
        QVERIFY(!window->newStatusAction()->isEnabled());
        QCOMPARE(window->deploymentActions()->selection(), window->selectedDeploymentIds());
    }

    void environmentClickSelectsItsLiveDeployment()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitUntilLoaded(window));
        QListView *list = window->environmentView();
        QModelIndex production;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(EnvironmentRoles::NameRole).toString() == QLatin1String("production"))
                production = index;
        }
        QVERIFY(production.isValid());
        const qint64 live = production.data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong();
        QVERIFY(live != 0);
        // Something else selected first, and the view scrolled away from it
        window->tableView()->scrollToBottom();

        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(production).center());

        QCOMPARE(window->selectedDeploymentIds(), QList<qint64>{live});
        const QModelIndex current = window->tableView()->currentIndex();
        QCOMPARE(current.data(IdRole).toLongLong(), live);
        QVERIFY(isShownIn(window->tableView(), current));
        QVERIFY(isShownIn(window->timelineView(), current.siblingAtColumn(0)));
    }

    void windowLayoutFits_data()
    {
        QTest::addColumn<int>("language");
        QTest::addRow("en") << int(UiLanguage::Choice::English);
        QTest::addRow("ko") << int(UiLanguage::Choice::Korean);
        QTest::addRow("ja") << int(UiLanguage::Choice::Japanese);
    }

    void windowLayoutFits()
    {
        // Given the demo window at its default size in each language
        QFETCH(int, language);
        QVERIFY(UiLanguage::apply(UiLanguage::Choice(language)));
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitUntilLoaded(window));
        window->messageBanner()->showMessage(
            QStringLiteral("Posted \"success\" for deployment #1."));
        // Three rows selected: the details pane shows its summary
        window->tableView()->selectionModel()->select(
            QItemSelection(window->filterProxy()->index(0, 0),
                           window->filterProxy()->index(2, ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        LayoutCheck::settle();
        if (const QByteArray dir = qgetenv("DEPLOYDECK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/trust-window-") +
                                QLatin1String(QTest::currentDataTag()) + QStringLiteral(".png"));
        }
        QCOMPARE(window->size(), QSize(1280, 800));

        // Then no visible widget is clipped by, or drawn over, another
        const QStringList problems = LayoutCheck::problems(window, LayoutCheck::IgnoreScreenSize);
        UiLanguage::apply(UiLanguage::Choice::English);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // And the table's Created and Last status columns are on screen whole
        QTableView *table = window->tableView();
        for (int column : {int(CreatedColumn), int(LatestStatusColumn)}) {
            const int left = table->horizontalHeader()->sectionViewportPosition(column);
            const int right = left + table->columnWidth(column);
            QVERIFY2(left >= 0 && right <= table->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 at %2..%3 of %4")
                                    .arg(column)
                                    .arg(left)
                                    .arg(right)
                                    .arg(table->viewport()->width())));
        }
    }

    void timelineOpensOnProductionAndStaging()
    {
        // Given the demo started, its newest deployment (a preview) selected at start
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitUntilLoaded(window));
        QCoreApplication::processEvents();
        TimelineView *timeline = window->timelineView();

        // Then the lanes come in the environment list's order, production at the top, and
        // production and staging are in view
        QVERIFY(timeline->laneCount() > 2);
        QCOMPARE(timeline->laneName(0), QStringLiteral("production"));
        QCOMPARE(timeline->laneName(1), QStringLiteral("staging"));
        QCOMPARE(window->environmentModel()->index(0, 0).data(EnvironmentRoles::NameRole),
                 QVariant(QStringLiteral("production")));
        const int top = timeline->axisHeight() + 2;
        QCOMPARE(timeline->laneAt(top), 0);
        int stagingVisible = -1;
        for (int y = top; y < timeline->viewport()->height(); y += 4) {
            if (timeline->laneAt(y) == 1)
                stagingVisible = y;
        }
        QVERIFY(stagingVisible > 0);
    }

    void markInactiveNamesWhatIsSpecial()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(waitUntilLoaded(window));
        QList<MainWindow::Confirmation> asked;
        window->setConfirmationProvider([&asked](const MainWindow::Confirmation &c) {
            asked.append(c);
            return false;
        });
        // Production's live deployment: always asked, Cancel the default, and said so
        const int production = findRow(window, [](const QModelIndex &index) {
            return index.data(IsActiveRole).toBool() &&
                   index.data(EnvironmentRole).toString() == QLatin1String("production");
        });
        QVERIFY(production >= 0);
        window->selectDeployment(
            window->filterProxy()->index(production, 0).data(IdRole).toLongLong());
        window->markInactiveAction()->trigger();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().destructive);
        QVERIFY(asked.first().dontAskAgainKey.isEmpty());
        QVERIFY2(asked.first().informativeText.contains(
                     QLatin1String("is the live deployment of production")),
                 qPrintable(asked.first().informativeText));
        // A transient environment's: it will show as destroyed
        const int transient = findRow(window, [](const QModelIndex &index) {
            return index.data(TransientRole).toBool() && !isInactive(index);
        });
        QVERIFY(transient >= 0);
        window->selectDeployment(
            window->filterProxy()->index(transient, 0).data(IdRole).toLongLong());
        window->markInactiveAction()->trigger();
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.last().informativeText.contains(QLatin1String("show as destroyed")),
                 qPrintable(asked.last().informativeText));
    }

    void firstSightDetails()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(waitUntilLoaded(window));
        // The toolbar's Delete has a text label, and disabled it is clearly fainter
        QToolButton *deleteButton = nullptr;
        for (QToolButton *button : window->findChildren<QToolButton *>()) {
            if (button->defaultAction() == window->deleteAction() && button->isVisible())
                deleteButton = button;
        }
        QVERIFY(deleteButton);
        QCOMPARE(deleteButton->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        QCOMPARE(window->deleteAction()->priority(), QAction::NormalPriority);
        QCOMPARE(deleteButton->text(), QStringLiteral("Delete"));
        const auto opacity = [](const QImage &image) {
            qint64 alpha = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    alpha += qAlpha(image.pixel(x, y));
            return alpha;
        };
        const QIcon icon = window->deleteAction()->icon();
        const qint64 normal = opacity(icon.pixmap(22, QIcon::Normal).toImage());
        const qint64 disabled = opacity(icon.pixmap(22, QIcon::Disabled).toImage());
        QVERIFY2(disabled * 2 < normal,
                 qPrintable(QStringLiteral("%1 vs %2").arg(disabled).arg(normal)));
        // The state filter has no dangling "Unknown:" entry
        for (QAction *action : window->stateFilterButton()->menu()->actions())
            QVERIFY2(!action->text().contains(QLatin1String("Unknown:")),
                     qPrintable(action->text()));
        // A banner can be closed
        window->messageBanner()->showMessage(QStringLiteral("Marked 1 deployment inactive."));
        QVERIFY(window->messageBanner()->isVisible());
        QTest::mouseClick(window->messageBanner()->closeButton(), Qt::LeftButton);
        QVERIFY(!window->messageBanner()->isVisible());
    }

    void failedRefreshIsNotShownAsUpdated()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(waitUntilLoaded(window, app.get()));
        QLabel *label = window->sessionStatusBar()->refreshLabel();
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QLatin1String("Updated")), TestTimeoutMs);

        // When GitHub fails the next refresh
        app->emulator()->injectFault(GitHubEmulator::Fault::Status503, 10,
                                     QStringLiteral("/deployments"));
        QSignalSpy refreshed(window->session(), &RepositorySession::refreshStateChanged);
        window->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->lastRefreshFailed(), TestTimeoutMs);

        // Then the status bar says so, with the time of the last good one
        QVERIFY2(label->text().contains(QLatin1String("failed")), qPrintable(label->text()));
        // And a good refresh afterwards leaves no stale error
        app->emulator()->clearFaults();
        window->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window->session()->lastRefreshFailed(), TestTimeoutMs);
        QVERIFY2(!label->text().contains(QLatin1String("failed")), qPrintable(label->text()));
        QCOMPARE(window->session()->store()->loadState(), DeploymentStore::LoadState::Ready);
    }
};

QTEST_MAIN(TrustTest)
#include "tst_trust.moc"
