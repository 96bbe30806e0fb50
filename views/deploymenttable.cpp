#include "deploymenttable.h"

#include "statusdelegate.h"
#include "timeformat.h"

#include "models/deploymentroles.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>

using namespace DeploymentRoles;

DeploymentTable::DeploymentTable(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("deploymentTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    setItemDelegateForColumn(StateColumn, new StatusDelegate(this));
    // The header gets its sections when a store's model arrives: then the default widths.
    connect(horizontalHeader(), &QHeaderView::sectionCountChanged, this, [this](int oldCount) {
        if (oldCount == 0)
            setDefaultColumns();
    });
}

void DeploymentTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    sortByColumn(CreatedColumn, Qt::DescendingOrder);
    setDefaultColumns();
}

void DeploymentTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitColumns();
    QTableView::changeEvent(event);
}

void DeploymentTable::setDefaultColumns()
{
    QHeaderView *header = horizontalHeader();
    if (header->count() < ColumnCount)
        return;
    const int charWidth = fontMetrics().averageCharWidth();
    setColumnWidth(EnvironmentColumn, charWidth * 16);
    setColumnWidth(RefColumn, charWidth * 16);
    setColumnWidth(TaskColumn, charWidth * 10);
    setColumnWidth(CreatorColumn, charWidth * 12);
    // State, SHA and the two times: as narrow as they can be, then fitColumns() makes them as
    // wide as the current language needs.
    for (int column : {StateColumn, ShaColumn, CreatedColumn, LatestStatusColumn})
        setColumnWidth(column, header->minimumSectionSize());
    // When it happened matters more than who and which task: the times come right after the
    // SHA, so they are on screen next to the details pane.
    const QList<int> order = {StateColumn,   EnvironmentColumn, RefColumn,
                              ShaColumn,     CreatedColumn,     LatestStatusColumn,
                              CreatorColumn, TaskColumn,        DescriptionColumn};
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    fitColumns();
}

void DeploymentTable::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    if (header->count() == 0)
        return;
    QStyleOptionViewItem option;
    option.initFrom(this);
    const QFontMetrics metrics = option.fontMetrics;
    const int margin =
        2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 8;

    QHash<int, int> needed;
    if (auto delegate = qobject_cast<StatusDelegate *>(itemDelegateForColumn(StateColumn)))
        needed[StateColumn] = delegate->preferredWidth(option);
    int hexWidth = 0;
    for (QChar c : QStringLiteral("0123456789abcdef"))
        hexWidth = qMax(hexWidth, metrics.horizontalAdvance(c));
    needed[ShaColumn] = 7 * hexWidth + margin;
    // The longest relative times: 59 minutes, 23 hours, 30 days, and a short date.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int timeWidth = 0;
    for (qint64 seconds : {59 * 60LL, 23 * 3600LL, 30 * 86400LL, 400 * 86400LL}) {
        timeWidth = qMax(
            timeWidth, metrics.horizontalAdvance(TimeFormat::relative(now.addSecs(-seconds), now)));
    }
    needed[CreatedColumn] = timeWidth + margin;
    needed[LatestStatusColumn] = timeWidth + margin;

    const int last = header->logicalIndex(header->count() - 1);
    for (int column = 0; column < header->count(); ++column) {
        if (column == last && header->stretchLastSection())
            continue;
        const int width = qMax(needed.value(column), header->sectionSizeHint(column));
        if (header->sectionSize(column) < width)
            header->resizeSection(column, width);
    }
}

void DeploymentTable::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void DeploymentTable::setPlaceholderShown(bool shown)
{
    m_placeholderShown = shown;
    viewport()->update();
}

void DeploymentTable::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!m_placeholderShown || !model() || model()->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                     m_placeholder);
}
