#pragma once

#include "repositoryentry.h"
#include "repositoryid.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

// The repository picker's list: the recently opened repositories first (most recent on top),
// then the account's repositories, most recently pushed first. Pages of GET /user/repos are
// merged in as they arrive; a repository removed from the list stays hidden from later pages
// until it is added again.
class RepositoryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        RepositoryIdRole = Qt::UserRole + 1, // QVariant of QString "owner/name"
        OwnerRole,
        NameRole,
        CanPushRole,
        ReadOnlyRole,
        PrivateRole,
        PushedAtRole,
        RecentRole,
        DescriptionRole,
    };
    Q_ENUM(Roles)

    explicit RepositoryListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The recently opened repositories, most recent first ("owner/name"; invalid ones skipped).
    void setRecent(const QStringList &fullNames);
    QStringList recent() const;
    // Hidden: removed from the list by the user; later pages do not bring them back.
    void setHidden(const QStringList &fullNames);
    QStringList hidden() const { return m_hidden; }

    // A page of the account's repositories: new ones are inserted in order, known ones updated.
    void mergeAccountRepositories(const QList<RepositoryEntry> &page);
    // Forgets the account's repositories (switching accounts); the recent ones stay.
    void clearAccountRepositories();
    // A repository the user opened (or a checked typed one): on top of the recent ones.
    void addRecent(const RepositoryEntry &entry);
    // Removes the row; returns false when it is not in the list.
    bool removeRepository(const RepositoryId &id);

    int rowOf(const RepositoryId &id) const; // -1 when absent
    std::optional<RepositoryEntry> entry(const RepositoryId &id) const;
    RepositoryEntry entryAt(int row) const { return m_rows.at(row).entry; }
    // Whether the signed-in account's list (GET /user/repos) holds it; a recent row that it
    // does not hold was opened with another account or before signing in.
    bool isAccountRepository(const RepositoryId &id) const;

private:
    struct Row
    {
        RepositoryEntry entry;
        bool recent = false;
        bool fromAccount = false;
    };
    // Where a non-recent row belongs: after the recent ones, by pushedAt (newest first).
    int accountInsertPosition(const RepositoryEntry &entry) const;
    int recentCount() const;
    bool isHidden(const RepositoryId &id) const;

    QList<Row> m_rows;
    QStringList m_hidden;
};
