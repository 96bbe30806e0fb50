#include "viewfixtures.h"
#include "views/detailspane.h"
#include "views/environmentdelegate.h"
#include "views/statusdelegate.h"
#include "views/timelineview.h"

#include "models/uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QListView>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace ViewFixtures;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x9d, 0x9d, 0x9d));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    return p;
}

QStandardItemModel *environmentModel(const QList<Deployment> &deployments)
{
    auto *model = new QStandardItemModel;
    QMap<QString, QList<Deployment>> byEnv;
    for (const Deployment &d : deployments)
        byEnv[d.environment] << d;
    int order = 0;
    for (const QString &name :
         {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("qa"),
          QStringLiteral("dev"), QStringLiteral("preview-pr-1482"),
          QStringLiteral("preview-pr-1490")}) {
        const QList<Deployment> list = byEnv.value(name);
        auto *item = new QStandardItem;
        item->setData(name, EnvironmentRoles::NameRole);
        item->setData(int(list.size()), EnvironmentRoles::DeploymentCountRole);
        item->setData(order++, EnvironmentRoles::LaneOrderRole);
        if (!list.isEmpty())
            item->setData(QVariant::fromValue(list.constLast().state),
                          EnvironmentRoles::LatestStateRole);
        for (const Deployment &d : list) {
            if (!d.active)
                continue;
            item->setData(d.id, EnvironmentRoles::ActiveDeploymentIdRole);
            item->setData(d.ref, EnvironmentRoles::ActiveRefRole);
            item->setData(d.sha, EnvironmentRoles::ActiveShaRole);
            item->setData(d.creator, EnvironmentRoles::ActiveCreatorRole);
            item->setData(d.created, EnvironmentRoles::ActiveSinceRole);
        }
        model->appendRow(item);
    }
    return model;
}

} // namespace

class TestViewScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void render_data();
    void render();

private:
    QString m_dir;
};

void TestViewScreenshots::initTestCase()
{
    m_dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../../screenshots");
    QVERIFY(QDir().mkpath(m_dir));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true); // UiLanguage::apply() remembers the choice
}

void TestViewScreenshots::render_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<bool>("dark");
    QTest::addRow("en") << int(Language::English) << false;
    QTest::addRow("ko") << int(Language::Korean) << false;
    QTest::addRow("ja-dark") << int(Language::Japanese) << true;
    QTest::addRow("en-dark") << int(Language::English) << true;
}

void TestViewScreenshots::render()
{
    QFETCH(int, language);
    QFETCH(bool, dark);
    // The UI strings in the language of the data, as a Korean or Japanese user sees them.
    const UiLanguage::Choice choice =
        Language(language) == Language::Korean     ? UiLanguage::Choice::Korean
        : Language(language) == Language::Japanese ? UiLanguage::Choice::Japanese
                                                   : UiLanguage::Choice::English;
    QVERIFY(UiLanguage::apply(choice));
    const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);

    QList<Deployment> deployments =
        realisticDeployments(fixedNow(), 10, 120, 2024, Language(language));
    // One pending write and one unknown state, to see them.
    deployments[3].pendingWrite = true;
    deployments[5].state = StatusState::Unknown;
    deployments[5].rawState = QStringLiteral("rolled_back");
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel(deployments));
    std::unique_ptr<QStandardItemModel> environments(environmentModel(deployments));

    QSplitter window(Qt::Horizontal);
    window.resize(1500, 820);
    auto *left = new QSplitter(Qt::Vertical, &window);
    auto *envList = new QListView(left);
    auto *envDelegate = new EnvironmentDelegate(envList);
    envDelegate->setClock(&fixedNow);
    envList->setItemDelegate(envDelegate);
    envList->setModel(environments.get());
    envList->setMinimumWidth(300);
    auto *right = new QSplitter(Qt::Vertical, &window);
    auto *timeline = new TimelineView(right);
    timeline->setClock(&fixedNow);
    timeline->setMarkerProvider(markerProvider());
    timeline->setEnvironmentModel(environments.get());
    timeline->setModel(model.get());
    auto *table = new QTableView(right);
    table->setModel(model.get());
    table->setSelectionModel(timeline->selectionModel());
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *stateDelegate = new StatusDelegate(table);
    table->setItemDelegateForColumn(DeploymentRoles::StateColumn, stateDelegate);
    QStyleOptionViewItem stateOption;
    stateOption.initFrom(table);
    table->setColumnWidth(DeploymentRoles::StateColumn, stateDelegate->preferredWidth(stateOption));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *details = new DetailsPane(&window);
    details->setClock(&fixedNow);
    window.setSizes({300, 800, 400});
    right->setSizes({480, 340});

    // Select the live production deployment.
    QModelIndex selected;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(DeploymentRoles::IsActiveRole).toBool() &&
            index.data(DeploymentRoles::EnvironmentRole).toString() == QLatin1String("staging"))
            selected = index;
    }
    if (!selected.isValid())
        selected = model->index(model->rowCount() - 1, 0);
    std::unique_ptr<QStandardItemModel> statuses(
        makeStatusModel(statusesFor(deployments.at(selected.row()), Language(language))));
    details->setDeployment(selected);
    details->setStatusModel(statuses.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    timeline->setSecondsPerPixel(10 * 24 * 3600.0 / 500);
    timeline->scrollToNow();
    timeline->selectionModel()->setCurrentIndex(selected, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);

    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString path = m_dir + QStringLiteral("/views-%1.png").arg(tag);
    QVERIFY(window.grab().save(path));
    // And a zoomed-in timeline (hours).
    timeline->setSecondsPerPixel(60);
    timeline->scrollTo(selected, QAbstractItemView::PositionAtCenter);
    QVERIFY(timeline->grab().save(m_dir + QStringLiteral("/timeline-hours-%1.png").arg(tag)));
    timeline->zoomToFit();
    QVERIFY(timeline->grab().save(m_dir + QStringLiteral("/timeline-fit-%1.png").arg(tag)));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestViewScreenshots)
#include "tst_viewscreenshots.moc"
