#include "repositorylistmodel.h"

RepositoryListModel::RepositoryListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int RepositoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RepositoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RepositoryEntry &entry = row.entry;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RepositoryIdRole:
        return entry.id.fullName();
    case Qt::ToolTipRole:
        return entry.description.isEmpty() ? QVariant() : QVariant(entry.description);
    case OwnerRole:
        return entry.id.owner;
    case NameRole:
        return entry.id.name;
    case CanPushRole:
        return entry.canPush;
    case ReadOnlyRole:
        return !entry.canPush;
    case PrivateRole:
        return entry.isPrivate;
    case PushedAtRole:
        return entry.pushedAt;
    case RecentRole:
        return row.recent;
    case DescriptionRole:
        return entry.description;
    default:
        return {};
    }
}

QHash<int, QByteArray> RepositoryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RepositoryIdRole, "repositoryId");
    names.insert(OwnerRole, "owner");
    names.insert(NameRole, "name");
    names.insert(CanPushRole, "canPush");
    names.insert(ReadOnlyRole, "readOnly");
    names.insert(PrivateRole, "private");
    names.insert(PushedAtRole, "pushedAt");
    names.insert(RecentRole, "recent");
    names.insert(DescriptionRole, "description");
    return names;
}

int RepositoryListModel::recentCount() const
{
    int count = 0;
    while (count < m_rows.size() && m_rows.at(count).recent)
        ++count;
    return count;
}

bool RepositoryListModel::isHidden(const RepositoryId &id) const
{
    for (const QString &name : m_hidden) {
        if (RepositoryId::parse(name) == std::optional(id))
            return true;
    }
    return false;
}

int RepositoryListModel::rowOf(const RepositoryId &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.id == id)
            return i;
    }
    return -1;
}

std::optional<RepositoryEntry> RepositoryListModel::entry(const RepositoryId &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row).entry;
}

bool RepositoryListModel::isAccountRepository(const RepositoryId &id) const
{
    const int row = rowOf(id);
    return row >= 0 && m_rows.at(row).fromAccount;
}

int RepositoryListModel::accountInsertPosition(const RepositoryEntry &entry) const
{
    int position = recentCount();
    // Newest push first; unknown push times last; ties keep arrival order.
    while (position < m_rows.size()) {
        const QDateTime &other = m_rows.at(position).entry.pushedAt;
        const bool before =
            entry.pushedAt.isValid() && (!other.isValid() || entry.pushedAt > other);
        if (before)
            break;
        ++position;
    }
    return position;
}

void RepositoryListModel::setRecent(const QStringList &fullNames)
{
    // Recent rows go back among the account's (or away), then the new recent ones come on top.
    QList<RepositoryId> ids;
    for (const QString &name : fullNames) {
        const auto id = RepositoryId::parse(name);
        if (id && !ids.contains(*id))
            ids.append(*id);
    }
    for (int i = recentCount() - 1; i >= 0; --i) {
        Row row = m_rows.at(i);
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
        if (row.fromAccount) {
            row.recent = false;
            const int position = accountInsertPosition(row.entry);
            beginInsertRows({}, position, position);
            m_rows.insert(position, row);
            endInsertRows();
        }
    }
    for (int i = 0; i < ids.size(); ++i) {
        Row row;
        const int existing = rowOf(ids.at(i));
        if (existing >= 0) {
            row = m_rows.at(existing);
            beginRemoveRows({}, existing, existing);
            m_rows.removeAt(existing);
            endRemoveRows();
        } else {
            row.entry.id = ids.at(i);
        }
        row.recent = true;
        beginInsertRows({}, i, i);
        m_rows.insert(i, row);
        endInsertRows();
    }
}

QStringList RepositoryListModel::recent() const
{
    QStringList names;
    for (int i = 0; i < recentCount(); ++i)
        names.append(m_rows.at(i).entry.id.fullName());
    return names;
}

void RepositoryListModel::setHidden(const QStringList &fullNames)
{
    m_hidden = fullNames;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!m_rows.at(i).recent && isHidden(m_rows.at(i).entry.id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
}

void RepositoryListModel::mergeAccountRepositories(const QList<RepositoryEntry> &page)
{
    for (const RepositoryEntry &entry : page) {
        if (!entry.id.isValid())
            continue;
        const int existing = rowOf(entry.id);
        if (existing >= 0) {
            Row &row = m_rows[existing];
            row.entry = entry;
            row.fromAccount = true;
            const QModelIndex index = this->index(existing);
            Q_EMIT dataChanged(index, index); // every role
            continue;
        }
        if (isHidden(entry.id))
            continue;
        Row row;
        row.entry = entry;
        row.fromAccount = true;
        const int position = accountInsertPosition(entry);
        beginInsertRows({}, position, position);
        m_rows.insert(position, row);
        endInsertRows();
    }
}

void RepositoryListModel::clearAccountRepositories()
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        Row &row = m_rows[i];
        if (row.recent) {
            row.fromAccount = false;
            continue;
        }
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
}

void RepositoryListModel::addRecent(const RepositoryEntry &entry)
{
    if (!entry.id.isValid())
        return;
    for (int i = int(m_hidden.size()) - 1; i >= 0; --i) {
        if (RepositoryId::parse(m_hidden.at(i)) == std::optional(entry.id))
            m_hidden.removeAt(i);
    }
    Row row;
    const int existing = rowOf(entry.id);
    if (existing >= 0) {
        row = m_rows.at(existing);
        beginRemoveRows({}, existing, existing);
        m_rows.removeAt(existing);
        endRemoveRows();
    }
    row.entry = entry;
    row.recent = true;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(row);
    endInsertRows();
}

bool RepositoryListModel::removeRepository(const RepositoryId &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (!isHidden(id))
        m_hidden.append(id.fullName());
    return true;
}
