#pragma once

#include "deploymentstore.h"
#include "notificationlog.h"
#include "notificationrules.h"
#include "repositoryid.h"
#include "statusstate.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <map>

class QSettings;

// One transition a rule asks to be told about.
struct DeploymentTransition
{
    enum class Kind {
        Failed,         // failure or error
        Succeeded,      // success
        Overdue,        // queued or in progress for longer than the rule's minutes
        MarkedInactive, // marked inactive by someone else (not a write of this app)
    };
    Kind kind = Kind::Failed;
    RepositoryId repository;
    QUrl apiRoot;
    qint64 deploymentId = 0;
    QString environment;
    bool production = false;
    StatusState state = StatusState::Unknown;
    QString ref;
    QString sha;
    QString description; // API text: show as plain text
    QString creator;     // who set the state (a login)
    QUrl logUrl;         // as GitHub gave it: open only if http(s)
    QDateTime since;     // when the state was set (for Overdue: when the wait began)
    int overdueMinutes = 0;
    QString key; // what NotificationLog remembers
};
Q_DECLARE_METATYPE(DeploymentTransition)

// Watches the stores of the repositories someone cares about and tells, exactly once, when a
// deployment goes through a transition its environment's rule asks for (NotificationRules).
//
// How a store is watched:
//   addStore(repository, apiRoot, store)  starts watching it (not owned; a destroyed store is
//                                         dropped by itself)
//   removeStore(store)                    stops
// The window's RepositorySession store and the board's stores are given the same way; a
// repository watched through two stores still notifies once (NotificationLog keys).
//
// Never a flood on first load: a deployment's state becomes known the first time its statuses
// are loaded, silently; only later changes are transitions. A deployment that appears after the
// store's first listing (its loadState() was Ready once), or that was created after the store
// was given here, is new: its first state is a transition from nothing. The confirmed statuses
// count, not a status being posted; a status this app posted (the store's pending write, and what
// its success predicted inactive) is "this app's" and never notifies (the inactive rule says "by
// someone else"; a failure or success this app's user posted is no news to them either). Overdue is
// checked against the clock (setClock), each minute and on checkOverdue(), and only when the limit
// passed while the deployment was watched.
//
// Each transition is written to the NotificationLog before transitionOccurred() is emitted.
class TransitionTracker : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // The worst latest state over the watched environments (transient ones left out), and where.
    struct Worst
    {
        StatusState state = StatusState::NoStatus;
        RepositoryId repository;
        QString environment;
        int failing = 0; // environments whose latest deployment is failure or error
        friend bool operator==(const Worst &a, const Worst &b)
        {
            return a.state == b.state && a.repository == b.repository &&
                   a.environment == b.environment && a.failing == b.failing;
        }
        friend bool operator!=(const Worst &a, const Worst &b) { return !(a == b); }
    };

    // `logPath` empty: NotificationLog's default file; `settings` null: QSettings() (rules).
    explicit TransitionTracker(const QString &logPath = {}, QSettings *settings = nullptr,
                               QObject *parent = nullptr);
    ~TransitionTracker() override;

    void setClock(Clock clock); // default: current UTC
    QDateTime now() const { return m_clock(); }

    void addStore(const RepositoryId &repository, const QUrl &apiRoot, DeploymentStore *store);
    void removeStore(DeploymentStore *store);
    bool isWatching(const DeploymentStore *store) const;
    QList<DeploymentStore *> stores() const;
    struct WatchedRepository
    {
        DeploymentStore *store = nullptr;
        RepositoryId repository;
        QUrl apiRoot;
        QString host;
    };
    QList<WatchedRepository> watchedRepositories() const;

    NotificationRules &rules() { return m_rules; }
    const NotificationLog &log() const { return m_log; }

    Worst worst() const { return m_worst; }
    static QString hostOf(const QUrl &apiRoot);
    // How bad a state is for the tray: failure/error 3, waiting or running 2, success 1, else 0.
    static int severity(StatusState state);

public Q_SLOTS:
    // Looks for deployments waiting or running past their rule's minutes (also each minute).
    void checkOverdue();

Q_SIGNALS:
    void transitionOccurred(const DeploymentTransition &transition);
    void worstChanged(const TransitionTracker::Worst &worst);

private:
    struct Known
    {
        StatusState state = StatusState::NoStatus;
        qint64 statusId = 0;
        qint64 runStart = StoreTime::noTime; // the wait began (queued/pending/in_progress)
        qint64 runStatusId = 0;
        qint64 knownSince = 0; // our clock, msecs
    };
    struct Watched
    {
        RepositoryId repository;
        QUrl apiRoot;
        QString host;
        bool listed = false;   // the first listing is over: inserts are new deployments
        qint64 watchStart = 0; // our clock: a deployment created later is new, whatever the load
                               // state says (a feeder that never reports Ready)
        QHash<qint64, Known> known;
        QSet<qint64> fresh;                    // new, statuses not loaded yet
        QHash<qint64, StatusState> ownPending; // this app is posting that state
        QSet<qint64> ownInactive;              // this app's success will retire it
        QList<QMetaObject::Connection> connections;
    };

    void examine(DeploymentStore *store, Watched &watched, int row);
    Known knownFrom(const DeploymentStore::Entry &entry) const;
    void evaluate(const DeploymentStore *store, const Watched &watched,
                  const DeploymentStore::Entry &entry, const Known &prior, const Known &now);
    void fire(const DeploymentStore *store, const Watched &watched,
              const DeploymentStore::Entry &entry, DeploymentTransition::Kind kind, qint64 statusId,
              const NotificationRules::Rule &rule);
    void scheduleWorst();
    void updateWorst();

    NotificationLog m_log;
    NotificationRules m_rules;
    Clock m_clock;
    std::map<DeploymentStore *, Watched> m_watched;
    QTimer m_overdueTimer;
    bool m_worstScheduled = false;
    Worst m_worst;
};
Q_DECLARE_METATYPE(TransitionTracker::Worst)
