// HelpText: the command line's help laid out by display width, Korean and Japanese included.
#include "app/cli/helptext.h"

#include <QRegularExpression>
#include <QTest>

class HelpTextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displayWidth_data();
    void displayWidth();
    void wrap_data();
    void wrap();
    void everyLineFits_data();
    void everyLineFits();
    void optionTableAlignsDescriptions();
};

void HelpTextTest::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addRow("ascii") << QStringLiteral("--repo") << 6;
    QTest::addRow("japanese") << QStringLiteral("リポジトリ") << 10;
    QTest::addRow("korean") << QStringLiteral("리포지토리") << 10;
    QTest::addRow("mixed") << QStringLiteral("JSON形式") << 8;
    QTest::addRow("full-width punctuation") << QStringLiteral("。（）") << 6;
}

void HelpTextTest::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(HelpText::displayWidth(text), width);
}

void HelpTextTest::wrap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("lines");
    QTest::addRow("english at spaces")
        << QStringLiteral("one two three four") << 9
        << QStringList{QStringLiteral("one two"), QStringLiteral("three"), QStringLiteral("four")};
    // Japanese has no spaces: it breaks between characters...
    QTest::addRow("japanese between characters")
        << QStringLiteral("デプロイの状態") << 8
        << QStringList{QStringLiteral("デプロイ"), QStringLiteral("の状態")};
    // ...but never puts 。 or 、 at the start of a line (kinsoku)
    QTest::addRow("japanese kinsoku")
        << QStringLiteral("状態です。次") << 8
        << QStringList{QStringLiteral("状態で"), QStringLiteral("す。次")};
    // Korean breaks at spaces, as it is written
    QTest::addRow("korean at spaces")
        << QStringLiteral("배포 상태를 출력합니다") << 12
        << QStringList{QStringLiteral("배포 상태를"), QStringLiteral("출력합니다")};
    QTest::addRow("a word longer than the line")
        << QStringLiteral("abcdefghij") << 4
        << QStringList{QStringLiteral("abcd"), QStringLiteral("efgh"), QStringLiteral("ij")};
    QTest::addRow("newlines kept")
        << QStringLiteral("a\nb") << 10 << QStringList{QStringLiteral("a"), QStringLiteral("b")};
}

void HelpTextTest::wrap()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QStringList, lines);
    QCOMPARE(HelpText::wrap(text, width), lines);
}

void HelpTextTest::everyLineFits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("japanese") << QStringLiteral(
        "リポジトリのすべてのデプロイを新しい順に書き出します。JSON（既定）は各デプロイと"
        "そのすべてのステータスを、CSVはデプロイごとに1行と最新の状態を含みます。");
    QTest::addRow("korean") << QStringLiteral(
        "리포지토리의 모든 배포를 최신순으로 출력합니다. JSON(기본값)은 각 배포와 모든 상태를, "
        "CSV는 배포마다 최신 상태와 함께 한 행을 담습니다.");
}

void HelpTextTest::everyLineFits()
{
    QFETCH(QString, text);
    for (int width : {20, 40, 57, 80}) {
        const QStringList lines = HelpText::wrap(text, width);
        QVERIFY(lines.size() > 1);
        QString joined;
        for (const QString &line : lines) {
            QVERIFY2(HelpText::displayWidth(line) <= width, qPrintable(line));
            joined += line;
        }
        // nothing lost but the spaces at the breaks
        QString withoutSpaces = text;
        withoutSpaces.remove(QLatin1Char(' '));
        QCOMPARE(joined.remove(QLatin1Char(' ')), withoutSpaces);
    }
}

void HelpTextTest::optionTableAlignsDescriptions()
{
    const QList<QCommandLineOption> options{
        QCommandLineOption(QStringLiteral("repo"),
                           QStringLiteral("リポジトリ（オーナー/リポジトリ）。"),
                           QStringLiteral("OWNER/REPO")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           QString(QStringLiteral("出力先のファイルです。")).repeated(8),
                           QStringLiteral("FILE")),
    };
    const QStringList lines =
        HelpText::optionTable(options, 60).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 3); // the long description wrapped
    const int column = HelpText::displayWidth(lines.at(0).left(lines.at(0).indexOf(QChar(0x30EA))));
    for (const QString &line : lines) {
        QVERIFY2(HelpText::displayWidth(line) <= 60, qPrintable(line));
        if (!line.startsWith(QLatin1String("  -"))) // continuation lines start in the column
            QCOMPARE(line.indexOf(QRegularExpression(QStringLiteral("\\S"))), column);
    }
}

QTEST_GUILESS_MAIN(HelpTextTest)
#include "tst_helptext.moc"
