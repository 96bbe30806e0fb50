#pragma once

#include "statusstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <limits>
#include <memory>

// How DeploymentStore keeps one deployment and its statuses: compact records (times in msecs,
// repeating texts as indexes into the store's shared tables) and the values derived from them.

namespace StoreTime {
// A time as the records keep it; an invalid QDateTime (an optional field GitHub left out)
// becomes noTime and sorts before every real time, as the invalid QDateTime does.
constexpr qint64 noTime = std::numeric_limits<qint64>::min();

inline qint64 toMsecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : noTime;
}

inline QDateTime toDateTime(qint64 msecs)
{
    return msecs == noTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// Newest first: by creation time, then by id (GitHub's ids grow with time).
inline bool isNewer(qint64 aCreated, qint64 aId, qint64 bCreated, qint64 bId)
{
    if (aCreated != bCreated)
        return aCreated > bCreated;
    return aId > bId;
}
} // namespace StoreTime

// A deployment status as the store keeps it. A large repository has fifty thousand, so
// what repeats (descriptions, environments, URLs, creators) is an index into the store's
// shared tables, and GitHub's text of the state only kept when the enum does not say it.
// DeploymentStore::status() gives it back as a DeploymentStatus.
struct StatusRecord
{
    qint64 id = 0;        // 0 for a status being posted
    qint64 createdAt = 0; // msecs since the epoch (UTC)
    quint32 description = 0;
    quint32 environment = 0; // 0: none named (the deployment's own)
    quint32 logUrl = 0;      // log_url, else the legacy target_url
    quint32 environmentUrl = 0;
    quint32 creator = 0;
    quint32 rawState = 0; // 0: StatusStates::toApi(state)
    StatusState state = StatusState::Unknown;

    QDateTime createdAtTime() const { return StoreTime::toDateTime(createdAt); }
    bool isNewerThan(const StatusRecord &o) const
    {
        return StoreTime::isNewer(createdAt, id, o.createdAt, o.id);
    }
};

// A deployment as the store keeps it: the fields the views show, the repeating texts
// shared, times in msecs, the creator an index (DeploymentStore::user()). The rest of
// GitHub's object is in DeploymentEntry::json; DeploymentStore::deployment() gives a
// Deployment back.
struct DeploymentRecord
{
    qint64 id = 0;
    QString ref;
    QString sha;
    QString task;
    QString environment; // the one it was created for; the entry's environment is where it is now
    QString description; // may be empty (GitHub sends null)
    QJsonValue payload;
    QUrl url;             // as GitHub sent it, unless it is the usual one (usualUrl)
    qint64 createdAt = 0; // msecs since the epoch (UTC)
    qint64 updatedAt = 0; // GitHub's updated_at: moves whenever a status is added
    quint32 creator = 0;
    bool transientEnvironment = false;
    bool productionEnvironment = false;
    bool usualUrl = false; // the url is <repository_url>/deployments/<id>, not kept

    QDateTime createdAtTime() const { return StoreTime::toDateTime(createdAt); }
    QDateTime updatedAtTime() const { return StoreTime::toDateTime(updatedAt); } // may be invalid
    bool isNewerThan(const DeploymentRecord &o) const
    {
        return StoreTime::isNewer(createdAt, id, o.createdAt, o.id);
    }
};

// One deployment with its statuses and the values derived from them.
struct DeploymentEntry
{
    DeploymentRecord deployment;
    QList<StatusRecord> statuses; // confirmed, newest first
    // A status being posted right now (rare: held apart, not inline in every entry).
    std::unique_ptr<StatusRecord> pending;
    QDateTime predictedInactiveAt; // valid: a success elsewhere will retire it
    // GitHub's object (DeploymentStore::json()) as compressed compact text, without its
    // creator when that is one of the shared creator objects (jsonCreator).
    QByteArray json;
    quint32 jsonCreator = 0;
    bool statusesLoaded = false;
    // The deployment's updated_at when its statuses were last fetched: a listing with another
    // one means GitHub added a status since (another client, or auto_inactive).
    qint64 statusesFetchedFor = StoreTime::noTime;
    // Derived, kept current by the store.
    bool active = false;
    QString environment; // where it is now: a status may move it to another environment
    QDateTime endTime;
    int row = -1;

    // The newest status, the pending one included; nullptr when there is none.
    const StatusRecord *latestStatus() const;
    StatusState state() const; // NoStatus, Destroyed for an inactive transient one, ...
    // Inactive or destroyed, and no status being posted for it.
    bool isInactive() const { return !pending && StatusStates::isInactive(state()); }
    QDateTime updatedAt() const;
    // Its statuses may differ from GitHub's: never fetched, GitHub's updated_at moved since,
    // or a state that moves on by itself (queued, in progress, ...).
    bool statusesMayHaveChanged() const;
};
