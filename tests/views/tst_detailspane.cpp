#include "viewfixtures.h"
#include "views/detailspane.h"
#include "views/environmentdelegate.h"
#include "views/statestyle.h"
#include "views/statusdelegate.h"
#include "views/statushistorydelegate.h"

#include "testtimeout.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace ViewFixtures;

namespace {

Deployment sample()
{
    Deployment d;
    d.id = 4242;
    d.environment = QStringLiteral("production");
    d.ref = QStringLiteral("v2.14.0");
    d.sha = QStringLiteral("7b3724b2857c67c8e101310a7425f5aa00112233");
    d.creator = QStringLiteral("octocat");
    d.created = fixedNow().addSecs(-5 * 60);
    d.state = StatusState::Success;
    d.active = true;
    d.production = true;
    d.description = QStringLiteral("Deployed");
    d.logUrl = QUrl(QStringLiteral("https://ci.example.com/run/1"));
    d.payload = QJsonObject{{QStringLiteral("replicas"), 3}};
    return d;
}

// Three deployments: production live, staging failed, an older production one inactive.
QList<Deployment> threeDeployments()
{
    Deployment live = sample();
    Deployment failed = sample();
    failed.id = 4243;
    failed.environment = QStringLiteral("staging");
    failed.ref = QStringLiteral("feature/cart");
    failed.state = StatusState::Failure;
    failed.active = false;
    failed.production = false;
    Deployment old = sample();
    old.id = 4100;
    old.ref = QStringLiteral("v2.13.2");
    old.state = StatusState::Inactive;
    old.active = false;
    return {live, failed, old};
}

QPushButton *button(DetailsPane &pane, const char *objectName)
{
    return pane.findChild<QPushButton *>(QLatin1String(objectName));
}

QString labelText(DetailsPane &pane, const char *objectName)
{
    auto *label = pane.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

QList<qint64> ids(const QSignalSpy &spy, int emission = 0)
{
    return spy.at(emission).at(0).value<QList<qint64>>();
}

QLabel *labelWithText(QWidget *parent, const QString &text)
{
    for (QLabel *label : parent->findChildren<QLabel *>()) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

// Prefixes every DetailsPane string, to see the pane retranslate.
class PrefixTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "DetailsPane") == 0)
            return QStringLiteral("XX ") + QString::fromUtf8(source);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT
private slots:
    void showsEveryFieldAsPlainText();
    void urlsAreLinksOnlyWhenHttp_data();
    void urlsAreLinksOnlyWhenHttp();
    void actionsEmitSignals();
    void noneSelected();
    void severalSelected();
    void buttonsFollowWhatIsShown_data();
    void buttonsFollowWhatIsShown();
    void signalsCarryTheShownIds();
    void removedRowIsNoLongerActedOn();
    void rendersSeveralSelected();
    void followsModelChanges();
    void statusHistory();
    void retranslatesAtRunTime();
    void statusDelegateText();
    void environmentDelegateText();
};

void TestDetailsPane::showsEveryFieldAsPlainText()
{
    Deployment d = sample();
    d.description = QStringLiteral("<img src=x>");
    d.ref = QStringLiteral("<b>bold</b>");
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel({d}));
    DetailsPane pane;
    pane.setClock(&fixedNow);
    pane.setDeployment(model->index(0, 3));
    QCOMPARE(pane.deployment(), model->index(0, 0));

    QLabel *description = labelWithText(&pane, QStringLiteral("<img src=x>"));
    QVERIFY(description);
    QCOMPARE(description->textFormat(), Qt::PlainText);
    QVERIFY(labelWithText(&pane, QStringLiteral("<b>bold</b>")));
    QVERIFY(labelWithText(&pane, QStringLiteral("4242")));
    QVERIFY(labelWithText(&pane, d.sha));
    QVERIFY(labelWithText(&pane, QStringLiteral("octocat")));
    // No label anywhere in the pane interprets markup.
    for (QLabel *label : pane.findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    // Pretty, read-only, monospace JSON.
    auto *payload = pane.findChild<QPlainTextEdit *>();
    QVERIFY(payload->isReadOnly());
    QVERIFY(payload->toPlainText().contains(QLatin1String("\n    \"replicas\": 3")));
    // What the pane controls: it asks for a fixed-pitch font (which family answers depends on
    // the fonts a machine has installed).
    QVERIFY(payload->font().fixedPitch());
    QCOMPARE(payload->font().styleHint(), QFont::TypeWriter);

    // Copy SHA puts the full SHA on the clipboard.
    QSignalSpy copied(&pane, &DetailsPane::shaCopied);
    pane.copySha();
    QCOMPARE(copied.count(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), d.sha);

    pane.setDeployment({});
    QVERIFY(labelWithText(&pane, pane.tr("Select a deployment to see its details.")));
}

void TestDetailsPane::urlsAreLinksOnlyWhenHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isLink");
    QTest::addRow("https") << QStringLiteral("https://ci.example.com/run/1") << true;
    QTest::addRow("http") << QStringLiteral("http://ci.example.com/run/1") << true;
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::addRow("data") << QStringLiteral("data:text/html,<b>x</b>") << false;
    QTest::addRow("no host") << QStringLiteral("https:relative") << false;
}

void TestDetailsPane::urlsAreLinksOnlyWhenHttp()
{
    QFETCH(QString, url);
    QFETCH(bool, isLink);
    Deployment d = sample();
    d.logUrl = QUrl(url);
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel({d}));
    DetailsPane pane;
    QList<QUrl> opened;
    pane.setUrlHandler([&opened](const QUrl &u) { opened << u; });
    pane.setDeployment(model->index(0, 0));
    pane.show();

    QWidget *widget = pane.urlWidget(QStringLiteral("logUrl"));
    QVERIFY(widget);
    auto *button = qobject_cast<QPushButton *>(widget);
    QCOMPARE(button != nullptr, isLink);
    QCOMPARE(StatusHistoryDelegate::isWebUrl(QUrl(url)), isLink);
    if (isLink) {
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl(url)});
    } else {
        auto *label = qobject_cast<QLabel *>(widget);
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), QUrl(url).toString());
        QTest::mouseClick(label, Qt::LeftButton);
        QVERIFY(opened.isEmpty());
    }
}

void TestDetailsPane::actionsEmitSignals()
{
    Deployment d = sample();
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel({d}));
    DetailsPane pane;
    pane.setDeployment(model->index(0, 0));
    pane.show();
    QSignalSpy markInactive(&pane, &DetailsPane::markInactiveRequested);
    QSignalSpy newStatus(&pane, &DetailsPane::newStatusRequested);
    auto button = [&pane](const QString &text) {
        for (QPushButton *b : pane.findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    QPushButton *inactive = button(pane.tr("Mark Inactive"));
    QVERIFY(inactive && inactive->isEnabled());
    QTest::mouseClick(inactive, Qt::LeftButton);
    QCOMPARE(markInactive.count(), 1);
    QCOMPARE(ids(markInactive), QList<qint64>{4242});
    QTest::mouseClick(button(pane.tr("New Status…")), Qt::LeftButton);
    QCOMPARE(newStatus.count(), 1);
    QCOMPARE(newStatus.at(0).at(0).toLongLong(), 4242);
    // A live deployment cannot be deleted; an inactive one cannot be marked inactive again.
    QVERIFY(!button(pane.tr("Delete…"))->isEnabled());
    d.state = StatusState::Inactive;
    d.active = false;
    writeDeployment(model.get(), 0, d);
    emit model->dataChanged(model->index(0, 0), model->index(0, 0), {});
    QVERIFY(!inactive->isEnabled());
    QVERIFY(!inactive->toolTip().isEmpty());
    QPushButton *remove = button(pane.tr("Delete…"));
    QVERIFY(remove->isEnabled());
    QSignalSpy deleted(&pane, &DetailsPane::deleteRequested);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(ids(deleted), QList<qint64>{4242});
    pane.setActionsEnabled(false);
    QVERIFY(!button(pane.tr("New Status…"))->isEnabled());
    QVERIFY(!button(pane.tr("New Status…"))->toolTip().isEmpty());
}

void TestDetailsPane::noneSelected()
{
    // Given a pane that showed a deployment
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel(threeDeployments()));
    DetailsPane pane;
    pane.setSelection(selectedCells(model.get(), {0}));
    pane.show();
    QVERIFY(button(pane, "markInactiveButton")->isVisible());

    // When the selection becomes empty
    pane.setSelection({});

    // Then it says what to do, offers no action and carries no ids
    QLabel *hint = labelWithText(&pane, pane.tr("Select a deployment to see its details."));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(!button(pane, "markInactiveButton")->isVisible());
    QVERIFY(!button(pane, "deleteButton")->isVisible());
    QVERIFY(pane.deploymentIds().isEmpty());
    QVERIFY(pane.selection().isEmpty());
    QVERIFY(!pane.deployment().isValid());
}

void TestDetailsPane::severalSelected()
{
    // Given three deployments, selected as a table selects them (every cell of each row)
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel(threeDeployments()));
    DetailsPane pane;
    pane.setStatusModel(makeStatusModel({}, model.get()));
    pane.show();

    // When the pane showed the first and is then given the three
    pane.setSelection(selectedCells(model.get(), {0}));
    QLabel *sha = labelWithText(&pane, sample().sha);
    QVERIFY(sha && sha->isVisible());
    pane.setSelection(selectedCells(model.get(), {0, 1, 2}));

    // Then it shows the three, once each, with a summary and no single deployment's fields
    QCOMPARE(pane.deploymentIds(), (QList<qint64>{4242, 4243, 4100}));
    QCOMPARE(pane.selection(),
             (QModelIndexList{model->index(0, 0), model->index(1, 0), model->index(2, 0)}));
    QVERIFY(!pane.deployment().isValid());
    QCOMPARE(labelText(pane, "selectionTitle"), pane.tr("%n deployment(s) selected", nullptr, 3));
    QCOMPARE(labelText(pane, "selectionTitle"), QStringLiteral("3 deployment(s) selected"));
    QVERIFY(labelWithText(&pane, QStringLiteral("1 live now · 1 inactive")));
    const QString states = labelText(pane, "selectionStates");
    for (StatusState state : {StatusState::Success, StatusState::Failure, StatusState::Inactive})
        QVERIFY2(states.contains(StateStyle::displayName(state) + QStringLiteral(" (1)")),
                 qPrintable(states));
    QCOMPARE(labelText(pane, "selectionEnvironments"),
             QStringLiteral("production (2) · staging (1)"));
    const QString list = labelText(pane, "selectionDeployments");
    QVERIFY2(list.contains(QStringLiteral("#4243  feature/cart → staging")), qPrintable(list));
    QCOMPARE(list.count(u'\n'), 2);
    QVERIFY(!pane.findChild<QListView *>(QStringLiteral("statusHistory"))->isVisible());
    QVERIFY(!sha->isVisible()); // one deployment's fields
    for (QLabel *label : pane.findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));

    // And Mark Inactive applies to all of them, New Status to none, Delete waits for inactive
    QVERIFY(button(pane, "markInactiveButton")->isEnabled());
    QVERIFY(!button(pane, "newStatusButton")->isEnabled());
    QVERIFY(!button(pane, "deleteButton")->isEnabled());
    QVERIFY(button(pane, "deleteButton")->text().endsWith(u'…'));
    QSignalSpy markInactive(&pane, &DetailsPane::markInactiveRequested);
    QTest::mouseClick(button(pane, "markInactiveButton"), Qt::LeftButton);
    QCOMPARE(markInactive.count(), 1);
    QCOMPARE(ids(markInactive), pane.deploymentIds());
}

void TestDetailsPane::buttonsFollowWhatIsShown_data()
{
    QTest::addColumn<QList<int>>("rows"); // of threeDeployments() plus a destroyed one
    QTest::addColumn<bool>("actionsEnabled");
    QTest::addColumn<bool>("markInactive");
    QTest::addColumn<bool>("newStatus");
    QTest::addColumn<bool>("remove");
    QTest::addRow("one live") << QList<int>{0} << true << true << true << false;
    QTest::addRow("one failed, not live") << QList<int>{1} << true << true << true << true;
    QTest::addRow("one inactive") << QList<int>{2} << true << false << true << true;
    QTest::addRow("live and inactive") << QList<int>{0, 2} << true << true << false << false;
    QTest::addRow("failed and inactive") << QList<int>{1, 2} << true << true << false << false;
    QTest::addRow("inactive and destroyed") << QList<int>{2, 3} << true << false << false << true;
    QTest::addRow("several, read-only") << QList<int>{1, 2} << false << false << false << false;
    QTest::addRow("one, read-only") << QList<int>{1} << false << false << false << false;
}

void TestDetailsPane::buttonsFollowWhatIsShown()
{
    QFETCH(QList<int>, rows);
    QFETCH(bool, actionsEnabled);
    QFETCH(bool, markInactive);
    QFETCH(bool, newStatus);
    QFETCH(bool, remove);
    QList<Deployment> deployments = threeDeployments();
    Deployment destroyed = sample();
    destroyed.id = 3900;
    destroyed.environment = QStringLiteral("pr-17");
    destroyed.transient = true;
    destroyed.state = StatusState::Destroyed;
    destroyed.active = false;
    deployments.append(destroyed);
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel(deployments));
    DetailsPane pane;
    pane.setActionsEnabled(actionsEnabled);
    pane.setSelection(selectedCells(model.get(), rows));

    QCOMPARE(button(pane, "markInactiveButton")->isEnabled(), markInactive);
    QCOMPARE(button(pane, "newStatusButton")->isEnabled(), newStatus);
    QCOMPARE(button(pane, "deleteButton")->isEnabled(), remove);
    // Every button says what it does or why it cannot
    for (const char *name : {"markInactiveButton", "newStatusButton", "deleteButton"})
        QVERIFY2(!button(pane, name)->toolTip().isEmpty(), name);
}

void TestDetailsPane::signalsCarryTheShownIds()
{
    // Given four deployments, all inactive so that every action is open
    QList<Deployment> deployments = threeDeployments();
    deployments.append(sample());
    for (int i = 0; i < deployments.size(); ++i) {
        deployments[i].id = 5000 + i;
        deployments[i].state = StatusState::Inactive;
        deployments[i].active = false;
    }
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel(deployments));
    DetailsPane pane;
    pane.show();
    QSignalSpy markInactive(&pane, &DetailsPane::markInactiveRequested);
    QSignalSpy remove(&pane, &DetailsPane::deleteRequested);
    QSignalSpy newStatus(&pane, &DetailsPane::newStatusRequested);
    auto clickAll = [&pane] {
        for (const char *name : {"markInactiveButton", "newStatusButton", "deleteButton"}) {
            QPushButton *b = button(pane, name);
            b->setEnabled(true); // what a click would carry, whether or not it is offered
            QTest::mouseClick(b, Qt::LeftButton);
        }
    };

    // When two are shown, then two others, then one
    pane.setSelection(selectedCells(model.get(), {0, 1}));
    QCOMPARE(pane.deploymentIds(), (QList<qint64>{5000, 5001}));
    clickAll();
    pane.setSelection(selectedCells(model.get(), {3, 2}));
    QCOMPARE(pane.deploymentIds(), (QList<qint64>{5003, 5002}));
    clickAll();
    pane.setSelection(selectedCells(model.get(), {1}));
    clickAll();

    // Then each signal carried exactly the ids shown at the time, never the earlier ones
    QCOMPARE(markInactive.count(), 3);
    QCOMPARE(ids(markInactive, 0), (QList<qint64>{5000, 5001}));
    QCOMPARE(ids(markInactive, 1), (QList<qint64>{5003, 5002}));
    QCOMPARE(ids(markInactive, 2), QList<qint64>{5001});
    QCOMPARE(remove.count(), 3);
    QCOMPARE(ids(remove, 0), (QList<qint64>{5000, 5001}));
    QCOMPARE(ids(remove, 1), (QList<qint64>{5003, 5002}));
    QCOMPARE(ids(remove, 2), QList<qint64>{5001});
    // New Status only ever for one
    QCOMPARE(newStatus.count(), 1);
    QCOMPARE(newStatus.at(0).at(0).toLongLong(), 5001);

    // And a re-sorted model moves no action to other deployments
    pane.setSelection(selectedCells(model.get(), {0, 1}));
    model->setSortRole(DeploymentRoles::IdRole);
    model->sort(0, Qt::DescendingOrder);
    QCOMPARE(model->index(0, 0).data(DeploymentRoles::IdRole).toLongLong(), 5003);
    clickAll();
    QCOMPARE(ids(markInactive, 3), (QList<qint64>{5000, 5001}));
}

void TestDetailsPane::removedRowIsNoLongerActedOn()
{
    // Given two deployments shown
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel(threeDeployments()));
    DetailsPane pane;
    pane.show();
    pane.setSelection(selectedCells(model.get(), {0, 1}));
    QSignalSpy markInactive(&pane, &DetailsPane::markInactiveRequested);

    // When one of them leaves the model (deleted elsewhere)
    model->removeRow(0);

    // Then the pane shows the other one alone, and acts on it alone
    QCOMPARE(pane.deploymentIds(), QList<qint64>{4243});
    QCOMPARE(pane.deployment(), model->index(0, 0));
    QVERIFY(labelWithText(&pane, QStringLiteral("feature/cart")));
    QTest::mouseClick(button(pane, "markInactiveButton"), Qt::LeftButton);
    QCOMPARE(ids(markInactive), QList<qint64>{4243});

    // And a reset leaves nothing to act on
    model->clear();
    QVERIFY(pane.deploymentIds().isEmpty());
    QVERIFY(labelWithText(&pane, pane.tr("Select a deployment to see its details.")));
}

void TestDetailsPane::rendersSeveralSelected()
{
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel(threeDeployments()));
    DetailsPane pane;
    pane.resize(420, 560);
    pane.setSelection(selectedCells(model.get(), {0, 1, 2}));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    // The title and the summary fit the pane: nothing is cut off
    for (const char *name :
         {"selectionTitle", "selectionStates", "selectionEnvironments", "selectionDeployments"}) {
        auto *label = pane.findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label && label->isVisible(), name);
        QVERIFY2(pane.rect().contains(QRect(label->mapTo(&pane, QPoint()), label->size())), name);
        if (label->wordWrap())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), name);
        else
            QVERIFY2(label->width() >= label->fontMetrics().horizontalAdvance(label->text()), name);
    }
    const QString file = QDir::current().absoluteFilePath(QStringLiteral("detailspane-3.png"));
    QVERIFY(pane.grab().save(file));
}

void TestDetailsPane::followsModelChanges()
{
    Deployment d = sample();
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel({d, sample()}));
    DetailsPane pane;
    pane.setDeployment(model->index(0, 0));
    d.description = QStringLiteral("Rolled back by hand");
    writeDeployment(model.get(), 0, d);
    emit model->dataChanged(model->index(0, 0), model->index(0, 0), {});
    QVERIFY(labelWithText(&pane, QStringLiteral("Rolled back by hand")));
    model->removeRow(0);
    QVERIFY(!pane.deployment().isValid());
    QVERIFY(labelWithText(&pane, pane.tr("Select a deployment to see its details.")));
}

void TestDetailsPane::statusHistory()
{
    DetailsPane pane;
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel({sample()}));
    pane.setDeployment(model->index(0, 0));
    pane.show();
    auto *history = pane.findChild<QListView *>(QStringLiteral("statusHistory"));
    QVERIFY(history);
    QVERIFY(!history->isVisibleTo(&pane));
    Status s;
    s.state = StatusState::Failure;
    s.description = QStringLiteral("<img src=x>");
    s.created = fixedNow();
    s.logUrl = QUrl(QStringLiteral("javascript:alert(1)"));
    std::unique_ptr<QStandardItemModel> statuses(makeStatusModel({s}));
    pane.setStatusModel(statuses.get());
    QVERIFY(history->isVisibleTo(&pane));
    QCOMPARE(history->model(), statuses.get());
    auto *delegate = qobject_cast<StatusHistoryDelegate *>(history->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(history);
    option.rect = QRect(0, 0, 300, 0);
    QVERIFY(delegate->sizeHint(option, statuses->index(0, 0)).height() >
            2 * option.fontMetrics.height());
    // A click anywhere on a javascript: URL does nothing.
    QSignalSpy links(delegate, &StatusHistoryDelegate::linkActivated);
    const QRect rect = history->visualRect(statuses->index(0, 0));
    for (int y = rect.top(); y < rect.bottom(); y += 3)
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, QPoint(rect.center().x(), y));
    QCOMPARE(links.count(), 0);
}

void TestDetailsPane::retranslatesAtRunTime()
{
    DetailsPane pane;
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel({sample()}));
    pane.setDeployment(model->index(0, 0));
    PrefixTranslator translator;
    auto hasButton = [&pane](const QString &text) {
        for (QPushButton *b : pane.findChildren<QPushButton *>()) {
            if (b->text() == text)
                return true;
        }
        return false;
    };
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // QApplication posts LanguageChange to every window.
    QTRY_VERIFY_WITH_TIMEOUT(hasButton(QStringLiteral("XX Mark Inactive")), TestTimeoutMs);
    QVERIFY(labelWithText(&pane, QStringLiteral("XX Payload")));
    // The summary of several is retranslated too
    pane.setSelection(selectedCells(model.get(), {0, 0}) + selectedCells(model.get(), {0}));
    QCOMPARE(pane.deploymentIds(), QList<qint64>{4242}); // one row, folded
    std::unique_ptr<QStandardItemModel> two(makeDeploymentModel({sample(), sample()}));
    pane.setSelection(selectedCells(two.get(), {0, 1}));
    QCOMPARE(labelText(pane, "selectionTitle"), QStringLiteral("XX 2 deployment(s) selected"));
    QVERIFY(labelWithText(&pane, QStringLiteral("XX States:")));
    QCoreApplication::removeTranslator(&translator);
    QTRY_VERIFY_WITH_TIMEOUT(hasButton(QStringLiteral("Mark Inactive")), TestTimeoutMs);
}

void TestDetailsPane::statusDelegateText()
{
    Deployment d = sample();
    d.state = StatusState::Unknown;
    d.rawState = QStringLiteral("<rolled_back>");
    d.pendingWrite = true;
    std::unique_ptr<QStandardItemModel> model(makeDeploymentModel({d}));
    StatusDelegate delegate;
    const QString text = delegate.text(model->index(0, DeploymentRoles::StateColumn));
    QVERIFY(text.contains(QLatin1String("<rolled_back>")));
    QVERIFY(text != StatusStates::displayName(StatusState::Unknown, d.rawState)); // + saving
    QStyleOptionViewItem option;
    QVERIFY(delegate.sizeHint(option, model->index(0, 0)).width() >
            option.fontMetrics.horizontalAdvance(text));
}

void TestDetailsPane::environmentDelegateText()
{
    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(QStringLiteral("production"), EnvironmentRoles::NameRole);
    item->setData(qint64(7), EnvironmentRoles::ActiveDeploymentIdRole);
    item->setData(QStringLiteral("main"), EnvironmentRoles::ActiveRefRole);
    item->setData(QStringLiteral("1a2b3c4d5e6f"), EnvironmentRoles::ActiveShaRole);
    item->setData(QStringLiteral("octocat"), EnvironmentRoles::ActiveCreatorRole);
    item->setData(fixedNow().addSecs(-5 * 60), EnvironmentRoles::ActiveSinceRole);
    model.appendRow(item);
    model.appendRow(new QStandardItem);
    EnvironmentDelegate delegate;
    delegate.setClock(&fixedNow);
    const QString text = delegate.detailText(model.index(0, 0));
    QCOMPARE(text, QStringLiteral("main · 1a2b3c4 · octocat"));
    QCOMPARE(delegate.sinceText(model.index(0, 0)), QStringLiteral("5 minutes ago"));
    QCOMPARE(delegate.detailText(model.index(1, 0)), delegate.tr("No live deployment"));
    QVERIFY(delegate.sinceText(model.index(1, 0)).isEmpty());
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
