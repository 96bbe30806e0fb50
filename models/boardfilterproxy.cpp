#include "boardfilterproxy.h"

#include "boardmodel.h"

BoardFilterProxy::BoardFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void BoardFilterProxy::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateRowsFilter();
}

void BoardFilterProxy::setNameFilter(const QString &text)
{
    if (text == m_name)
        return;
    m_name = text;
    invalidateRowsFilter();
}

void BoardFilterProxy::setEnvironmentPattern(const QString &wildcard)
{
    const QString trimmed = wildcard.trimmed();
    if (trimmed == m_environmentText)
        return;
    m_environmentText = trimmed;
    // "prod" finds "production" as a plain word would; wildcards work as in a shell.
    const QString pattern = trimmed.contains(QLatin1Char('*')) || trimmed.contains(QLatin1Char('?'))
                                ? trimmed
                                : QLatin1Char('*') + trimmed + QLatin1Char('*');
    m_environment =
        QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                               pattern, QRegularExpression::UnanchoredWildcardConversion),
                           QRegularExpression::CaseInsensitiveOption);
    m_environment.setPattern(QLatin1Char('^') + m_environment.pattern() + QLatin1Char('$'));
    invalidateColumnsFilter();
}

bool BoardFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString name = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(BoardModel::RepositoryRole)
                             .toString();
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (!m_owner.isEmpty() && name.left(slash).compare(m_owner, Qt::CaseInsensitive) != 0)
        return false;
    return m_name.isEmpty() || name.mid(slash + 1).contains(m_name, Qt::CaseInsensitive);
}

bool BoardFilterProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (m_environmentText.isEmpty())
        return true;
    const auto kind = sourceModel()
                          ->headerData(sourceColumn, Qt::Horizontal, BoardModel::ColumnKindRole)
                          .value<BoardModel::ColumnKind>();
    if (kind != BoardModel::ColumnKind::Environment)
        return true;
    const QString name = sourceModel()
                             ->headerData(sourceColumn, Qt::Horizontal, BoardModel::EnvironmentRole)
                             .toString();
    return m_environment.match(name).hasMatch();
}

bool BoardFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() > 0) {
        const int a = left.data(BoardModel::SeverityRole).toInt();
        const int b = right.data(BoardModel::SeverityRole).toInt();
        if (a != b)
            return a < b;
    }
    const QString a = left.data(BoardModel::RepositoryRole).toString();
    const QString b = right.data(BoardModel::RepositoryRole).toString();
    return a.compare(b, Qt::CaseInsensitive) < 0;
}
