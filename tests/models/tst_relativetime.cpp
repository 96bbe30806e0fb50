// RelativeTime and the time columns: "3 minutes ago" against an injected clock, and the
// locale (QLocale(), the UI language) behind numbers and dates in Korean and Japanese.

#include "modelfixtures.h"

#include "models/deploymentmodel.h"
#include "models/relativetime.h"

#include <QLocale>
#include <QTest>

namespace {
const QDateTime now = QDateTime::fromString(QStringLiteral("2024-05-01T12:00:00Z"), Qt::ISODate);
}

class RelativeTimeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void initTestCase() { cleanup(); }

    void english_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::addRow("now") << qint64(0) << "just now";
        QTest::addRow("59 s") << qint64(59) << "just now";
        QTest::addRow("clock skew") << qint64(-30) << "just now";
        QTest::addRow("1 min") << qint64(60) << "1 minute ago";
        QTest::addRow("3 min") << qint64(3 * 60 + 20) << "3 minutes ago";
        QTest::addRow("59 min") << qint64(59 * 60) << "59 minutes ago";
        QTest::addRow("1 h") << qint64(3600) << "1 hour ago";
        QTest::addRow("23 h") << qint64(23 * 3600) << "23 hours ago";
        QTest::addRow("1 day") << qint64(24 * 3600) << "1 day ago";
        QTest::addRow("30 days") << qint64(30 * 24 * 3600) << "30 days ago";
        QTest::addRow("older: a date") << qint64(40 * 24 * 3600) << "3/22/24";
    }

    void english()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        QCOMPARE(RelativeTime::format(now.addSecs(-secondsAgo), now), expected);
    }

    void invalidTime()
    {
        QCOMPARE(RelativeTime::format(QDateTime(), now), QString());
        QCOMPARE(RelativeTime::absolute(QDateTime()), QString());
    }

    void localeFormatting_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea);
        QTest::addRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan);
        QTest::addRow("German (other separators)") << QLocale(QLocale::German, QLocale::Germany);
    }

    void localeFormatting()
    {
        QFETCH(QLocale, locale);
        // Given the UI language
        QLocale::setDefault(locale);
        const QDateTime then = now.addSecs(-3 * 60);
        const QDateTime old = now.addDays(-400);

        // Then dates and times are the locale's, numbers the locale's digits and separators
        QCOMPARE(RelativeTime::absolute(then),
                 locale.toString(then.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(RelativeTime::format(old, now),
                 locale.toString(old.toLocalTime().date(), QLocale::ShortFormat));
        QVERIFY(RelativeTime::format(then, now).contains(locale.toString(3)));
        const QString manyDays = RelativeTime::format(now.addSecs(-1234LL * 60), now);
        QVERIFY2(manyDays.contains(locale.toString(20)), qPrintable(manyDays));
        // The model's columns use the same formatting
        DeploymentStore store(RepositoryId{QStringLiteral("acme"), QStringLiteral("storefront")});
        Fixtures::load(store);
        DeploymentModel model;
        model.setClock([] { return now; });
        model.setStore(&store);
        const QModelIndex created = model.index(0, DeploymentRoles::CreatedColumn);
        QCOMPARE(created.data(Qt::ToolTipRole).toString(),
                 locale.toString(store.entry(0).deployment.createdAtTime().toLocalTime(),
                                 QLocale::ShortFormat));
    }

    void bigNumbersUseLocaleSeparators()
    {
        // %Ln: 1,234 minutes is never shown (hours take over), so check the hours: 1,500 days
        // would be a date. The number formatting itself: QLocale in German groups with '.'.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(RelativeTime::format(now.addSecs(-25 * 24 * 3600), now),
                 QStringLiteral("25 days ago"));
        QCOMPARE(QLocale().toString(1234), QStringLiteral("1.234"));
    }

    void modelFollowsClock()
    {
        // Given a model whose clock says 12:03
        DeploymentStore store(RepositoryId{QStringLiteral("acme"), QStringLiteral("storefront")});
        Fixtures::load(store);
        DeploymentModel model;
        QDateTime clock = now.addSecs(180);
        model.setClock([&clock] { return clock; });
        model.setStore(&store);
        const QModelIndex created = model.index(0, DeploymentRoles::CreatedColumn);
        QCOMPARE(created.data().toString(), QStringLiteral("3 minutes ago"));
        // When time passes, the same cell says more
        clock = now.addSecs(2 * 3600);
        QCOMPARE(created.data().toString(), QStringLiteral("2 hours ago"));
    }
};

QTEST_GUILESS_MAIN(RelativeTimeTest)
#include "tst_relativetime.moc"
