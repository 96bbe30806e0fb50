// UiLanguage: switching installs DeployDeck's and Qt's translations and the default locale,
// and switching back to English restores all three.
#include "models/uilanguage.h"
#include "models/relativetime.h"
#include "models/statusstate.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class UiLanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void appliesKoreanAndBack();
    void appliesJapanese();
    void rememberedChoice();
    void startupLangOption_data();
    void startupLangOption();
    void unknownLangOption();
    void resolvesSystemLanguage_data();
    void resolvesSystemLanguage();
    void offersNativeNames();
    void numbersDatesAndRelativeTimesFollow();
    void eventsReachObjects();
};

namespace {
QString inProgress()
{
    return QCoreApplication::translate("StatusState", "In progress");
}
QString qtCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

// Counts the LanguageChange events the objects it filters get.
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

void UiLanguageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("DeployDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("i18n_uilanguage"));
    QSettings().clear();
    // The environment of `make test` is LC_ALL=C.UTF-8: System means English there.
    QCOMPARE(UiLanguage::current(), UiLanguage::Choice::English);
    QCOMPARE(inProgress(), QStringLiteral("In progress"));
}

void UiLanguageTest::cleanup()
{
    UiLanguage::apply(UiLanguage::Choice::English);
    QSettings().clear();
}

void UiLanguageTest::appliesKoreanAndBack()
{
    QSignalSpy changed(UiLanguage::instance(), &UiLanguage::changed);

    // When Korean is applied
    QVERIFY(UiLanguage::apply(UiLanguage::Choice::Korean));

    // Then DeployDeck's strings, Qt's strings and the locale are Korean
    QCOMPARE(inProgress(), QStringLiteral("진행 중"));
    QCOMPARE(StatusStates::displayName(StatusState::Failure), QStringLiteral("실패"));
    QCOMPARE(qtCancel(), QStringLiteral("취소"));
    QCOMPARE(QLocale().language(), QLocale::Korean);
    // while the API's own values stay as they are on the wire
    QCOMPARE(StatusStates::toApi(StatusState::InProgress), QStringLiteral("in_progress"));
    QCOMPARE(StatusStates::fromApi(u"in_progress"), StatusState::InProgress);
    QCOMPARE(UiLanguage::current(), UiLanguage::Choice::Korean);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<UiLanguage::Choice>(), UiLanguage::Choice::Korean);

    // When English is applied again, everything is English again
    QVERIFY(UiLanguage::apply(UiLanguage::Choice::English));
    QCOMPARE(inProgress(), QStringLiteral("In progress"));
    QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(changed.size(), 2);
}

void UiLanguageTest::appliesJapanese()
{
    QVERIFY(UiLanguage::apply(UiLanguage::Choice::Japanese));
    QCOMPARE(inProgress(), QStringLiteral("進行中"));
    QCOMPARE(StatusStates::displayName(StatusState::Inactive), QStringLiteral("非アクティブ"));
    QCOMPARE(qtCancel(), QStringLiteral("キャンセル"));
    QCOMPARE(QLocale().language(), QLocale::Japanese);

    // Korean straight after Japanese: no Japanese left behind
    QVERIFY(UiLanguage::apply(UiLanguage::Choice::Korean));
    QCOMPARE(inProgress(), QStringLiteral("진행 중"));
    QCOMPARE(qtCancel(), QStringLiteral("취소"));
}

void UiLanguageTest::rememberedChoice()
{
    QCOMPARE(UiLanguage::storedChoice(), UiLanguage::Choice::System);
    UiLanguage::apply(UiLanguage::Choice::Japanese);
    QCOMPARE(UiLanguage::storedChoice(), UiLanguage::Choice::Japanese);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));

    // The next start with no --lang takes the remembered choice
    UiLanguage::apply(UiLanguage::Choice::English);
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ko"));
    QVERIFY(UiLanguage::applyStartup({QStringLiteral("deploydeck")}));
    QCOMPARE(UiLanguage::current(), UiLanguage::Choice::Korean);
    QCOMPARE(UiLanguage::choice(), UiLanguage::Choice::Korean);
}

void UiLanguageTest::startupLangOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<UiLanguage::Choice>("expected");
    QTest::addColumn<QString>("inProgress");
    QTest::addRow("--lang ko") << QStringList{"deploydeck", "export", "--lang", "ko"}
                               << UiLanguage::Choice::Korean << QStringLiteral("진행 중");
    QTest::addRow("--lang=ja") << QStringList{"deploydeck", "--lang=ja"}
                               << UiLanguage::Choice::Japanese << QStringLiteral("進行中");
    QTest::addRow("--lang ja_JP") << QStringList{"deploydeck", "--lang", "ja_JP"}
                                  << UiLanguage::Choice::Japanese << QStringLiteral("進行中");
    QTest::addRow("--lang en") << QStringList{"deploydeck", "--lang", "en"}
                               << UiLanguage::Choice::English << QStringLiteral("In progress");
    QTest::addRow("after --") << QStringList{"deploydeck", "--", "--lang", "ko"}
                              << UiLanguage::Choice::Japanese << QStringLiteral("進行中");
}

void UiLanguageTest::startupLangOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(UiLanguage::Choice, expected);
    QFETCH(QString, inProgress);
    // Given a remembered Japanese, --lang wins for this run without being remembered
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ja"));
    QString error;
    QVERIFY(UiLanguage::applyStartup(arguments, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(UiLanguage::current(), expected);
    QCOMPARE(::inProgress(), inProgress);
    QCOMPARE(UiLanguage::storedChoice(), UiLanguage::Choice::Japanese);
}

void UiLanguageTest::unknownLangOption()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("ko"));
    QString error;
    QVERIFY(!UiLanguage::applyStartup({"deploydeck", "--lang", "xx"}, &error));
    // The remembered language is in effect, and the error is written in it
    QCOMPARE(UiLanguage::current(), UiLanguage::Choice::Korean);
    QVERIFY2(error.contains(QLatin1String("xx")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("언어")), qPrintable(error));
    // --help documents the option, translated too
    QVERIFY2(UiLanguage::commandLineOption().description().contains(QStringLiteral("한국어")),
             qPrintable(UiLanguage::commandLineOption().description()));
    QCOMPARE(UiLanguage::commandLineOption().names(), QStringList{QStringLiteral("lang")});
}

void UiLanguageTest::resolvesSystemLanguage_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<UiLanguage::Choice>("expected");
    QTest::addRow("ko-KR") << QStringList{"ko-KR", "ko"} << UiLanguage::Choice::Korean;
    QTest::addRow("ja-JP") << QStringList{"ja-JP"} << UiLanguage::Choice::Japanese;
    QTest::addRow("de then ja") << QStringList{"de-DE", "ja"} << UiLanguage::Choice::Japanese;
    QTest::addRow("en-GB") << QStringList{"en-GB"} << UiLanguage::Choice::English;
    QTest::addRow("fr only") << QStringList{"fr-FR"} << UiLanguage::Choice::English;
    QTest::addRow("C") << QStringList{"C"} << UiLanguage::Choice::English;
}

void UiLanguageTest::resolvesSystemLanguage()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(UiLanguage::Choice, expected);
    QCOMPARE(UiLanguage::resolveSystem(uiLanguages), expected);
}

void UiLanguageTest::offersNativeNames()
{
    UiLanguage::apply(UiLanguage::Choice::Japanese);
    const QList<UiLanguage::Option> options = UiLanguage::availableChoices();
    QCOMPARE(options.size(), 4);
    QCOMPARE(options.at(0).choice, UiLanguage::Choice::System);
    QCOMPARE(options.at(0).nativeName, QStringLiteral("システムの既定値")); // translated
    QCOMPARE(options.at(1).nativeName, QStringLiteral("English"));          // never translated
    QCOMPARE(options.at(2).nativeName, QStringLiteral("한국어"));
    QCOMPARE(options.at(3).nativeName, QStringLiteral("日本語"));
    for (const UiLanguage::Option &option : options)
        QCOMPARE(UiLanguage::fromCode(option.code), option.choice);
    QVERIFY(!UiLanguage::fromCode(u"de").has_value());
}

void UiLanguageTest::numbersDatesAndRelativeTimesFollow()
{
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    const QDate date(2024, 5, 1);

    UiLanguage::apply(UiLanguage::Choice::Korean);
    QCOMPARE(RelativeTime::format(now.addSecs(-3 * 60), now), QStringLiteral("3분 전"));
    QCOMPARE(RelativeTime::format(now.addSecs(-2 * 3600), now), QStringLiteral("2시간 전"));
    QVERIFY2(QLocale().toString(date, QLocale::LongFormat).contains(QStringLiteral("2024년")),
             qPrintable(QLocale().toString(date, QLocale::LongFormat)));

    UiLanguage::apply(UiLanguage::Choice::Japanese);
    QCOMPARE(RelativeTime::format(now.addSecs(-3 * 60), now), QStringLiteral("3分前"));
    QCOMPARE(RelativeTime::format(now.addSecs(-5 * 86400), now), QStringLiteral("5日前"));
    QVERIFY2(QLocale().toString(date, QLocale::LongFormat).contains(QStringLiteral("2024年")),
             qPrintable(QLocale().toString(date, QLocale::LongFormat)));

    UiLanguage::apply(UiLanguage::Choice::English);
    QVERIFY2(RelativeTime::format(now.addSecs(-3 * 60), now).startsWith(QLatin1String("3 minute")),
             qPrintable(RelativeTime::format(now.addSecs(-3 * 60), now)));
    QVERIFY2(QLocale().toString(date, QLocale::LongFormat).contains(QLatin1String("May")),
             qPrintable(QLocale().toString(date, QLocale::LongFormat)));
}

void UiLanguageTest::eventsReachObjects()
{
    // QCoreApplication tells the application object when translators change; widgets get it
    // through QApplication (tests/i18n/retranslatetest.cpp).
    LanguageChangeCounter counter;
    qApp->installEventFilter(&counter);
    const auto remove = qScopeGuard([&counter] { qApp->removeEventFilter(&counter); });
    UiLanguage::apply(UiLanguage::Choice::Korean);
    QVERIFY(counter.count >= 1);
}

QTEST_GUILESS_MAIN(UiLanguageTest)
#include "uilanguagetest.moc"
