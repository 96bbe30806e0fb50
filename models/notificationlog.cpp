#include "notificationlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <unistd.h>

// One line a key: "<ISO time>\t<key>\n". Keys are made of host, repository, ids and a rule
// name (TransitionTracker), never of API text, so they hold no tab or newline.

NotificationLog::NotificationLog(const QString &path)
    : m_path(path)
{
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/notified.log");
    load();
}

void NotificationLog::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-retentionDays);
    bool dropped = false;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        m_endsMidLine = !line.endsWith('\n');
        line = line.trimmed();
        const int tab = line.indexOf('\t');
        if (tab <= 0) {
            dropped = dropped || !line.isEmpty(); // a line cut short by a kill
            continue;
        }
        const QDateTime at = QDateTime::fromString(QString::fromUtf8(line.left(tab)), Qt::ISODate);
        if (at.isValid() && at < oldest) {
            dropped = true;
            continue;
        }
        m_keys.insert(QString::fromUtf8(line.mid(tab + 1)), at);
    }
    file.close();
    if (!dropped)
        return;
    // Rewritten whole, atomically: a kill now leaves the old file.
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        out.write(it.value().toString(Qt::ISODate).toUtf8() + '\t' + it.key().toUtf8() + '\n');
    if (out.commit())
        m_endsMidLine = false;
}

bool NotificationLog::record(const QString &key, const QDateTime &at)
{
    if (m_keys.contains(key))
        return false;
    m_keys.insert(key, at);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QByteArray line = QByteArray(m_endsMidLine ? "\n" : "") +
                            at.toUTC().toString(Qt::ISODate).toUtf8() + '\t' + key.toUtf8() + '\n';
    const bool written = file.write(line) == line.size() && file.flush();
    // On disk before the notification goes out, so a crash right after cannot repeat it.
    ::fsync(file.handle());
    m_endsMidLine = m_endsMidLine && !written;
    return written;
}
