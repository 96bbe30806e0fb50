#include "etagcache.h"

#include "clientlimits.h"

#include <QDataStream>
#include <QFile>
#include <QSaveFile>

namespace {
constexpr quint32 fileMagic = 0x44444543; // "DDEC"
constexpr quint32 fileVersion = 3;        // 2: URLs as UTF-8; 3: bodies compressed
// JSON compresses about tenfold; level 1 keeps inserts cheap. A 10,000-deployment repository
// otherwise keeps ~300 MB of status-list bodies alive only to answer 304s.
constexpr int compressionLevel = 1;
} // namespace

namespace {
QByteArray compressBody(const QByteArray &body)
{
    QByteArray compressed = qCompress(body, compressionLevel);
    compressed.squeeze(); // qCompress leaves it the capacity of the uncompressed body
    return compressed;
}
} // namespace

// The size qCompress wrote in front of `compressed` (big-endian), or -1 when it has none.
static qint64 declaredSize(const QByteArray &compressed)
{
    if (compressed.size() < 4)
        return -1;
    const auto byte = [&compressed](int i) {
        return quint32(quint8(compressed.at(i)));
    };
    return qint64((byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3));
}

// A body fit to store: what qCompress makes, holding at most an answer's worth. A damaged cache
// file could otherwise make qUncompress allocate the 4 GiB its first bytes claim.
static bool plausibleBody(const QByteArray &compressed)
{
    const qint64 size = declaredSize(compressed);
    return size >= 0 && size <= ClientLimits::maxResponseBytes;
}

std::optional<ETagCache::Entry> ETagCache::find(const QString &url) const
{
    const auto it = m_entries.constFind(url);
    if (it == m_entries.constEnd() || !plausibleBody(it->body))
        return std::nullopt;
    Entry entry = *it;
    entry.body = qUncompress(entry.body);
    if (entry.body.isEmpty() && declaredSize(it->body) > 0)
        return std::nullopt; // damaged: as if nothing were cached
    return entry;
}

QByteArray ETagCache::etag(const QString &url) const
{
    const auto it = m_entries.constFind(url);
    return it == m_entries.constEnd() ? QByteArray() : it->etag;
}

void ETagCache::insert(const QString &url, const Entry &entry)
{
    if (entry.etag.isEmpty())
        return;
    Entry stored = entry;
    stored.body = compressBody(entry.body);
    insertStored(url, std::move(stored));
}

void ETagCache::insertStored(const QString &url, Entry &&entry)
{
    m_modified = true;
    m_entries.insert(url, std::move(entry));
    m_ages.insert(url, ++m_clock);
    if (m_maximumSize > 0 && m_entries.size() > m_maximumSize) {
        // Drop the oldest tenth at once so inserts stay cheap on average.
        QList<std::pair<quint64, QString>> ages;
        ages.reserve(m_ages.size());
        for (auto it = m_ages.cbegin(); it != m_ages.cend(); ++it)
            ages.append({it.value(), it.key()});
        std::sort(ages.begin(), ages.end());
        const qsizetype drop = m_entries.size() - m_maximumSize + m_maximumSize / 10;
        for (qsizetype i = 0; i < drop && i < ages.size(); ++i) {
            m_entries.remove(ages.at(i).second);
            m_ages.remove(ages.at(i).second);
        }
    }
}

void ETagCache::remove(const QString &url)
{
    if (m_entries.remove(url))
        m_modified = true;
    m_ages.remove(url);
}

void ETagCache::clear()
{
    if (!m_entries.isEmpty())
        m_modified = true;
    m_entries.clear();
    m_ages.clear();
}

void ETagCache::setMaximumSize(int entries)
{
    m_maximumSize = qMax(0, entries);
}

bool ETagCache::load(const QString &fileName)
{
    clear();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return load(&file);
}

bool ETagCache::load(QIODevice *device)
{
    clear();
    QDataStream stream(device);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    qint32 count = 0;
    stream >> magic >> version >> count;
    if (magic != fileMagic || version != fileVersion || count < 0)
        return false;
    m_entries.reserve(qMin(count, 1 << 20));
    m_ages.reserve(qMin(count, 1 << 20));
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        QByteArray url;
        Entry entry;
        stream >> url >> entry.etag >> entry.link >> entry.contentType >> entry.body;
        if (stream.status() == QDataStream::Ok && !entry.etag.isEmpty() &&
            plausibleBody(entry.body))
            insertStored(QString::fromUtf8(url), std::move(entry)); // the body is compressed
    }
    if (stream.status() != QDataStream::Ok) {
        clear();
        m_modified = false;
        return false;
    }
    m_modified = false;
    return true;
}

bool ETagCache::save(const QString &fileName)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream stream(&file);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << fileMagic << fileVersion << qint32(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        stream << it.key().toUtf8() << it->etag << it->link << it->contentType << it->body;
    }
    // Bodies of private repositories: readable by the owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return false;
    m_modified = false;
    return true;
}
