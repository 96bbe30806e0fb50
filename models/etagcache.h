#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

// Remembers, per request URL, GitHub's ETag with the body and Link header it came with, so a
// `304 Not Modified` (free of rate-limit cost) can reuse the body. Holds no token; it can be
// saved to a file (the command line keeps one in the cache directory) to stay warm across runs.
class ETagCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QByteArray body;
        QByteArray link; // the Link header of the 200 that gave this body
        QByteArray contentType;
    };

    std::optional<Entry> find(const QString &url) const;
    // The ETag alone, empty if none (what a request sends as If-None-Match): no body to
    // decompress.
    QByteArray etag(const QString &url) const;
    void insert(const QString &url, const Entry &entry);
    void remove(const QString &url);
    void clear();
    int size() const { return int(m_entries.size()); }
    QStringList urls() const { return m_entries.keys(); }

    // Keeps at most this many entries (oldest dropped first); 0 = unlimited. Default 20000.
    void setMaximumSize(int entries);

    // A compact binary file; a missing or damaged file loads as empty (returns false).
    bool load(const QString &fileName);
    bool load(QIODevice *device); // the same from an open device (the fuzz target's input)
    bool save(const QString &fileName);
    // True when entries changed since construction, load() or save(): an all-304 refresh
    // leaves the cache unchanged, so its caller can skip rewriting the file.
    bool isModified() const { return m_modified; }

private:
    void insertStored(const QString &url, Entry &&entry);

    QHash<QString, Entry> m_entries; // bodies held compressed
    QHash<QString, quint64> m_ages;
    quint64 m_clock = 0;
    int m_maximumSize = 20000;
    bool m_modified = false;
};
