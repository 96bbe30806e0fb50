#pragma once

#include "cleanupplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

// What a cleanup has done, written as it happens, so a run that was interrupted (a crash, a
// quit, a kill) can be resumed with nothing done twice and nothing left out. A text file of
// JSON lines: the plan first, then for each write "about to send" (with its time, which the
// pacer needs after a resume) and for each item its outcome. Every line is flushed to the
// system before the write it announces is sent; a killed process loses nothing written.
class CleanupJournal
{
    Q_DECLARE_TR_FUNCTIONS(CleanupJournal)
public:
    enum class Outcome { Done, Skipped, Failed };

    struct Record
    {
        bool finished = false;
        Outcome outcome = Outcome::Done;
        QString reason;
        int writesBegun = 0; // writes announced for it (sent, or maybe sent)
    };

    // Starts a new journal at `path` (replacing one there). nullptr with `error` on failure.
    static std::unique_ptr<CleanupJournal> create(const QString &path, const CleanupPlan &plan,
                                                  QString *error = nullptr);
    // Opens an existing journal to resume it (new lines are appended). A last line cut short by
    // a kill is ignored. nullptr with `error` when missing or not a cleanup journal.
    static std::unique_ptr<CleanupJournal> open(const QString &path, QString *error = nullptr);

    // The journal's file name (no directory) for a cleanup of these repositories, the same in
    // the window and on the command line: "owner_name.journal" for one, "several_<hash>.journal"
    // for a set (the hash of their names, in any order).
    static QString fileNameFor(const QList<RepositoryId> &repositories);

    QString path() const { return m_file.fileName(); }
    const CleanupPlan &plan() const { return m_plan; }
    Record record(const QString &key) const { return m_records.value(key); }
    // The send times of the writes announced so far, oldest first.
    QList<QDateTime> writeTimes() const { return m_writeTimes; }
    int finishedCount() const;

    // Before a write is sent. False when the line could not be written (then do not send it).
    bool beginWrite(const QString &key, const QString &step, const QDateTime &at);
    bool finish(const QString &key, Outcome outcome, const QString &reason = {});

    static QString outcomeName(Outcome outcome); // done, skipped, failed

private:
    CleanupJournal() = default;
    bool append(const QJsonObject &line);

    QFile m_file;
    CleanupPlan m_plan;
    QHash<QString, Record> m_records;
    QList<QDateTime> m_writeTimes;
};
