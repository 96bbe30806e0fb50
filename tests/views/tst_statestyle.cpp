#include "views/statestyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

QImage badgeImage(StatusState state, const QPalette &palette)
{
    return StateStyle::pixmap(state, 32, 1.0, palette).toImage();
}

} // namespace

class TestStateStyle : public QObject
{
    Q_OBJECT
private slots:
    void distinctColourAndShape_data();
    void distinctColourAndShape();
    void failureAndErrorDistinguishable_data();
    void failureAndErrorDistinguishable();
    void readableOnPalette_data();
    void readableOnPalette();
    void badgesAreDrawnAtAnySize_data();
    void badgesAreDrawnAtAnySize();
    void pendingWriteLooksDifferent();
    void displayNameKeepsUnknownText();
};

void TestStateStyle::distinctColourAndShape_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addRow("light") << lightPalette();
    QTest::addRow("dark") << darkPalette();
}

void TestStateStyle::distinctColourAndShape()
{
    QFETCH(QPalette, palette);
    const QList<StatusState> states = StateStyle::allStates();
    QCOMPARE(states.size(), 10);
    QSet<QPair<QRgb, int>> pairs;
    QSet<int> shapes;
    QList<QImage> images;
    for (StatusState state : states) {
        pairs.insert({StateStyle::color(state, palette).rgb(), int(StateStyle::shape(state))});
        shapes.insert(int(StateStyle::shape(state)));
        images << badgeImage(state, palette);
    }
    // Every state has its own colour+shape pair, and in fact its own shape: colour is never the
    // only signal.
    QCOMPARE(pairs.size(), states.size());
    QCOMPARE(shapes.size(), states.size());
    // And the badges really are drawn differently.
    for (int i = 0; i < images.size(); ++i) {
        for (int j = i + 1; j < images.size(); ++j)
            QVERIFY2(images.at(i) != images.at(j),
                     qPrintable(QStringLiteral("%1 vs %2").arg(i).arg(j)));
    }
}

void TestStateStyle::failureAndErrorDistinguishable_data()
{
    distinctColourAndShape_data();
}

void TestStateStyle::failureAndErrorDistinguishable()
{
    QFETCH(QPalette, palette);
    const QColor failure = StateStyle::color(StatusState::Failure, palette);
    const QColor error = StateStyle::color(StatusState::Error, palette);
    // Both read as red...
    QVERIFY(failure.hslHue() <= 15 || failure.hslHue() >= 340);
    QVERIFY(error.hslHue() <= 15 || error.hslHue() >= 340);
    // ...but differ clearly in lightness and in shape.
    QVERIFY2(StateStyle::contrastRatio(failure, error) >= 1.5,
             qPrintable(QString::number(StateStyle::contrastRatio(failure, error))));
    QVERIFY(StateStyle::shape(StatusState::Failure) != StateStyle::shape(StatusState::Error));
}

void TestStateStyle::readableOnPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<StatusState>("state");
    for (StatusState state : StateStyle::allStates()) {
        QTest::addRow("light %d", int(state)) << lightPalette() << state;
        QTest::addRow("dark %d", int(state)) << darkPalette() << state;
    }
}

void TestStateStyle::readableOnPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(StatusState, state);
    const QColor color = StateStyle::color(state, palette);
    // WCAG 2.1 non-text contrast: 3:1 against what the badge sits on.
    QVERIFY2(StateStyle::contrastRatio(color, palette.color(QPalette::Base)) >= 3.0,
             qPrintable(color.name()));
    QVERIFY2(StateStyle::contrastRatio(color, palette.color(QPalette::Window)) >= 3.0,
             qPrintable(color.name()));
    // The glyph inside the badge reads against the badge.
    QVERIFY(StateStyle::contrastRatio(StateStyle::glyphColor(state, palette), color) >= 3.0);
    // Bar tints keep the palette's text readable (4.5:1 for text).
    QVERIFY(StateStyle::contrastRatio(StateStyle::tint(state, palette),
                                      palette.color(QPalette::Text)) >= 4.5);
}

void TestStateStyle::badgesAreDrawnAtAnySize_data()
{
    QTest::addColumn<int>("size");
    QTest::addRow("12") << 12;
    QTest::addRow("16") << 16;
    QTest::addRow("48") << 48;
}

void TestStateStyle::badgesAreDrawnAtAnySize()
{
    QFETCH(int, size);
    for (StatusState state : StateStyle::allStates()) {
        const QImage image = StateStyle::pixmap(state, size, 2.0).toImage();
        QCOMPARE(image.width(), size * 2);
        // Something opaque near the badge's edge (ring or fill).
        bool painted = false;
        for (int x = 0; x < image.width() && !painted; ++x)
            painted = qAlpha(image.pixel(x, image.height() / 2)) > 200;
        QVERIFY(painted);
    }
    const QIcon icon = StateStyle::icon(StatusState::Success);
    QVERIFY(!icon.isNull());
    QVERIFY(icon.availableSizes().contains(QSize(16, 16)));
}

void TestStateStyle::pendingWriteLooksDifferent()
{
    const QImage plain = StateStyle::pixmap(StatusState::Success, 24).toImage();
    const QImage pending =
        StateStyle::pixmap(StatusState::Success, 24, 1.0, QPalette(), StateStyle::PendingWrite)
            .toImage();
    QVERIFY(plain != pending);
}

void TestStateStyle::displayNameKeepsUnknownText()
{
    QVERIFY(StateStyle::displayName(StatusState::Unknown, QStringLiteral("rolled_back"))
                .contains(QLatin1String("rolled_back")));
}

QTEST_MAIN(TestStateStyle)
#include "tst_statestyle.moc"
