#include "views/statestyle.h"
#include "views/timelinelegend.h"

#include "models/uilanguage.h"

#include "testtimeout.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

class TestTimelineLegend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void listsEveryStateAndEveryMark();
    void retranslates();
    void wrapsIntoRowsWithoutOverlap_data();
    void wrapsIntoRowsWithoutOverlap();
    void renders_data();
    void renders();
};

void TestTimelineLegend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // UiLanguage::apply() remembers the choice
}

void TestTimelineLegend::cleanup()
{
    UiLanguage::apply(UiLanguage::Choice::English);
}

void TestTimelineLegend::listsEveryStateAndEveryMark()
{
    TimelineLegend legend;
    const QVector<TimelineLegend::Entry> entries = legend.entries();
    for (StatusState state : StateStyle::allStates()) {
        const auto it = std::find_if(entries.cbegin(), entries.cend(), [state](const auto &e) {
            return e.sample == TimelineLegend::Sample::State && e.state == state;
        });
        QVERIFY2(it != entries.cend(), qPrintable(StateStyle::displayName(state)));
        if (state == StatusState::Unknown)
            QVERIFY(it->text.startsWith(StateStyle::displayName(state)));
        else
            QCOMPARE(it->text, StateStyle::displayName(state));
    }
    QList<TimelineLegend::Sample> marks;
    for (const TimelineLegend::Entry &entry : entries) {
        if (entry.sample != TimelineLegend::Sample::State)
            marks << entry.sample;
        QVERIFY(!entry.text.isEmpty());
    }
    using Sample = TimelineLegend::Sample;
    QCOMPARE(marks, (QList<Sample>{Sample::LiveBar, Sample::EndedBar, Sample::StatusMarker,
                                   Sample::PendingWrite, Sample::NowLine}));
}

void TestTimelineLegend::retranslates()
{
    // Given an English legend,
    TimelineLegend legend;
    auto textOf = [&legend](StatusState state) {
        for (const TimelineLegend::Entry &entry : legend.entries()) {
            if (entry.sample == TimelineLegend::Sample::State && entry.state == state)
                return entry.text;
        }
        return QString();
    };
    QCOMPARE(textOf(StatusState::Success), QStringLiteral("Success"));
    // when the UI switches to Korean (a LanguageChange event),
    QVERIFY(UiLanguage::apply(UiLanguage::Choice::Korean));
    // then it shows the Korean names,
    QTRY_COMPARE_WITH_TIMEOUT(textOf(StatusState::Success), QStringLiteral("성공"), TestTimeoutMs);
    QCOMPARE(textOf(StatusState::Queued), QStringLiteral("대기 중"));
    // and Japanese ones after that.
    QVERIFY(UiLanguage::apply(UiLanguage::Choice::Japanese));
    QTRY_COMPARE_WITH_TIMEOUT(textOf(StatusState::Success), QStringLiteral("成功"), TestTimeoutMs);
    QVERIFY(UiLanguage::apply(UiLanguage::Choice::English));
    QTRY_COMPARE_WITH_TIMEOUT(textOf(StatusState::Success), QStringLiteral("Success"),
                              TestTimeoutMs);
}

void TestTimelineLegend::wrapsIntoRowsWithoutOverlap_data()
{
    QTest::addColumn<int>("width");
    QTest::addRow("wide") << 1600;
    QTest::addRow("typical") << 640;
    QTest::addRow("narrow") << 0; // the minimum size hint's width
}

void TestTimelineLegend::wrapsIntoRowsWithoutOverlap()
{
    QFETCH(int, width);
    TimelineLegend legend;
    if (width == 0)
        width = legend.minimumSizeHint().width();
    const QVector<QRect> rects = legend.entryRects(width);
    QCOMPARE(rects.size(), legend.entries().size());
    for (int i = 0; i < rects.size(); ++i) {
        QVERIFY(rects.at(i).left() >= 0 && rects.at(i).right() < width);
        for (int j = 0; j < i; ++j)
            QVERIFY(!rects.at(i).intersects(rects.at(j)));
    }
    QVERIFY(legend.heightForWidth(width) > rects.constLast().bottom());
    QVERIFY(legend.heightForWidth(width) >= legend.heightForWidth(width + 400));
}

void TestTimelineLegend::renders_data()
{
    QTest::addColumn<int>("language");
    QTest::addRow("en") << int(UiLanguage::Choice::English);
    QTest::addRow("ko") << int(UiLanguage::Choice::Korean);
    QTest::addRow("ja") << int(UiLanguage::Choice::Japanese);
}

void TestTimelineLegend::renders()
{
    QFETCH(int, language);
    QVERIFY(UiLanguage::apply(UiLanguage::Choice(language)));
    QCoreApplication::processEvents(); // LanguageChange is posted
    TimelineLegend legend;
    legend.resize(640, legend.heightForWidth(640));
    const QImage image = legend.grab().toImage();
    QCOMPARE(image.size() / image.devicePixelRatio(), legend.size());
    // Something is drawn: the samples use the states' colours.
    const QColor success = StateStyle::color(StatusState::Success, legend.palette());
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y) {
        for (int x = 0; x < image.width() && !found; ++x)
            found = image.pixelColor(x, y) == success;
    }
    QVERIFY(found);
    const QString dir =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../screenshots");
    QDir().mkpath(dir);
    image.save(dir + QStringLiteral("/timeline-legend-%1.png").arg(QTest::currentDataTag()));
}

QTEST_MAIN(TestTimelineLegend)
#include "tst_timelinelegend.moc"
