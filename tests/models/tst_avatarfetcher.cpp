// AvatarFetcher against a tiny loopback HTTP server that records each raw request: the GET
// carries no Authorization (nor Cookie) header, only http(s) URLs are fetched, answers over the
// size cap or with an error status fail, and a fetched avatar is kept.
#include "models/avatarfetcher.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Answers every connection with `response` once the request's headers have arrived.
class RecordingServer : public QTcpServer
{
public:
    RecordingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_pending[socket] += socket->readAll();
                    if (!m_pending[socket].contains("\r\n\r\n"))
                        return;
                    requests.append(m_pending.take(socket));
                    socket->write(response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    static QByteArray answer(const QByteArray &status, const QByteArray &body,
                             bool withLength = true)
    {
        QByteArray head = "HTTP/1.1 " + status + "\r\nContent-Type: image/png\r\n";
        if (withLength)
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return head + "Connection: close\r\n\r\n" + body;
    }

    QByteArray response;
    QList<QByteArray> requests;

private:
    QHash<QTcpSocket *, QByteArray> m_pending;
};

const QByteArray avatarBytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'a');

} // namespace

class TestAvatarFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<RecordingServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void requestCarriesNoCredentials()
    {
        // Given a server that serves an avatar
        m_server->response = RecordingServer::answer("200 OK", avatarBytes);
        AvatarFetcher fetcher;
        QSignalSpy fetched(&fetcher, &AvatarFetcher::fetched);
        // When it is fetched
        const QUrl url = m_server->url(QStringLiteral("/u/1?v=4"));
        fetcher.fetch(url);
        QVERIFY(fetched.wait(5000));
        // Then the bytes arrive, and the request had no Authorization or Cookie header
        QCOMPARE(fetched.first().at(0).toUrl(), url);
        QCOMPARE(fetched.first().at(1).toByteArray(), avatarBytes);
        QCOMPARE(m_server->requests.size(), 1);
        const QByteArray request = m_server->requests.first().toLower();
        QVERIFY2(request.startsWith("get /u/1?v=4 http/1.1\r\n"), request.constData());
        QVERIFY2(!request.contains("\r\nauthorization:"), request.constData());
        QVERIFY2(!request.contains("\r\ncookie:"), request.constData());
        QVERIFY2(!request.contains("token"), request.constData());
    }

    void keepsAFetchedAvatar()
    {
        m_server->response = RecordingServer::answer("200 OK", avatarBytes);
        AvatarFetcher fetcher;
        QSignalSpy fetched(&fetcher, &AvatarFetcher::fetched);
        const QUrl url = m_server->url(QStringLiteral("/u/2"));
        fetcher.fetch(url);
        QVERIFY(fetched.wait(5000));
        // Asked again: answered from memory, no second request
        fetcher.fetch(url);
        QVERIFY(fetched.wait(5000));
        QCOMPARE(fetched.size(), 2);
        QCOMPARE(fetcher.cached(url), avatarBytes);
        QCOMPARE(m_server->requests.size(), 1);
    }

    void refusesOtherSchemes_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
        QTest::addRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/avatar.png"));
        QTest::addRow("data") << QUrl(QStringLiteral("data:image/png;base64,iVBORw0KGgo="));
        QTest::addRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)"));
        QTest::addRow("relative") << QUrl(QStringLiteral("/u/1?v=4"));
        QTest::addRow("empty") << QUrl();
        QTest::addRow("credentials in url") << QUrl(QStringLiteral("https://me:pw@example.test/a"));
    }

    void refusesOtherSchemes()
    {
        QFETCH(QUrl, url);
        AvatarFetcher fetcher;
        QSignalSpy failed(&fetcher, &AvatarFetcher::failed);
        fetcher.fetch(url);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<AvatarFetcher::Failure>(),
                 AvatarFetcher::Failure::UnsupportedUrl);
        QVERIFY(m_server->requests.isEmpty());
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<AvatarFetcher::Failure>("failure");
        const QByteArray big(AvatarFetcher::MaxBytes + 1, 'x');
        QTest::addRow("announced over the cap")
            << RecordingServer::answer("200 OK", big) << AvatarFetcher::Failure::TooLarge;
        QTest::addRow("over the cap, no length")
            << RecordingServer::answer("200 OK", big, false) << AvatarFetcher::Failure::TooLarge;
        QTest::addRow("404") << RecordingServer::answer("404 Not Found", "missing")
                             << AvatarFetcher::Failure::Network;
        QTest::addRow("empty") << RecordingServer::answer("200 OK", QByteArray())
                               << AvatarFetcher::Failure::Empty;
    }

    void failures()
    {
        QFETCH(QByteArray, response);
        QFETCH(AvatarFetcher::Failure, failure);
        m_server->response = response;
        AvatarFetcher fetcher;
        QSignalSpy failed(&fetcher, &AvatarFetcher::failed);
        QSignalSpy fetched(&fetcher, &AvatarFetcher::fetched);
        fetcher.fetch(m_server->url(QStringLiteral("/avatar")));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<AvatarFetcher::Failure>(), failure);
        QVERIFY(fetched.isEmpty());
    }

private:
    std::unique_ptr<RecordingServer> m_server;
};

QTEST_GUILESS_MAIN(TestAvatarFetcher)
#include "tst_avatarfetcher.moc"
