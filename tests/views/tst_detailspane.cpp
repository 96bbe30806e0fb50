#include "viewfixtures.h"
#include "views/detailspane.h"
#include "views/environmentdelegate.h"
#include "views/statusdelegate.h"
#include "views/statushistorydelegate.h"

#include "testtimeout.h"

#include <QApplication>
#include <QClipboard>
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
    QCOMPARE(markInactive.at(0).at(0).toModelIndex(), model->index(0, 0));
    QTest::mouseClick(button(pane.tr("New Status…")), Qt::LeftButton);
    QCOMPARE(newStatus.count(), 1);
    // A live deployment cannot be deleted; an inactive one cannot be marked inactive again.
    QVERIFY(!button(pane.tr("Delete…"))->isEnabled());
    d.state = StatusState::Inactive;
    d.active = false;
    writeDeployment(model.get(), 0, d);
    emit model->dataChanged(model->index(0, 0), model->index(0, 0), {});
    QVERIFY(!inactive->isEnabled());
    QVERIFY(button(pane.tr("Delete…"))->isEnabled());
    pane.setActionsEnabled(false);
    QVERIFY(!button(pane.tr("New Status…"))->isEnabled());
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
