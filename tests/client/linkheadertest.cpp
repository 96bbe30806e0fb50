// Unit tests of the RFC 8288 Link header parser used for pagination.
#include "models/linkheader.h"

#include <QTest>

class LinkHeaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void relations();
    void emptyAndGarbage();
    void nulByteEnds();
};

void LinkHeaderTest::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QUrl>("expected");

    const QByteArray github =
        "<https://api.github.com/repositories/1/deployments?per_page=100&page=2>; rel=\"next\", "
        "<https://api.github.com/repositories/1/deployments?per_page=100&page=5>; rel=\"last\"";
    QTest::addRow("github next") << github << "next"
                                 << QUrl(QStringLiteral("https://api.github.com/repositories/1/"
                                                        "deployments?per_page=100&page=2"));
    QTest::addRow("github last") << github << "last"
                                 << QUrl(QStringLiteral("https://api.github.com/repositories/1/"
                                                        "deployments?per_page=100&page=5"));
    QTest::addRow("no prev") << github << "prev" << QUrl();

    QTest::addRow("comma and semicolon in URL")
        << QByteArray("<http://h/x?a=1,2;b=3&page=1>; rel=\"prev\", "
                      "<http://h/x?a=1,2;b=3&page=3>; rel=\"next\"")
        << "next" << QUrl(QStringLiteral("http://h/x?a=1,2;b=3&page=3"));
    QTest::addRow("unquoted rel, odd spacing")
        << QByteArray("<http://h/p?page=2>;rel=next ,<http://h/p?page=9>;  rel = last") << "next"
        << QUrl(QStringLiteral("http://h/p?page=2"));
    QTest::addRow("quoted parameter with comma before rel")
        << QByteArray("<http://h/a?page=1>; title=\"a, b; c\"; rel=\"first\", "
                      "<http://h/a?page=2>; title=\"x,y\"; rel=\"next\"")
        << "next" << QUrl(QStringLiteral("http://h/a?page=2"));
    QTest::addRow("several relations in one rel")
        << QByteArray("<http://h/a?page=4>; rel=\"next last\"") << "last"
        << QUrl(QStringLiteral("http://h/a?page=4"));
    QTest::addRow("case-insensitive relation")
        << QByteArray("<http://h/a?page=2>; REL=\"Next\"") << "next"
        << QUrl(QStringLiteral("http://h/a?page=2"));
    QTest::addRow("rel appears inside the URL")
        << QByteArray("<http://h/a?x=rel=\"next\"&page=7>; rel=\"last\"") << "next" << QUrl();
}

void LinkHeaderTest::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, relation);
    QFETCH(QUrl, expected);
    QCOMPARE(LinkHeader::parse(header).url(relation), expected);
}

void LinkHeaderTest::relations()
{
    // Given GitHub's four relations
    const LinkHeader header = LinkHeader::parse(
        "<https://api.github.com/x?page=1>; rel=\"first\", <https://api.github.com/x?page=2>; "
        "rel=\"prev\", <https://api.github.com/x?page=4>; rel=\"next\", "
        "<https://api.github.com/x?page=9>; rel=\"last\"");
    // Then each is found, in order
    QCOMPARE(header.links().size(), 4);
    QCOMPARE(header.links().at(0).relations, QStringList{QStringLiteral("first")});
    QCOMPARE(header.next(), QUrl(QStringLiteral("https://api.github.com/x?page=4")));
    QCOMPARE(header.url(u"first"), QUrl(QStringLiteral("https://api.github.com/x?page=1")));
}

void LinkHeaderTest::emptyAndGarbage()
{
    QVERIFY(LinkHeader::parse(QByteArray()).isEmpty());
    QVERIFY(LinkHeader::parse("garbage, more garbage").isEmpty());
    QVERIFY(LinkHeader::parse("<http://h/unterminated; rel=\"next\"").next().isEmpty());
    // A bad entry does not hide a good one after it
    QCOMPARE(LinkHeader::parse("nonsense; rel=\"prev\", <http://h/a?page=2>; rel=\"next\"").next(),
             QUrl(QStringLiteral("http://h/a?page=2")));
}

void LinkHeaderTest::nulByteEnds()
{
    // Found by fuzz_link_header: a NUL byte outside <...> made the parser loop forever
    const QByteArray header("<http?x>\0\0; rel=\"next\", <https://api.github.com/x?page=5>; >; "
                            "rel=\"last\"",
                            68);
    const LinkHeader parsed = LinkHeader::parse(header);
    QVERIFY(parsed.links().size() <= 2);
    QCOMPARE(LinkHeader::parse(QByteArray("\0", 1)).links().size(), 0);
}

QTEST_GUILESS_MAIN(LinkHeaderTest)
#include "linkheadertest.moc"
