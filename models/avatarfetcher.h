#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Fetches an account's avatar (GitHub's `avatar_url`) as image bytes for the dialogs. It has its
// own QNetworkAccessManager and sends a bare GET: no Authorization header, no cookies, no CA
// bundle, so a token can never reach the avatar host (avatars.githubusercontent.com or an
// Enterprise host's). Only http(s) URLs are fetched; answers are capped at MaxBytes. Each
// fetch() ends with exactly one fetched() or failed() for that URL, later; an avatar fetched
// once is kept for the run.
class AvatarFetcher : public QObject
{
    Q_OBJECT
public:
    // GitHub's avatars are PNG/JPEG of at most 460x460 (a few tens of KiB); anything much larger
    // is not an avatar, and the bytes are held in memory until decoded.
    static constexpr qint64 MaxBytes = 1024 * 1024;

    enum class Failure {
        UnsupportedUrl, // not http(s), or no host
        Network,        // connection, TLS, HTTP status other than 2xx, timeout
        TooLarge,       // over MaxBytes (Content-Length or what arrived)
        Empty,          // 2xx without a body
    };
    Q_ENUM(Failure)

    explicit AvatarFetcher(QObject *parent = nullptr);
    ~AvatarFetcher() override;

    static bool isSupportedUrl(const QUrl &url);

    // Starts the GET unless one for `url` runs already; an avatar fetched before answers at once
    // (still through fetched(), from the event loop).
    void fetch(const QUrl &url);
    // The bytes of an avatar fetched before (empty if none).
    QByteArray cached(const QUrl &url) const { return m_cache.value(url); }
    void setTransferTimeout(int milliseconds) { m_transferTimeout = milliseconds; }
    // Ends every running fetch without a signal.
    void cancelAll();

Q_SIGNALS:
    void fetched(const QUrl &url, const QByteArray &imageData);
    void failed(const QUrl &url, AvatarFetcher::Failure failure);

private:
    void onFinished(const QUrl &url);
    void fail(const QUrl &url, Failure failure);

    QNetworkAccessManager *m_network = nullptr;
    QHash<QUrl, QPointer<QNetworkReply>> m_running;
    QHash<QUrl, Failure> m_aborted; // a reply aborted by the size cap, until its finished()
    QHash<QUrl, QByteArray> m_cache;
    int m_transferTimeout = 20000;
};
