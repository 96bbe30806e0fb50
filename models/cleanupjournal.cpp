#include "cleanupjournal.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// /2: items of several repositories, keyed "owner/name#d:123"; /1 (one repository, "d:123")
// is still read, its keys given the plan's repository.
constexpr char format[] = "deploydeck-cleanup-journal/2";
constexpr char formatOne[] = "deploydeck-cleanup-journal/1";

std::optional<CleanupJournal::Outcome> outcomeFromName(const QString &name)
{
    if (name == QLatin1String("done"))
        return CleanupJournal::Outcome::Done;
    if (name == QLatin1String("skipped"))
        return CleanupJournal::Outcome::Skipped;
    if (name == QLatin1String("failed"))
        return CleanupJournal::Outcome::Failed;
    return std::nullopt;
}
} // namespace

QString CleanupJournal::fileNameFor(const QList<RepositoryId> &repositories)
{
    if (repositories.size() == 1)
        return repositories.first().owner.toLower() + QLatin1Char('_') +
               repositories.first().name.toLower() + QStringLiteral(".journal");
    QStringList names;
    for (const RepositoryId &r : repositories)
        names.append(r.fullName().toLower());
    names.sort();
    names.removeDuplicates();
    const QByteArray hash =
        QCryptographicHash::hash(names.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QStringLiteral("several_") + QString::fromLatin1(hash) + QStringLiteral(".journal");
}

QString CleanupJournal::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::unique_ptr<CleanupJournal> CleanupJournal::create(const QString &path, const CleanupPlan &plan,
                                                       QString *error)
{
    std::unique_ptr<CleanupJournal> journal(new CleanupJournal);
    journal->m_plan = plan;
    journal->m_file.setFileName(path);
    if (!journal->m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            //: %1 a file name, %2 the system's reason
            *error = tr("Cannot write the cleanup journal %1: %2")
                         .arg(path, journal->m_file.errorString());
        return nullptr;
    }
    if (!journal->append(QJsonObject{{QStringLiteral("format"), QLatin1String(format)},
                                     {QStringLiteral("plan"), plan.toJson()}})) {
        if (error)
            *error = tr("Cannot write the cleanup journal %1: %2")
                         .arg(path, journal->m_file.errorString());
        return nullptr;
    }
    return journal;
}

std::unique_ptr<CleanupJournal> CleanupJournal::open(const QString &path, QString *error)
{
    std::unique_ptr<CleanupJournal> journal(new CleanupJournal);
    journal->m_file.setFileName(path);
    if (!journal->m_file.open(QIODevice::ReadWrite | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot read the cleanup journal %1: %2")
                         .arg(path, journal->m_file.errorString());
        return nullptr;
    }
    const QList<QByteArray> lines = journal->m_file.readAll().split('\n');
    bool headerRead = false;
    QString keyPrefix;   // for a /1 journal
    qint64 validEnd = 0; // a line cut short by a kill is cut off before appending
    qint64 offset = 0;
    for (const QByteArray &line : lines) {
        const qint64 lineEnd = offset + line.size() + 1;
        offset = lineEnd;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            break; // the last line, written halfway
        if (!headerRead) {
            const auto plan = CleanupPlan::fromJson(o.value(QStringLiteral("plan")).toObject());
            const QString version = o.value(QStringLiteral("format")).toString();
            if ((version != QLatin1String(format) && version != QLatin1String(formatOne)) ||
                !plan) {
                if (error)
                    *error = tr("%1 is not a DeployDeck cleanup journal.").arg(path);
                return nullptr;
            }
            journal->m_plan = *plan;
            if (version == QLatin1String(formatOne))
                keyPrefix = plan->repository.fullName() + QLatin1Char('#');
            headerRead = true;
            validEnd = lineEnd;
            continue;
        }
        QString key = o.value(QStringLiteral("item")).toString();
        // A /1 key ("d:123"; an owner name has no ':'), also when a resume appended new ones.
        if (!keyPrefix.isEmpty() &&
            (key.startsWith(QLatin1String("d:")) || key.startsWith(QLatin1String("e:"))))
            key.prepend(keyPrefix);
        Record &record = journal->m_records[key];
        if (o.contains(QStringLiteral("write"))) {
            ++record.writesBegun;
            journal->m_writeTimes.append(
                QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs));
        } else if (const auto outcome =
                       outcomeFromName(o.value(QStringLiteral("outcome")).toString())) {
            record.finished = true;
            record.outcome = *outcome;
            record.reason = o.value(QStringLiteral("reason")).toString();
        }
        validEnd = lineEnd;
    }
    if (!headerRead) {
        if (error)
            *error = tr("%1 is not a DeployDeck cleanup journal.").arg(path);
        return nullptr;
    }
    journal->m_file.resize(std::min(validEnd, journal->m_file.size()));
    journal->m_file.seek(journal->m_file.size());
    return journal;
}

int CleanupJournal::finishedCount() const
{
    int n = 0;
    for (const Record &r : m_records)
        n += r.finished ? 1 : 0;
    return n;
}

bool CleanupJournal::append(const QJsonObject &line)
{
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(text) != text.size())
        return false;
    // To the system now: a process killed after this line still has it on disk.
    return m_file.flush();
}

bool CleanupJournal::beginWrite(const QString &key, const QString &step, const QDateTime &at)
{
    if (!append({{QStringLiteral("item"), key},
                 {QStringLiteral("write"), step},
                 {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}}))
        return false;
    ++m_records[key].writesBegun;
    m_writeTimes.append(at);
    return true;
}

bool CleanupJournal::finish(const QString &key, Outcome outcome, const QString &reason)
{
    QJsonObject line{{QStringLiteral("item"), key},
                     {QStringLiteral("outcome"), outcomeName(outcome)}};
    if (!reason.isEmpty())
        line.insert(QStringLiteral("reason"), reason);
    if (!append(line))
        return false;
    Record &record = m_records[key];
    record.finished = true;
    record.outcome = outcome;
    record.reason = reason;
    return true;
}
