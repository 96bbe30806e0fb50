// ETagCache on its own: bodies come back as they went in (held compressed), the ETag alone is
// there without a body, and the cache file keeps qCompress's format, so files written before
// and after the cache kept one deflate state load in both.
#include "models/etagcache.h"

#include <QDataStream>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString firstUrl = QStringLiteral("https://api.github.com/repos/octo/a/deployments?page=1");
const QString secondUrl = QStringLiteral("https://api.github.com/repos/octo/a/deployments?page=2");

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

ETagCache::Entry entry(const QByteArray &body, const QByteArray &etag = "W/\"abc\"")
{
    return {etag, body, "<https://api.github.com/x?page=2>; rel=\"next\"", "application/json"};
}

} // namespace

class ETagCacheTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodyComesBackAsItWentIn_data();
    void bodyComesBackAsItWentIn();
    void etagWithoutBody();
    void fileKeepsQCompressFormat();
    void laterBodiesDoNotMixWithEarlierOnes();
};

void ETagCacheTest::bodyComesBackAsItWentIn_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("one byte") << QByteArray("[");
    QTest::addRow("json") << QByteArray(
        "[{\"id\":1,\"state\":\"success\",\"description\":\"배포\"}]");
    QTest::addRow("200 kB of json")
        << QByteArray("{\"sha\":\"a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d\"},").repeated(4000);
    QTest::addRow("incompressible") << randomBytes(70000);
}

void ETagCacheTest::bodyComesBackAsItWentIn()
{
    QFETCH(QByteArray, body);
    ETagCache cache;
    cache.insert(firstUrl, entry(body));
    const std::optional<ETagCache::Entry> found = cache.find(firstUrl);
    QVERIFY(found);
    QCOMPARE(found->body, body);
    QCOMPARE(found->etag, QByteArray("W/\"abc\""));
    QCOMPARE(found->link, QByteArray("<https://api.github.com/x?page=2>; rel=\"next\""));
    QCOMPARE(found->contentType, QByteArray("application/json"));
}

void ETagCacheTest::etagWithoutBody()
{
    ETagCache cache;
    QCOMPARE(cache.etag(firstUrl), QByteArray());
    cache.insert(firstUrl, entry("[1]", "\"v1\""));
    QCOMPARE(cache.etag(firstUrl), QByteArray("\"v1\""));
    QCOMPARE(cache.etag(secondUrl), QByteArray());
    cache.insert(firstUrl, entry("[2]", "\"v2\""));
    QCOMPARE(cache.etag(firstUrl), QByteArray("\"v2\""));
    cache.remove(firstUrl);
    QCOMPARE(cache.etag(firstUrl), QByteArray());
}

void ETagCacheTest::fileKeepsQCompressFormat()
{
    // Given two bodies in a saved cache
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString fileName = directory.filePath(QStringLiteral("etags.cache"));
    const QByteArray json = QByteArray("{\"id\":42,\"url\":\"https://x/42\"},").repeated(300);
    const QByteArray empty;
    {
        ETagCache cache;
        cache.insert(firstUrl, entry(json));
        cache.insert(secondUrl, entry(empty));
        QVERIFY(cache.save(fileName));
    }

    // Then each body in the file is byte for byte what qCompress (level 1) makes
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QDataStream stream(&file);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    qint32 count = 0;
    stream >> magic >> version >> count;
    QCOMPARE(count, 2);
    QHash<QString, QByteArray> stored;
    for (qint32 i = 0; i < count; ++i) {
        QByteArray url;
        QByteArray etag;
        QByteArray link;
        QByteArray contentType;
        QByteArray body;
        stream >> url >> etag >> link >> contentType >> body;
        stored.insert(QString::fromUtf8(url), body);
    }
    QCOMPARE(stream.status(), QDataStream::Ok);
    QCOMPARE(stored.value(firstUrl), qCompress(json, 1));
    QCOMPARE(stored.value(secondUrl), qCompress(empty, 1));

    // And a new cache loads them back
    ETagCache loaded;
    QVERIFY(loaded.load(fileName));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.find(firstUrl)->body, json);
    QCOMPARE(loaded.find(secondUrl)->body, empty);
    QVERIFY(!loaded.isModified());
}

void ETagCacheTest::laterBodiesDoNotMixWithEarlierOnes()
{
    // One deflate state serves every insert: nothing of one body may leak into the next.
    ETagCache cache;
    QList<QByteArray> bodies;
    for (int i = 0; i < 50; ++i) {
        bodies.append(QByteArray::number(i).repeated(i * 37 + 1) + randomBytes(i * 11));
        cache.insert(QStringLiteral("https://x/%1").arg(i), entry(bodies.constLast()));
    }
    for (int i = 0; i < bodies.size(); ++i)
        QCOMPARE(cache.find(QStringLiteral("https://x/%1").arg(i))->body, bodies.at(i));
}

QTEST_GUILESS_MAIN(ETagCacheTest)
#include "etagcachetest.moc"
