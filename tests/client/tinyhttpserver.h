#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A minimal HTTP/1.1 server on loopback for client tests that need exact control over the
// bytes (redirects, Link headers, silence): one request per connection, then close.
class TinyHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                    // path and query as sent
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool silent = false; // send nothing and keep the connection open
        // No Content-Length: the body ends when the connection closes (HTTP/1.0 style), so a
        // client can only count what arrives.
        bool closeWithoutLength = false;
        void addHeader(const QByteArray &name, const QByteArray &value)
        {
            headers.append({name, value});
        }
    };
    using Handler = std::function<Response(const Request &)>;

    explicit TinyHttpServer(QObject *parent = nullptr);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<Request> requests() const { return m_requests; }

    static Response json(int status, const QByteArray &body);

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QHostAddress m_address;
    Handler m_handler;
    QList<Request> m_requests;
};
