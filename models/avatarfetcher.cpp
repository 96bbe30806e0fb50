#include "avatarfetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

AvatarFetcher::AvatarFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // The default policy; said here because it matters: an https avatar never follows a
    // redirect to plain http. Nothing in the request is secret either way.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

AvatarFetcher::~AvatarFetcher()
{
    cancelAll();
}

bool AvatarFetcher::isSupportedUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() &&
           (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

void AvatarFetcher::fetch(const QUrl &url)
{
    if (m_cache.contains(url)) {
        QTimer::singleShot(0, this, [this, url] {
            if (m_cache.contains(url))
                Q_EMIT fetched(url, m_cache.value(url));
        });
        return;
    }
    if (m_running.value(url))
        return;
    if (!isSupportedUrl(url)) {
        QTimer::singleShot(0, this, [this, url] { Q_EMIT failed(url, Failure::UnsupportedUrl); });
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_transferTimeout);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "image/png, image/jpeg, image/gif, image/webp;q=0.9, */*;q=0.1");
    QNetworkReply *reply = m_network->get(request);
    m_running.insert(url, reply);
    // A reply that announces or delivers more than the cap is aborted at once.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, url, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > MaxBytes) {
            m_aborted.insert(url, Failure::TooLarge);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, url, reply](qint64 received) {
        if (received > MaxBytes && !m_aborted.contains(url)) {
            m_aborted.insert(url, Failure::TooLarge);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, url] { onFinished(url); });
}

void AvatarFetcher::cancelAll()
{
    const auto running = m_running;
    m_running.clear();
    m_aborted.clear();
    for (const QPointer<QNetworkReply> &reply : running) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void AvatarFetcher::onFinished(const QUrl &url)
{
    QPointer<QNetworkReply> reply = m_running.take(url);
    if (!reply)
        return;
    reply->deleteLater();
    if (m_aborted.contains(url)) {
        fail(url, m_aborted.take(url));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        fail(url, Failure::Network);
        return;
    }
    const QByteArray data = reply->read(MaxBytes + 1);
    if (data.size() > MaxBytes) {
        fail(url, Failure::TooLarge);
        return;
    }
    if (data.isEmpty()) {
        fail(url, Failure::Empty);
        return;
    }
    m_cache.insert(url, data);
    Q_EMIT fetched(url, data);
}

void AvatarFetcher::fail(const QUrl &url, Failure failure)
{
    Q_EMIT failed(url, failure);
}
