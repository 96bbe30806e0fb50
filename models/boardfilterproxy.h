#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

// Filters and sorts the overview board: repositories by owner and by a text in their name,
// environment columns by a wildcard pattern ("prod*", "staging"; the repository column and
// the groups always stay). Sorting column 0 sorts by name; an environment column sorts by how
// bad its state is (failures first), then by name.
class BoardFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BoardFilterProxy(QObject *parent = nullptr);

    void setOwner(const QString &owner); // empty: every owner
    QString owner() const { return m_owner; }
    void setNameFilter(const QString &text); // part of the repository's name, any case
    QString nameFilter() const { return m_name; }
    void setEnvironmentPattern(const QString &wildcard); // empty: every environment
    QString environmentPattern() const { return m_environmentText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_owner;
    QString m_name;
    QString m_environmentText;
    QRegularExpression m_environment;
};
