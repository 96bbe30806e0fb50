#include "viewfixtures.h"
#include "views/statestyle.h"
#include "views/timelineview.h"

#include "testtimeout.h"

#include <QApplication>
#include <QHelpEvent>
#include <QIdentityProxyModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>

using namespace ViewFixtures;

namespace {

QDateTime hoursAgo(double hours)
{
    return fixedNow().addSecs(qint64(-hours * 3600));
}

Deployment deployment(qint64 id, const QString &environment, double startHoursAgo,
                      double endHoursAgo, StatusState state, bool active = false)
{
    Deployment d;
    d.id = id;
    d.environment = environment;
    d.ref = QStringLiteral("ref-%1").arg(id);
    d.sha = QStringLiteral("%1abcdef0123456789").arg(id);
    d.creator = QStringLiteral("octocat");
    d.created = hoursAgo(startHoursAgo);
    if (endHoursAgo >= 0)
        d.end = hoursAgo(endHoursAgo);
    d.state = state;
    d.active = active;
    d.production = environment == QLatin1String("production");
    d.transient = environment.startsWith(QLatin1String("preview"));
    d.markers = {{d.created.toMSecsSinceEpoch() + 1000, StatusState::Queued},
                 {d.created.toMSecsSinceEpoch() + 600000, state}};
    return d;
}

// Rows in model order: production x3, qa, preview, staging x2, feature-x.
QList<Deployment> smallSet()
{
    return {
        deployment(1, QStringLiteral("production"), 72, 48, StatusState::Inactive),
        deployment(2, QStringLiteral("production"), 48, 24, StatusState::Inactive),
        deployment(3, QStringLiteral("production"), 24, -1, StatusState::Success, true),
        deployment(4, QStringLiteral("qa"), 30, -1, StatusState::Success, true),
        deployment(5, QStringLiteral("preview-pr-7"), 10, -1, StatusState::InProgress),
        deployment(6, QStringLiteral("staging"), 60, 20, StatusState::Inactive),
        deployment(7, QStringLiteral("staging"), 20, -1, StatusState::Failure),
        deployment(8, QStringLiteral("feature-x"), 40, 35, StatusState::Error),
    };
}

// Counts data() calls going through it.
class CountingProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        ++calls;
        return QIdentityProxyModel::data(index, role);
    }
    mutable int calls = 0;
};

// An environment model in lane order, as EnvironmentModel gives it.
QStandardItemModel *environmentModel(const QStringList &names)
{
    auto *model = new QStandardItemModel;
    for (const QString &name : names) {
        auto *item = new QStandardItem;
        item->setData(name, EnvironmentRoles::NameRole);
        model->appendRow(item);
    }
    return model;
}

const QStringList smallSetLanes = {QStringLiteral("production"), QStringLiteral("staging"),
                                   QStringLiteral("qa"), QStringLiteral("feature-x"),
                                   QStringLiteral("preview-pr-7")};

struct Fixture
{
    explicit Fixture(const QList<Deployment> &deployments = smallSet())
        : model(makeDeploymentModel(deployments))
        , environments(environmentModel(smallSetLanes))
    {
        proxy.setSourceModel(model.get());
        view.setClock(&fixedNow);
        view.setMarkerProvider(markerProvider());
        view.setEnvironmentModel(environments.get());
        view.setModel(&proxy);
        view.resize(1000, 420);
        view.show();
        view.zoomToFit();
    }
    QModelIndex indexOfId(qint64 id) const
    {
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, 0);
            if (index.data(DeploymentRoles::IdRole).toLongLong() == id)
                return index;
        }
        return {};
    }
    qint64 idOf(const QModelIndex &index) const
    {
        return index.data(DeploymentRoles::IdRole).toLongLong();
    }
    std::unique_ptr<QStandardItemModel> model;
    std::unique_ptr<QStandardItemModel> environments;
    QSortFilterProxyModel proxy;
    TimelineView view;
};

void sendWheel(QWidget *target, const QPoint &pos, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private slots:
    void lanesInOrder();
    void indexAtMatchesVisualRect_data();
    void indexAtMatchesVisualRect();
    void liveBarsEndNowAndFinishedBarsAtTheirEnd();
    void clickSelectsAndSharesSelectionWithTable();
    void tableSelectionScrollsTimeline();
    void keyboardNavigation();
    void zoomKeepsTimeUnderCursor_data();
    void zoomKeepsTimeUnderCursor();
    void scrollToNowShowsNow();
    void tooltipShowsRefAndStateEscaped();
    void doubleClickAndEnterActivate();
    void rightClickRequestsContextMenu();
    void dataChangedWithEmptyRolesRelayouts();
    void stateChangeRepaintsInItsColour();
    void insertedAndRemovedRows();
    void resetAndNewModel();
    void sortingAndFilteringThroughProxy();
    void paintingDoesNotReadTheModel();
    void opensWithTopLaneAndNowInView();
    void nowLabelCoversNoAxisLabel_data();
    void nowLabelCoversNoAxisLabel();
    void laneHeadersShowTheWholeCount();
    void laneOrderFollowsEnvironmentModel();
    void sameSecondKeepsNewestFirst();
};

void TestTimelineView::lanesInOrder()
{
    Fixture f;
    const QStringList expected = smallSetLanes;
    QCOMPARE(f.view.laneCount(), expected.size());
    for (int lane = 0; lane < expected.size(); ++lane)
        QCOMPARE(f.view.laneName(lane), expected.at(lane));
    // Each bar sits in its lane.
    QCOMPARE(f.view.laneAt(f.view.visualRect(f.indexOfId(7)).center().y()), 1);
    QCOMPARE(f.view.laneAt(f.view.visualRect(f.indexOfId(5)).center().y()), 4);
}

void TestTimelineView::indexAtMatchesVisualRect_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addRow("fit, 80 deployments") << 80 << 0.0;
    QTest::addRow("10 min per px, 600 deployments") << 600 << 600.0;
    QTest::addRow("1 min per px, 3000 deployments") << 3000 << 60.0;
}

void TestTimelineView::indexAtMatchesVisualRect()
{
    QFETCH(int, count);
    QFETCH(double, secondsPerPixel);
    Fixture f(realisticDeployments(fixedNow(), 30, count, 42));
    f.view.resize(1200, 700);
    if (secondsPerPixel > 0) {
        f.view.setSecondsPerPixel(secondsPerPixel);
        f.view.scrollToNow();
    }
    const QRect area =
        f.view.viewport()->rect().adjusted(f.view.laneLabelWidth(), f.view.axisHeight(), 0, 0);
    int checked = 0;
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const QModelIndex index = f.proxy.index(row, 0);
        const QRect rect = f.view.visualRect(index);
        QVERIFY(rect.isValid());
        if (!area.contains(rect.center()))
            continue;
        ++checked;
        QCOMPARE(f.view.indexAt(rect.center()), index);
    }
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    // Off the bars: nothing.
    QVERIFY(!f.view.indexAt(QPoint(5, f.view.axisHeight() + 5)).isValid());
    QVERIFY(!f.view.indexAt(QPoint(500, 3)).isValid());
}

void TestTimelineView::liveBarsEndNowAndFinishedBarsAtTheirEnd()
{
    Fixture f;
    const QRect live = f.view.visualRect(f.indexOfId(3));
    const double nowX = f.view.xForTime(fixedNow());
    QVERIFY(qAbs(live.right() + 1 - nowX) <= 1.5);
    const QRect finished = f.view.visualRect(f.indexOfId(2));
    QVERIFY(qAbs(finished.right() + 1 - f.view.xForTime(hoursAgo(24))) <= 1.5);
    QVERIFY(qAbs(finished.left() - f.view.xForTime(hoursAgo(48))) <= 1.0);
    // Time runs left to right.
    QVERIFY(f.view.visualRect(f.indexOfId(1)).left() < finished.left());
}

void TestTimelineView::clickSelectsAndSharesSelectionWithTable()
{
    Fixture f;
    f.proxy.sort(DeploymentRoles::RefColumn, Qt::DescendingOrder);
    QTableView table;
    table.setModel(&f.proxy);
    table.setSelectionModel(f.view.selectionModel());
    table.setSelectionBehavior(QAbstractItemView::SelectRows);

    const QModelIndex target = f.indexOfId(7);
    QSignalSpy clicked(&f.view, &TimelineView::clicked);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.view.visualRect(target).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(f.view.currentIndex(), target);
    QVERIFY(table.selectionModel()->isRowSelected(target.row(), {}));
    QCOMPARE(table.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table.currentIndex().row(), target.row());

    // Ctrl+click adds; a click on empty space clears.
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::ControlModifier,
                      f.view.visualRect(f.indexOfId(3)).center());
    QCOMPARE(table.selectionModel()->selectedRows().size(), 2);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {},
                      QPoint(f.view.viewport()->width() - 5, f.view.viewport()->height() - 5));
    QCOMPARE(table.selectionModel()->selectedRows().size(), 0);
}

void TestTimelineView::tableSelectionScrollsTimeline()
{
    Fixture f;
    QTableView table;
    table.setModel(&f.proxy);
    table.setSelectionModel(f.view.selectionModel());
    f.view.setSecondsPerPixel(30); // 8 minutes on screen: most bars are off screen
    f.view.scrollToNow();
    const QModelIndex old = f.indexOfId(8);
    QVERIFY(!f.view.viewport()->rect().intersects(f.view.visualRect(old)));
    table.selectRow(old.row());
    table.setCurrentIndex(f.proxy.index(old.row(), 2));
    QVERIFY(f.view.viewport()->rect().intersects(f.view.visualRect(old)));
    QCOMPARE(f.view.indexAt(f.view.visualRect(old).center()), old);
}

void TestTimelineView::keyboardNavigation()
{
    Fixture f;
    f.view.setFocus();
    f.view.setCurrentIndex(f.indexOfId(1));
    QCOMPARE(f.idOf(f.view.currentIndex()), 1);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.idOf(f.view.currentIndex()), 2);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.idOf(f.view.currentIndex()), 3);
    QTest::keyClick(&f.view, Qt::Key_Right); // stays at the lane's end
    QCOMPARE(f.idOf(f.view.currentIndex()), 3);
    QTest::keyClick(&f.view, Qt::Key_Home);
    QCOMPARE(f.idOf(f.view.currentIndex()), 1);
    QTest::keyClick(&f.view, Qt::Key_End);
    QCOMPARE(f.idOf(f.view.currentIndex()), 3);
    // Down into staging: the bar covering the same time (7 runs from 20 h ago until now).
    QTest::keyClick(&f.view, Qt::Key_Down);
    QCOMPARE(f.idOf(f.view.currentIndex()), 7);
    QTest::keyClick(&f.view, Qt::Key_Left);
    QCOMPARE(f.idOf(f.view.currentIndex()), 6);
    QTest::keyClick(&f.view, Qt::Key_Down); // qa
    QCOMPARE(f.idOf(f.view.currentIndex()), 4);
    QTest::keyClick(&f.view, Qt::Key_Up);
    QCOMPARE(f.view.laneAt(f.view.visualRect(f.view.currentIndex()).center().y()), 1);
    QTest::keyClick(&f.view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(f.idOf(f.view.currentIndex()), 5);
    QTest::keyClick(&f.view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(f.idOf(f.view.currentIndex()), 1);
    // Moving without Ctrl selects (shared with any table).
    QTest::keyClick(&f.view, Qt::Key_Right);
    QVERIFY(f.view.selectionModel()->isRowSelected(f.indexOfId(2).row(), {}));
    QVERIFY(!f.view.selectionModel()->isRowSelected(f.indexOfId(1).row(), {}));
}

void TestTimelineView::zoomKeepsTimeUnderCursor_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("x");
    QTest::addColumn<bool>("zoomsIn");
    QTest::addRow("ctrl+wheel in") << QStringLiteral("wheel+") << 400 << true;
    QTest::addRow("ctrl+wheel out") << QStringLiteral("wheel-") << 700 << false;
    QTest::addRow("plus key") << QStringLiteral("+") << -1 << true;
    QTest::addRow("minus key") << QStringLiteral("-") << -1 << false;
}

void TestTimelineView::zoomKeepsTimeUnderCursor()
{
    QFETCH(QString, how);
    QFETCH(int, x);
    QFETCH(bool, zoomsIn);
    Fixture f;
    f.view.setSecondsPerPixel(120);
    f.view.scrollToNow();
    f.view.horizontalScrollBar()->setValue(f.view.horizontalScrollBar()->value() - 200);
    // With no current deployment the keys zoom around the middle of the time area.
    const int anchor = x >= 0 ? x
                              : f.view.laneLabelWidth() +
                                    (f.view.viewport()->width() - f.view.laneLabelWidth()) / 2;
    const QDateTime before = f.view.timeAt(anchor);
    const double sppBefore = f.view.secondsPerPixel();
    QSignalSpy zoomed(&f.view, &TimelineView::zoomChanged);
    const QPoint pos(anchor, 200);
    if (how == QLatin1String("wheel+"))
        sendWheel(f.view.viewport(), pos, 120, Qt::ControlModifier);
    else if (how == QLatin1String("wheel-"))
        sendWheel(f.view.viewport(), pos, -240, Qt::ControlModifier);
    else
        QTest::keyClick(&f.view, how == QLatin1String("+") ? Qt::Key_Plus : Qt::Key_Minus);
    QCOMPARE(zoomed.count(), 1);
    QCOMPARE(f.view.secondsPerPixel() < sppBefore, zoomsIn);
    const QDateTime after = f.view.timeAt(anchor);
    // Within a pixel.
    const double pixelMs = f.view.secondsPerPixel() * 1000.0;
    QVERIFY2(qAbs(before.msecsTo(after)) <= pixelMs,
             qPrintable(
                 QStringLiteral("%1 ms off, pixel %2 ms").arg(before.msecsTo(after)).arg(pixelMs)));
}

void TestTimelineView::scrollToNowShowsNow()
{
    Fixture f;
    f.view.setSecondsPerPixel(10);
    f.view.horizontalScrollBar()->setValue(0);
    QVERIFY(f.view.xForTime(fixedNow()) > f.view.viewport()->width());
    f.view.scrollToNow();
    const double x = f.view.xForTime(fixedNow());
    QVERIFY(x > f.view.laneLabelWidth() && x < f.view.viewport()->width());
    // Plain wheel scrolls (no lanes to scroll vertically: it scrolls time).
    const int value = f.view.horizontalScrollBar()->value();
    sendWheel(f.view.viewport(), QPoint(500, 200), 120, Qt::NoModifier);
    QVERIFY(f.view.horizontalScrollBar()->value() < value);
    // Dragging pans.
    const int dragValue = f.view.horizontalScrollBar()->value();
    QTest::mousePress(f.view.viewport(), Qt::LeftButton, {}, QPoint(500, 300));
    QMouseEvent move(QEvent::MouseMove, QPointF(600, 300),
                     f.view.viewport()->mapToGlobal(QPointF(600, 300)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.view.viewport(), &move);
    QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, {}, QPoint(600, 300));
    QCOMPARE(f.view.horizontalScrollBar()->value(), dragValue - 100);
}

void TestTimelineView::tooltipShowsRefAndStateEscaped()
{
    QList<Deployment> set = smallSet();
    set[6].description = QStringLiteral("<img src=x> broke");
    Fixture f(set);
    const QModelIndex index = f.indexOfId(7);
    const QString text = f.view.toolTipText(index);
    QVERIFY(text.contains(QLatin1String("ref-7")));
    QVERIFY(text.contains(StatusStates::displayName(StatusState::Failure)));
    QVERIFY(text.contains(QLatin1String("&lt;img src=x&gt; broke")));
    QVERIFY(!text.contains(QLatin1String("<img")));

    const QPoint pos = f.view.visualRect(index).center();
    QHelpEvent help(QEvent::ToolTip, pos, f.view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(f.view.viewport(), &help);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), TestTimeoutMs);
    QVERIFY(QToolTip::text().contains(QLatin1String("ref-7")));
    QToolTip::hideText();
}

void TestTimelineView::doubleClickAndEnterActivate()
{
    Fixture f;
    QSignalSpy activated(&f.view, &TimelineView::activated);
    QSignalSpy doubleClicked(&f.view, &TimelineView::doubleClicked);
    const QModelIndex index = f.indexOfId(4);
    QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, {}, f.view.visualRect(index).center());
    QCOMPARE(doubleClicked.count(), 1);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toModelIndex(), index);
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toModelIndex(), index);
}

void TestTimelineView::rightClickRequestsContextMenu()
{
    Fixture f;
    QSignalSpy requested(&f.view, &TimelineView::contextMenuRequested);
    const QModelIndex index = f.indexOfId(6);
    const QPoint pos = f.view.visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, f.view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(f.view.viewport(), &event);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toModelIndex(), index);
    QCOMPARE(requested.at(0).at(1).toPoint(), f.view.viewport()->mapToGlobal(pos));
    QVERIFY(f.view.selectionModel()->isRowSelected(index.row(), {}));
}

void TestTimelineView::dataChangedWithEmptyRolesRelayouts()
{
    QList<Deployment> set = smallSet();
    Fixture f(set);
    const QModelIndex index = f.indexOfId(7);
    const QRect before = f.view.visualRect(index);
    // The deployment moves to qa and starts 4 hours earlier; the model says only "row changed".
    set[6].environment = QStringLiteral("qa");
    set[6].created = set[6].created.addSecs(-4 * 3600);
    writeDeployment(f.model.get(), 6, set[6]);
    emit f.model->dataChanged(f.model->index(6, 0),
                              f.model->index(6, DeploymentRoles::ColumnCount - 1), {});
    const QRect after = f.view.visualRect(index);
    QVERIFY(after.left() < before.left());
    QCOMPARE(f.view.laneAt(after.center().y()), 2); // qa
    QCOMPARE(f.view.indexAt(after.center()), index);
    QCOMPARE(f.view.laneCount(), 5);
}

void TestTimelineView::stateChangeRepaintsInItsColour()
{
    QList<Deployment> set = smallSet();
    Fixture f(set);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QModelIndex index = f.indexOfId(3); // the live production deployment: a solid bar
    auto colourAt = [&] {
        const QRect rect = f.view.visualRect(index);
        const QImage image = f.view.viewport()->grab().toImage();
        return QColor(image.pixel(rect.right() - 4, rect.top() + 4));
    };
    const QPalette palette = f.view.palette();
    QCOMPARE(colourAt(), StateStyle::color(StatusState::Success, palette));
    set[2].state = StatusState::Error;
    writeDeployment(f.model.get(), 2, set[2]);
    emit f.model->dataChanged(f.model->index(2, 0), f.model->index(2, 0),
                              {DeploymentRoles::StateRole});
    QCOMPARE(colourAt(), StateStyle::color(StatusState::Error, palette));
}

void TestTimelineView::insertedAndRemovedRows()
{
    Fixture f;
    QSignalSpy unused(&f.view, &TimelineView::activated);
    appendDeployment(f.model.get(),
                     deployment(9, QStringLiteral("canary"), 5, -1, StatusState::Pending));
    QCOMPARE(f.view.laneCount(), 6);
    const QModelIndex added = f.indexOfId(9);
    QVERIFY(added.isValid());
    QCOMPARE(f.view.indexAt(f.view.visualRect(added).center()), added);

    // Remove the only feature-x deployment and a production one.
    const QRect removedRect = f.view.visualRect(f.indexOfId(8));
    f.model->removeRow(7); // id 8
    f.model->removeRow(0); // id 1
    QCOMPARE(f.view.laneCount(), 5);
    for (int lane = 0; lane < f.view.laneCount(); ++lane)
        QVERIFY(f.view.laneName(lane) != QLatin1String("feature-x"));
    const QModelIndex there = f.view.indexAt(removedRect.center());
    QVERIFY(!there.isValid() || f.idOf(there) != 8);
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const QModelIndex index = f.proxy.index(row, 0);
        QCOMPARE(f.view.indexAt(f.view.visualRect(index).center()), index);
    }
}

void TestTimelineView::resetAndNewModel()
{
    Fixture f;
    f.view.setCurrentIndex(f.indexOfId(3));
    f.model->clear();
    QCOMPARE(f.view.laneCount(), 0);
    QVERIFY(!f.view.indexAt(QPoint(500, 100)).isValid());
    f.view.grab(); // paints an empty timeline without trouble

    std::unique_ptr<QStandardItemModel> other(makeDeploymentModel(
        {deployment(20, QStringLiteral("production"), 3, -1, StatusState::Success, true)}));
    f.view.setModel(other.get());
    QCOMPARE(f.view.laneCount(), 1);
    QVERIFY(f.view.visualRect(other->index(0, 0)).isValid());
    f.view.setModel(nullptr);
    QCOMPARE(f.view.laneCount(), 0);
}

void TestTimelineView::sortingAndFilteringThroughProxy()
{
    Fixture f;
    QHash<qint64, QRect> rects;
    for (int row = 0; row < f.proxy.rowCount(); ++row)
        rects.insert(f.idOf(f.proxy.index(row, 0)), f.view.visualRect(f.proxy.index(row, 0)));
    f.proxy.sort(DeploymentRoles::RefColumn, Qt::DescendingOrder); // layoutChanged
    QCOMPARE(f.idOf(f.proxy.index(0, 0)), 8);
    for (int row = 0; row < f.proxy.rowCount(); ++row) {
        const QModelIndex index = f.proxy.index(row, 0);
        QCOMPARE(f.view.visualRect(index), rects.value(f.idOf(index)));
        QCOMPARE(f.view.indexAt(f.view.visualRect(index).center()), index);
    }
    f.proxy.setFilterKeyColumn(DeploymentRoles::EnvironmentColumn);
    f.proxy.setFilterFixedString(QStringLiteral("staging"));
    QCOMPARE(f.view.laneCount(), 1);
    QCOMPARE(f.view.laneName(0), QStringLiteral("staging"));
    f.proxy.setFilterFixedString(QString());
    QCOMPARE(f.view.laneCount(), 5);
}

void TestTimelineView::paintingDoesNotReadTheModel()
{
    std::unique_ptr<QStandardItemModel> model(
        makeDeploymentModel(realisticDeployments(fixedNow(), 30, 2000, 7)));
    CountingProxy counting;
    counting.setSourceModel(model.get());
    TimelineView view;
    view.setClock(&fixedNow);
    view.setModel(&counting);
    view.resize(1200, 600);
    view.show();
    QVERIFY(view.laneCount() > 0); // lays out
    counting.calls = 0;
    view.viewport()->repaint();
    view.setSecondsPerPixel(300);
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() - 500);
    view.viewport()->repaint();
    QCOMPARE(counting.calls, 0);
}

void TestTimelineView::opensWithTopLaneAndNowInView()
{
    // Given more preview lanes than fit, listed first in the deployment model,
    QList<Deployment> set;
    QStringList lanes = smallSetLanes;
    for (int i = 0; i < 20; ++i)
        lanes << QStringLiteral("preview-pr-%1").arg(100 + i);
    // Row 0 is the bottom lane's.
    for (int i = 19; i >= 0; --i)
        set << deployment(100 + i, lanes.at(5 + i), 5 + i, -1, StatusState::Success);
    set << smallSet();
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel(set));
    std::unique_ptr<QStandardItemModel> environments(environmentModel(lanes));
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *view = new TimelineView;
    auto *table = new QTableView;
    layout->addWidget(view);
    layout->addWidget(table);
    view->setClock(&fixedNow);
    view->setEnvironmentModel(environments.get());
    view->setModel(model.get());
    table->setModel(model.get());
    table->setSelectionModel(view->selectionModel());
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // when the table makes its first row (the bottom lane's) current without selecting it, as
    // it does when it takes the focus,
    view->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::NoUpdate);
    window.resize(1100, 720);
    QCoreApplication::processEvents();

    // then the timeline still opens at its top lane (production), with now in view.
    QVERIFY(view->verticalScrollBar()->maximum() > 0);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(view->laneName(view->laneAt(view->axisHeight() + 2)), QStringLiteral("production"));
    QCOMPARE(view->laneName(1), QStringLiteral("staging"));
    const double nowX = view->xForTime(fixedNow());
    QVERIFY(nowX > view->laneLabelWidth() && nowX < view->viewport()->width());

    // A row the user selects in the table is still brought into view.
    view->selectionModel()->setCurrentIndex(
        model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QVERIFY(view->viewport()->rect().contains(view->visualRect(model->index(0, 0)).center()));
}

void TestTimelineView::nowLabelCoversNoAxisLabel_data()
{
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<double>("nowAt"); // fraction of the time area
    for (double spp : {5.0, 30.0, 120.0, 900.0, 3600.0}) {
        for (double at : {0.0, 0.02, 0.5, 0.85, 0.99})
            QTest::addRow("%g s/px, now at %g", spp, at) << spp << at;
    }
}

void TestTimelineView::nowLabelCoversNoAxisLabel()
{
    QFETCH(double, secondsPerPixel);
    QFETCH(double, nowAt);
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.setSecondsPerPixel(secondsPerPixel);
    const int left = f.view.laneLabelWidth();
    const int right = f.view.viewport()->width();
    // Put now at that place.
    const QDateTime target = f.view.timeAt(left + int((right - left) * nowAt));
    f.view.horizontalScrollBar()->setValue(
        f.view.horizontalScrollBar()->value() +
        int(f.view.xForTime(fixedNow()) - f.view.xForTime(target)));
    const TimeScale::Axis axis = f.view.axis();
    QVERIFY(!axis.nowLabel.isEmpty());
    QVERIFY(axis.nowLabel.left() >= left && axis.nowLabel.right() <= right);
    QVERIFY(axis.nowLabel.bottom() <= f.view.axisHeight());
    QVERIFY(!axis.labels.isEmpty());
    for (const TimeScale::AxisLabel &label : axis.labels) {
        QVERIFY2(!label.rect.intersects(axis.nowLabel), qPrintable(label.text));
        QVERIFY(label.rect.left() >= left && label.rect.right() <= right);
    }
    // And the pill is painted where the axis says.
    const QImage image = f.view.viewport()->grab().toImage();
    const QPoint inside(int(axis.nowLabel.left()) + 3, int(axis.nowLabel.center().y()));
    QCOMPARE(image.pixelColor(inside * image.devicePixelRatio()),
             f.view.palette().color(QPalette::Highlight));
}

void TestTimelineView::laneHeadersShowTheWholeCount()
{
    QList<Deployment> set = smallSet();
    const QString longName = QStringLiteral("preview-feature-with-a-very-long-branch-name-indeed");
    for (int i = 0; i < 12; ++i)
        set << deployment(200 + i, longName, 70 - 5 * i, 68 - 5 * i, StatusState::Inactive);
    Fixture f(set);
    const QFont countFont = TimelinePainter::countFont(f.view.font());
    const QFontMetrics countMetrics(countFont);
    QCOMPARE(f.view.laneCount(), 6);
    for (int lane = 0; lane < f.view.laneCount(); ++lane) {
        const int count = f.view.timelineLayout().lane(lane).items.size();
        const QString text = TimelinePainter::laneCount(count);
        // The header's text area (10 px left, 6 px right) holds the whole count.
        QVERIFY2(countMetrics.horizontalAdvance(text) <= f.view.laneHeaderRect(lane).width() - 16,
                 qPrintable(text));
    }
    // The long name is elided, not the column stretched without bound.
    QVERIFY(f.view.laneLabelWidth() <= 240);
}

void TestTimelineView::laneOrderFollowsEnvironmentModel()
{
    Fixture f;
    QCOMPARE(f.view.laneName(0), QStringLiteral("production"));
    // Moved to the top (rows removed and inserted).
    QList<QStandardItem *> row = f.environments->takeRow(4); // preview-pr-7
    f.environments->insertRow(0, row);
    QCOMPARE(f.view.laneName(0), QStringLiteral("preview-pr-7"));
    QCOMPARE(f.view.laneName(1), QStringLiteral("production"));
    // Renamed (dataChanged).
    f.environments->item(0)->setData(QStringLiteral("zzz"), EnvironmentRoles::NameRole);
    QCOMPARE(f.view.laneName(0), QStringLiteral("production"));
    QCOMPARE(f.view.laneName(4), QStringLiteral("preview-pr-7")); // not listed: last
    // Reset to nothing: natural name order.
    f.environments->clear();
    QCOMPARE(f.view.laneName(0), QStringLiteral("feature-x"));
    f.view.setEnvironmentModel(nullptr);
    f.view.setLaneOrder({QStringLiteral("qa")});
    QCOMPARE(f.view.laneName(0), QStringLiteral("qa"));
}

void TestTimelineView::sameSecondKeepsNewestFirst()
{
    // Three deployments to canary in the same second (a script), in no particular row order.
    QList<Deployment> set = smallSet();
    for (qint64 id : {30, 32, 31}) {
        Deployment d = deployment(id, QStringLiteral("canary"), 2, -1, StatusState::Success);
        d.created = QDateTime(fixedNow().date(), QTime(9, 30, 15), Qt::UTC);
        set << d;
    }
    Fixture f(set);
    f.view.setFocus();
    f.view.setCurrentIndex(f.indexOfId(30));
    QTest::keyClick(&f.view, Qt::Key_Home);
    QCOMPARE(f.idOf(f.view.currentIndex()), 32);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.idOf(f.view.currentIndex()), 31);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.idOf(f.view.currentIndex()), 30);
    // The newest takes the upper of the tracks they share.
    QVERIFY(f.view.visualRect(f.indexOfId(32)).top() < f.view.visualRect(f.indexOfId(31)).top());
    QVERIFY(f.view.visualRect(f.indexOfId(31)).top() < f.view.visualRect(f.indexOfId(30)).top());
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
