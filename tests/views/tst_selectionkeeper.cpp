// SelectionKeeper: after the selected rows go (deleted, or filtered out), the neighbouring row
// of the sorted and filtered model is selected and current, never a row that is not
// highlighted, and never something the user cannot see.

#include "views/selectionkeeper.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

class SelectionKeeperTest : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_source;
    QSortFilterProxyModel m_proxy;
    std::unique_ptr<SelectionKeeper> m_keeper;
    std::unique_ptr<QItemSelectionModel> m_selection;

    QStringList selectedNames() const
    {
        QStringList names;
        for (const QModelIndex &index : m_selection->selectedRows())
            names.append(index.data().toString());
        names.sort();
        return names;
    }

    void select(const QStringList &names)
    {
        m_selection->clear();
        for (const QString &name : names) {
            const QModelIndex index =
                m_proxy.match(m_proxy.index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly)
                    .value(0);
            QVERIFY(index.isValid());
            m_selection->setCurrentIndex(index,
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    void removeFromSource(const QString &name)
    {
        const QList<QStandardItem *> items = m_source.findItems(name);
        QCOMPARE(items.size(), 1);
        m_source.removeRow(items.first()->row());
    }

private Q_SLOTS:
    void init()
    {
        // Given rows a..f, shown sorted descending (f first), as the table sorts newest first
        m_source.clear();
        for (const char *name : {"c", "a", "e", "b", "f", "d"})
            m_source.appendRow(new QStandardItem(QString::fromLatin1(name)));
        m_proxy.setFilterRegularExpression(QString());
        m_proxy.setSourceModel(&m_source);
        m_proxy.sort(0, Qt::DescendingOrder);
        // The keeper before the selection model, as a view would create it
        m_keeper = std::make_unique<SelectionKeeper>(&m_proxy);
        m_selection = std::make_unique<QItemSelectionModel>(&m_proxy);
        m_keeper->setSelectionModel(m_selection.get());
    }

    void cleanup()
    {
        m_selection.reset();
        m_keeper.reset();
    }

    void neighbourBelowAfterRemoval()
    {
        select({QStringLiteral("d")}); // proxy order: f e d c b a
        QSignalSpy moved(m_keeper.get(), &SelectionKeeper::selectionMoved);
        removeFromSource(QStringLiteral("d"));
        QCOMPARE(selectedNames(), QStringList{QStringLiteral("c")});
        QCOMPARE(m_selection->currentIndex().data().toString(), QStringLiteral("c"));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().first().value<QModelIndex>().data().toString(), QStringLiteral("c"));
    }

    void neighbourAboveWhenTheLastRowGoes()
    {
        select({QStringLiteral("a")});
        removeFromSource(QStringLiteral("a"));
        QCOMPARE(selectedNames(), QStringList{QStringLiteral("b")});
        QCOMPARE(m_selection->currentIndex().data().toString(), QStringLiteral("b"));
    }

    void severalRemovedOneAfterAnother()
    {
        // Given d, c and b selected, removed one by one (a bulk delete)
        select({QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b")});
        removeFromSource(QStringLiteral("c"));
        // Part of the selection is left: it stays, and the current row is one of it
        QCOMPARE(selectedNames(), (QStringList{QStringLiteral("b"), QStringLiteral("d")}));
        QVERIFY(m_selection->isRowSelected(m_selection->currentIndex().row(), {}));
        removeFromSource(QStringLiteral("d"));
        removeFromSource(QStringLiteral("b"));
        // Then the row after the last of them is selected
        QCOMPARE(selectedNames(), QStringList{QStringLiteral("a")});
    }

    void filteredOutMovesToTheVisibleNeighbour()
    {
        select({QStringLiteral("e")});
        m_proxy.setFilterRegularExpression(QStringLiteral("^[abcf]$"));
        QCOMPARE(selectedNames(), QStringList{QStringLiteral("c")});
    }

    void nothingLeftSelectsNothing()
    {
        select({QStringLiteral("f")});
        QSignalSpy moved(m_keeper.get(), &SelectionKeeper::selectionMoved);
        m_proxy.setFilterRegularExpression(QStringLiteral("^x$"));
        QVERIFY(selectedNames().isEmpty());
        QVERIFY(!m_selection->currentIndex().isValid());
        QCOMPARE(moved.size(), 1);
        QVERIFY(!moved.first().first().value<QModelIndex>().isValid());
    }

    void selectsTheFirstRowWhenRowsArrive()
    {
        // Given nothing selected in an empty model, with the option on
        m_keeper->setSelectsFirstRow(true);
        m_source.removeRows(0, m_source.rowCount());
        QVERIFY(!m_selection->hasSelection());
        // When a row arrives, it is selected and current (once the view has counted it)
        m_source.appendRow(new QStandardItem(QStringLiteral("b")));
        QVERIFY(!m_selection->hasSelection());
        QTRY_VERIFY(m_selection->hasSelection());
        QCOMPARE(selectedNames(), QStringList{QStringLiteral("b")});
        QCOMPARE(m_selection->currentIndex().data().toString(), QStringLiteral("b"));
        // And a later arrival, sorted above it, does not take the selection away
        m_source.appendRow(new QStandardItem(QStringLiteral("z")));
        QCoreApplication::processEvents();
        QCOMPARE(selectedNames(), QStringList{QStringLiteral("b")});
    }

    void unselectedRemovalChangesNothing()
    {
        select({QStringLiteral("e")});
        QSignalSpy moved(m_keeper.get(), &SelectionKeeper::selectionMoved);
        removeFromSource(QStringLiteral("a"));
        QCOMPARE(selectedNames(), QStringList{QStringLiteral("e")});
        QCOMPARE(moved.size(), 0);
    }
};

QTEST_GUILESS_MAIN(SelectionKeeperTest)
#include "tst_selectionkeeper.moc"
