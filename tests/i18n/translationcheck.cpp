// The translation check run by `make test`: every tr() string of app/, models/ and views/ is in
// both committed .ts files (lupdate is run over the sources into a temporary file, never over
// the committed ones), and every message is translated: not unfinished, not empty, not left in
// English, placeholders, accelerators and trailing punctuation kept.
#include "tsfile.h"

#include <QDirIterator>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString sourceDir = QStringLiteral(DEPLOYDECK_SOURCE_DIR);

QString committedTs(const QString &lang)
{
    return sourceDir + QLatin1String("/translations/deploydeck_") + lang + QLatin1String(".ts");
}

// The same files translations/CMakeLists.txt hands to lupdate; globbed now, so a new file
// counts even before CMake has been re-run.
QStringList translatableSources()
{
    QStringList files;
    for (const char *dir : {"app", "models", "views"}) {
        QDirIterator it(sourceDir + QLatin1Char('/') + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

QSet<QString> keys(const TsFile &file)
{
    QSet<QString> result;
    for (const TsMessage &message : file.messages)
        result.insert(message.key() + (message.numerus ? QLatin1String(" [plural]") : QString()));
    return result;
}

QString listed(QStringList items)
{
    items.sort();
    return QLatin1String("\n  ") + items.join(QLatin1String("\n  "));
}

} // namespace

class TranslationCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySourceStringIsInTheTsFile_data();
    void everySourceStringIsInTheTsFile();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void checkerFindsBrokenTranslations();

private:
    QTemporaryDir m_dir;
    TsFile m_fresh;
};

void TranslationCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList sources = translatableSources();
    QVERIFY2(sources.size() > 5, qPrintable(sourceDir));

    // Given a fresh .ts made by lupdate from the sources as they are now (same options as the
    // update_translations target)
    const QString freshPath = m_dir.filePath(QStringLiteral("fresh_ko.ts"));
    QStringList arguments = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                             QStringLiteral("none"),         QStringLiteral("-target-language"),
                             QStringLiteral("ko_KR"),        QStringLiteral("-I"),
                             sourceDir};
    arguments += sources;
    arguments += {QStringLiteral("-ts"), freshPath};
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DEPLOYDECK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());
    m_fresh = readTsFile(freshPath);
    QVERIFY2(m_fresh.error.isEmpty(), qPrintable(m_fresh.error));
    QVERIFY2(!m_fresh.messages.isEmpty(), "lupdate found no tr() strings at all");
}

void TranslationCheck::everySourceStringIsInTheTsFile_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addRow("ko") << QStringLiteral("ko");
    QTest::addRow("ja") << QStringLiteral("ja");
}

void TranslationCheck::everySourceStringIsInTheTsFile()
{
    QFETCH(QString, lang);
    // When the committed file is read
    const TsFile committed = readTsFile(committedTs(lang));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

    // Then it holds exactly the strings of the sources: none missing, none left over
    const QSet<QString> expected = keys(m_fresh);
    const QSet<QString> actual = keys(committed);
    const QStringList missing = (expected - actual).values();
    const QStringList stale = (actual - expected).values();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 source strings are not in deploydeck_%2.ts; run `make "
                                       "translations` and translate them (translations/README.md):%3")
                            .arg(missing.size())
                            .arg(lang, listed(missing))));
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("deploydeck_%1.ts holds %2 strings no source has any more; "
                                       "run `make translations`:%3")
                            .arg(lang)
                            .arg(stale.size())
                            .arg(listed(stale))));
}

void TranslationCheck::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("tsLanguage");
    QTest::addRow("ko") << QStringLiteral("ko") << QStringLiteral("ko_KR");
    QTest::addRow("ja") << QStringLiteral("ja") << QStringLiteral("ja_JP");
}

void TranslationCheck::everyMessageIsTranslated()
{
    QFETCH(QString, lang);
    QFETCH(QString, tsLanguage);
    const TsFile committed = readTsFile(committedTs(lang));
    QVERIFY(!committed.messages.isEmpty());
    const QStringList problems = translationProblems(committed, tsLanguage);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("deploydeck_%1.ts has %2 problems:%3")
                            .arg(lang)
                            .arg(problems.size())
                            .arg(listed(problems))));
}

// The check itself must catch what it claims to catch.
void TranslationCheck::checkerFindsBrokenTranslations()
{
    // Given a small .ts with one mistake of each kind
    const TsFile broken = readTsFile(QStringLiteral(DEPLOYDECK_I18N_TEST_DATA "/broken_ko.ts"));
    QVERIFY2(broken.error.isEmpty(), qPrintable(broken.error));

    // When it is checked
    const QString problems = translationProblems(broken, QStringLiteral("ko_KR"))
                                 .join(QLatin1Char('\n'));

    // Then each mistake is reported, and the good and exempt messages are not
    const QStringList expected = {
        QStringLiteral("Main | Unfinished: marked unfinished"),
        QStringLiteral("Main | Empty: empty translation"),
        QStringLiteral("Main | Refresh: left identical to English"),
        QStringLiteral("Main | Retry: not written in the language's script"),
        QStringLiteral("Main | Deleted %1: placeholders differ"),
        QStringLiteral("Main | &File: keyboard accelerator &f missing"),
        QStringLiteral("Main | Export…: trailing ellipsis differs"),
        QStringLiteral("Main | Environment:: trailing colon differs"),
        QStringLiteral("Main | %n deployments: 2 plural forms, expected 1"),
        QStringLiteral("Main | Gone: marked vanished"),
    };
    for (const QString &problem : expected)
        QVERIFY2(problems.contains(problem), qPrintable(problem + QLatin1String("\n") + problems));
    QVERIFY2(!problems.contains(QLatin1String("Main | Good")), qPrintable(problems));
    QVERIFY2(!problems.contains(QLatin1String("Main | GitHub")), qPrintable(problems));
    QVERIFY2(!problems.contains(QLatin1String("Main | %1: %2")), qPrintable(problems));
    QCOMPARE(problems.count(QLatin1Char('\n')) + 1, expected.size());
}

QTEST_GUILESS_MAIN(TranslationCheck)
#include "translationcheck.moc"
