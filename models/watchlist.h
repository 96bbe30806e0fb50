#pragma once

#include "repositoryid.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QUrl>

class QSettings;

// A repository the overview board watches, with the account that reads it.
struct WatchedRepository
{
    QUrl apiRoot;  // the host's API root (Account::apiRoot)
    QString login; // the account on that host; empty: whichever is signed in there
    RepositoryId repository;
};

// The repositories the overview board watches, across accounts and hosts, in the order they
// were added; a repository is watched once per host. Kept in QSettings ("overview/watched")
// as soon as it changes.
class WatchList : public QObject
{
    Q_OBJECT

public:
    // Uses QSettings() unless `settings` is given (not owned).
    explicit WatchList(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~WatchList() override;

    QList<WatchedRepository> repositories() const { return m_repositories; }
    int count() const { return int(m_repositories.size()); }
    int indexOf(const QUrl &apiRoot, const RepositoryId &repository) const; // -1: not watched
    bool contains(const QUrl &apiRoot, const RepositoryId &repository) const
    {
        return indexOf(apiRoot, repository) >= 0;
    }

    // False when it is watched already (or invalid).
    bool add(const WatchedRepository &repository);
    bool remove(const QUrl &apiRoot, const RepositoryId &repository);

Q_SIGNALS:
    void added(const WatchedRepository &repository); // appended at the end
    void aboutToBeRemoved(int index);
    void removed(const WatchedRepository &repository);

private:
    void save();

    QSettings *m_settings = nullptr;
    bool m_ownsSettings = false;
    QList<WatchedRepository> m_repositories;
};

Q_DECLARE_METATYPE(WatchedRepository)
