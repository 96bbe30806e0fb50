#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// What has been notified, kept in an append-only file so a transition is never notified twice:
// not after a restart, a crash or a kill. record() writes and flushes the key to disk before it
// returns, so the notification that follows it is already remembered (at most once: a kill
// between the two loses the notification rather than repeating it). Keys older than the
// retention are dropped when the file is read.
class NotificationLog
{
public:
    // `path` empty: <AppDataLocation>/notified.log.
    explicit NotificationLog(const QString &path = {});

    QString path() const { return m_path; }
    bool contains(const QString &key) const { return m_keys.contains(key); }
    // Remembers `key` (false when it was known already or the file could not be written; the
    // key is still remembered for this run then).
    bool record(const QString &key, const QDateTime &at);
    int count() const { return int(m_keys.size()); }

    static constexpr int retentionDays = 60;

private:
    void load();

    QString m_path;
    QHash<QString, QDateTime> m_keys;
    bool m_endsMidLine = false; // a kill cut the last line short: the next one starts afresh
};
