// WritePacer: GitHub's secondary limits for writes (80 a minute, 500 an hour, a second apart),
// with time passed in: numbers only, no clock.
#include "models/writepacer.h"

#include <QTest>

namespace {
const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-06-01T00:00:00Z"), Qt::ISODate);

// Sends `writes` writes, each at its earliest slot; returns their times (ms after t0).
QList<qint64> run(WritePacer &pacer, int writes, int count = 1)
{
    QList<qint64> times;
    QDateTime at = t0;
    for (int i = 0; i < writes; i += count) {
        at = pacer.nextSlot(at, count);
        pacer.record(at, count);
        for (int k = 0; k < count; ++k)
            times.append(t0.msecsTo(at));
    }
    return times;
}

// The most writes in any window of `seconds` (a window (t - length, t]).
int mostInWindow(const QList<qint64> &times, qint64 seconds)
{
    int most = 0;
    qsizetype first = 0;
    for (qsizetype i = 0; i < times.size(); ++i) {
        while (times[first] <= times[i] - seconds * 1000)
            ++first;
        most = std::max(most, int(i - first + 1));
    }
    return most;
}
} // namespace

class tst_WritePacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitsAreNeverExceeded_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("writes");
        QTest::addColumn<int>("together");
        QTest::addColumn<qint64>("lastAtSeconds");
        // A second apart: the minute never binds (60 < 80); the 501st waits for the hour.
        QTest::addRow("GitHub's pace, 500 writes") << 1000 << 500 << 1 << qint64(499);
        QTest::addRow("GitHub's pace, 501 writes") << 1000 << 501 << 1 << qint64(3600);
        // Without the interval the minute binds: 80, then a minute later 80 more...
        QTest::addRow("no interval, 160 writes") << 0 << 160 << 1 << qint64(60);
        QTest::addRow("no interval, 500 writes") << 0 << 500 << 1 << qint64(360);
        QTest::addRow("no interval, 600 writes") << 0 << 600 << 1 << qint64(3600 + 60);
        QTest::addRow("pairs (inactive + delete)") << 0 << 200 << 2 << qint64(120);
    }

    void limitsAreNeverExceeded()
    {
        QFETCH(int, interval);
        QFETCH(int, writes);
        QFETCH(int, together);
        QFETCH(qint64, lastAtSeconds);
        WritePacer pacer(WritePacer::gitHubWindows(), interval);
        const QList<qint64> times = run(pacer, writes, together);
        QCOMPARE(times.size(), writes);
        QVERIFY(mostInWindow(times, 60) <= 80);
        QVERIFY(mostInWindow(times, 3600) <= 500);
        for (qsizetype i = 1; i < times.size(); i += together)
            QVERIFY(i % together != 0 || times[i] - times[i - 1] >= interval);
        QCOMPARE(times.last() / 1000, lastAtSeconds);
    }

    void earlierWritesCount()
    {
        // A resumed run: 80 writes were made in the last 30 s by the killed process.
        WritePacer pacer(WritePacer::gitHubWindows(), 0);
        for (int i = 0; i < 80; ++i)
            pacer.record(t0.addMSecs(-30000 + i * 100));
        QCOMPARE(pacer.nextSlot(t0), t0.addSecs(30)); // the first of them leaves the minute
        QCOMPARE(pacer.recorded(), 80);
    }

    void estimateEnd()
    {
        WritePacer pacer; // GitHub's: a second apart, 500 an hour
        QCOMPARE(pacer.estimateEnd(t0, 0), t0);
        QCOMPARE(pacer.estimateEnd(t0, 10), t0.addSecs(9));
        QCOMPARE(pacer.estimateEnd(t0, 502), t0.addSecs(3601));
        // Estimating does not record anything.
        QCOMPARE(pacer.recorded(), 0);
        QCOMPARE(pacer.nextSlot(t0), t0);
    }
};

QTEST_GUILESS_MAIN(tst_WritePacer)
#include "tst_writepacer.moc"
