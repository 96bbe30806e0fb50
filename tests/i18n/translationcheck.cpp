// The translation check run by `make test`: every tr() string of app/, models/ and views/ is in
// both committed .ts files (lupdate is run over the sources into a temporary file, never over
// the committed ones), and every message is translated: not unfinished, not empty, not left in
// English, placeholders, accelerators and trailing punctuation kept.
#include "tsfile.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
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

// Qt 6.4's lupdate never returns from QCoreApplication::translate(context, text, comment, n)
// when `n` is a call with an expression inside, e.g. int(seconds / 60) or qMax(1, n): the whole
// `make translations` hangs. Found here first, with the place to fix (use a local variable).
QStringList lupdateTraps(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {path + QLatin1String(": ") + file.errorString()};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList traps;
    static const QRegularExpression call(QStringLiteral("\\btranslate\\s*\\("));
    for (auto it = call.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QStringList arguments{QString()};
        int depth = 0;
        QChar quote;
        for (qsizetype i = match.capturedEnd(); i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!quote.isNull()) {
                if (c == QLatin1Char('\\'))
                    arguments.last() += text.mid(i++, 2);
                else if (c == quote)
                    quote = QChar();
                if (c != QLatin1Char('\\'))
                    arguments.last() += c;
                continue;
            }
            if (text.mid(i, 2) == QLatin1String("//")) { // a translator comment, say
                i = text.indexOf(QLatin1Char('\n'), i);
                if (i < 0)
                    break;
                continue;
            }
            if (c == QLatin1Char('"') || c == QLatin1Char('\''))
                quote = c;
            else if (c == QLatin1Char('(') || c == QLatin1Char('{') || c == QLatin1Char('['))
                ++depth;
            else if (c == QLatin1Char(')') || c == QLatin1Char('}') || c == QLatin1Char(']'))
                --depth;
            if (depth < 0)
                break;
            if (depth == 0 && c == QLatin1Char(','))
                arguments.append(QString());
            else
                arguments.last() += c;
        }
        static const QRegularExpression callWithExpression(
            QStringLiteral("\\w\\s*\\([^)]*[-+*/%,]"));
        if (arguments.size() >= 4 && arguments.at(3).contains(callWithExpression)) {
            const int line = int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
            traps.append(QStringLiteral("%1:%2: n = %3")
                             .arg(path)
                             .arg(line)
                             .arg(arguments.at(3).simplified()));
        }
    }
    return traps;
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
    void sourcesAreSafeForLupdate();
    void everySourceStringIsInTheTsFile_data();
    void everySourceStringIsInTheTsFile();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void englishPluralsAreComplete();
    void checkerFindsBrokenTranslations();

private:
    // The messages lupdate finds in the sources now (run once, on the first call).
    const TsFile &freshMessages();

    QTemporaryDir m_dir;
    QStringList m_sources;
    QStringList m_lupdateTraps;
    TsFile m_fresh;
};

void TranslationCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sources = translatableSources();
    QVERIFY2(m_sources.size() > 5, qPrintable(sourceDir));
    for (const QString &source : std::as_const(m_sources))
        m_lupdateTraps += lupdateTraps(source);
}

void TranslationCheck::sourcesAreSafeForLupdate()
{
    QVERIFY2(m_lupdateTraps.isEmpty(),
             qPrintable(QStringLiteral("lupdate (Qt 6.4) hangs on translate(..., n) when n is a "
                                       "call with an expression in it; compute n into a local "
                                       "variable first:%1")
                            .arg(listed(m_lupdateTraps))));
}

const TsFile &TranslationCheck::freshMessages()
{
    if (!m_fresh.messages.isEmpty() || !m_fresh.error.isEmpty())
        return m_fresh;
    if (!m_lupdateTraps.isEmpty()) {
        m_fresh.error = QStringLiteral("lupdate would not return: see sourcesAreSafeForLupdate");
        return m_fresh;
    }
    // A fresh .ts made by lupdate from the sources as they are now, with the options of the
    // update_translations target, in a temporary directory
    const QString freshPath = m_dir.filePath(QStringLiteral("fresh_ko.ts"));
    QStringList arguments = {QStringLiteral("-no-obsolete"),
                             QStringLiteral("-locations"),
                             QStringLiteral("none"),
                             QStringLiteral("-target-language"),
                             QStringLiteral("ko_KR"),
                             QStringLiteral("-I"),
                             sourceDir};
    arguments += m_sources;
    arguments += {QStringLiteral("-ts"), freshPath};
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DEPLOYDECK_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120000)) {
        lupdate.kill();
        lupdate.waitForFinished();
        m_fresh.error = QStringLiteral("lupdate did not finish in 2 minutes");
    } else if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        m_fresh.error =
            QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll());
    } else {
        m_fresh = readTsFile(freshPath);
        if (m_fresh.error.isEmpty() && m_fresh.messages.isEmpty())
            m_fresh.error = QStringLiteral("lupdate found no tr() strings at all");
    }
    return m_fresh;
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
    const TsFile &fresh = freshMessages();
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    const QSet<QString> expected = keys(fresh);
    const QSet<QString> actual = keys(committed);
    const QStringList missing = (expected - actual).values();
    const QStringList stale = (actual - expected).values();
    QVERIFY2(
        missing.isEmpty(),
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
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("deploydeck_%1.ts has %2 problems:%3")
                                                .arg(lang)
                                                .arg(problems.size())
                                                .arg(listed(problems))));
}

// deploydeck_en.ts: English needs only its plural forms ("1 deployment", "2 deployments").
void TranslationCheck::englishPluralsAreComplete()
{
    const TsFile english = readTsFile(committedTs(QStringLiteral("en")));
    QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
    const QStringList problems = englishPluralProblems(english);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("deploydeck_en.ts has %1 problems:%2")
                                                .arg(problems.size())
                                                .arg(listed(problems))));

    const TsFile &fresh = freshMessages();
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QSet<QString> expected;
    for (const TsMessage &message : fresh.messages) {
        if (message.numerus)
            expected.insert(message.key() + QLatin1String(" [plural]"));
    }
    const QStringList missing = (expected - keys(english)).values();
    const QStringList stale = (keys(english) - expected).values();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("plural strings missing from deploydeck_en.ts; run `make "
                                       "translations` and give each its two English forms:%1")
                            .arg(listed(missing))));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("deploydeck_en.ts holds strings no "
                                                        "source has; run `make translations`:%1")
                                             .arg(listed(stale))));
}

// The check itself must catch what it claims to catch.
void TranslationCheck::checkerFindsBrokenTranslations()
{
    // Given a small .ts with one mistake of each kind
    const TsFile broken = readTsFile(QStringLiteral(DEPLOYDECK_I18N_TEST_DATA "/broken_ko.ts"));
    QVERIFY2(broken.error.isEmpty(), qPrintable(broken.error));

    // When it is checked
    const QString problems =
        translationProblems(broken, QStringLiteral("ko_KR")).join(QLatin1Char('\n'));

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
