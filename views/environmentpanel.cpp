#include "environmentpanel.h"

#include "environmentdelegate.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

EnvironmentPanel::EnvironmentPanel(QAbstractItemModel *environments, QWidget *parent)
    : QWidget(parent)
{
    m_caption = new QLabel;
    m_caption->setContentsMargins(4, 4, 4, 0);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setItemDelegate(new EnvironmentDelegate(m_list));
    m_list->setModel(environments);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    // The delegate elides to the width it gets: never a horizontal scroll bar.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    connect(m_list, &QListView::clicked, this, &EnvironmentPanel::environmentActivated);
    connect(m_list, &QListView::activated, this, &EnvironmentPanel::environmentActivated);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_list);
    retranslateUi();
}

void EnvironmentPanel::setCurrentRow(int row)
{
    if (row >= 0)
        m_list->setCurrentIndex(m_list->model()->index(row, 0));
    else
        m_list->clearSelection();
}

void EnvironmentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EnvironmentPanel::retranslateUi()
{
    m_caption->setText(tr("Environments"));
    m_list->setToolTip(
        tr("Click an environment to select its live deployment in the timeline and the table"));
}
