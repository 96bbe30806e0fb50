#include "repositorypicker.h"

#include "formerror.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

// The repository's full name, and at the right, muted, what kind it is ("recent",
// "read only"). The model says what; this decides how it looks.
class RepositoryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString tagText(const QModelIndex &index)
    {
        QStringList tags;
        if (index.data(RepositoryListModel::RecentRole).toBool())
            tags.append(RepositoryPicker::tr("recent"));
        if (index.data(RepositoryListModel::ReadOnlyRole).toBool())
            tags.append(RepositoryPicker::tr("read only"));
        return tags.join(QStringLiteral(" · "));
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString tag = tagText(index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int margin = opt.fontMetrics.horizontalAdvance(QLatin1Char(' ')) * 2;
        const int tagWidth = tag.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(tag) + margin;
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        // Background, selection and focus as the style draws them; the texts are drawn here so
        // the name is elided before the tag, never under it.
        QStyleOptionViewItem background = opt;
        background.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, opt.widget);
        QStyleOptionViewItem nameOption = opt;
        nameOption.rect.setRight(opt.rect.right() - tagWidth);
        const QRect textRect =
            style->subElementRect(QStyle::SE_ItemViewItemText, &nameOption, opt.widget);
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(opt.text, Qt::ElideMiddle, textRect.width()));
        if (!tag.isEmpty()) {
            QColor muted =
                opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
            painter->setPen(muted);
            QRect tagRect = opt.rect;
            tagRect.setLeft(opt.rect.right() - tagWidth);
            tagRect.adjust(0, 0, -margin / 2, 0);
            painter->drawText(tagRect, Qt::AlignVCenter | Qt::AlignRight, tag);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QString tag = tagText(index);
        if (!tag.isEmpty())
            size.rwidth() += option.fontMetrics.horizontalAdvance(tag) +
                             option.fontMetrics.horizontalAdvance(QLatin1Char(' ')) * 2;
        return size;
    }
};

} // namespace

RepositoryPicker::RepositoryPicker(RepositoryListModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("repositoryPicker"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(RepositoryListModel::RepositoryIdRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filterLabel = new QLabel;
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filterEdit);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &RepositoryPicker::onFilterChanged);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("repositoryList"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new RepositoryDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListView::activated, this, &RepositoryPicker::openCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RepositoryPicker::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] {
            if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0 &&
                !m_filterEdit->text().isEmpty())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            updateStatus();
            updateButtons();
        });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RepositoryPicker::updateStatus);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_problemLabel = FormError::makeLabel(QStringLiteral("problemLabel"));
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto buttons = new QDialogButtonBox;
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_removeButton = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAutoDefault(false);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setAutoDefault(false);
    m_openButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setDefault(true);
    connect(m_removeButton, &QPushButton::clicked, this, &RepositoryPicker::removeCurrent);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &RepositoryPicker::openCurrent);

    m_watchCheck = new QCheckBox;
    m_watchCheck->setObjectName(QStringLiteral("watchCheckBox"));

    auto form = new QFormLayout;
    form->addRow(m_filterLabel, m_filterEdit);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_watchCheck);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    m_filterEdit->setFocus(Qt::OtherFocusReason);
    retranslateUi();
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateStatus();
    updateButtons();
    resize(520, 440);
}

void RepositoryPicker::setPurpose(Purpose purpose)
{
    m_purpose = purpose;
    m_watchCheck->setVisible(purpose == Purpose::Open);
    retranslateUi();
}

bool RepositoryPicker::watchRequested() const
{
    return m_purpose == Purpose::Watch || m_watchCheck->isChecked();
}

void RepositoryPicker::setLoading(bool loading)
{
    m_loading = loading;
    if (loading)
        m_listProblem.clear();
    m_busy->setVisible(m_loading || m_checking);
    updateStatus();
}

void RepositoryPicker::showListProblem(const QString &text)
{
    m_loading = false;
    m_listProblem = text;
    m_busy->setVisible(m_checking);
    updateStatus();
}

void RepositoryPicker::showChecked(const RepositoryEntry &entry)
{
    setChecking(false);
    m_model->addRecent(entry);
    m_chosenWasChecked = true;
    choose(entry);
}

void RepositoryPicker::showNotFound(const RepositoryId &id)
{
    showProblem(tr("%1 was not found, or this account cannot see it.").arg(id.fullName()));
}

void RepositoryPicker::showProblem(const QString &text)
{
    setChecking(false);
    m_problem = text;
    FormError::show(m_problemLabel, text);
    // Return tries again; the typed text stays.
    m_openButton->setDefault(true);
    if (m_openButton->isEnabled())
        m_openButton->setFocus(Qt::OtherFocusReason);
    else
        m_filterEdit->setFocus(Qt::OtherFocusReason);
}

void RepositoryPicker::setChecking(bool checking)
{
    m_checking = checking;
    if (checking && isAncestorOf(focusWidget()))
        setFocus(Qt::OtherFocusReason);
    m_filterEdit->setEnabled(!checking);
    m_list->setEnabled(!checking);
    m_busy->setVisible(m_loading || m_checking);
    updateStatus();
    updateButtons();
}

std::optional<RepositoryId> RepositoryPicker::typedRepository() const
{
    const auto id = RepositoryId::parse(m_filterEdit->text().trimmed());
    if (!id || m_model->rowOf(*id) >= 0)
        return std::nullopt;
    return id;
}

void RepositoryPicker::onFilterChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        FormError::show(m_problemLabel, QString());
    }
    // The best match is ready for Return.
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateStatus();
    updateButtons();
}

void RepositoryPicker::updateButtons()
{
    const bool current = m_list->currentIndex().isValid();
    m_openButton->setEnabled(!m_checking && (current || typedRepository().has_value()));
    m_removeButton->setEnabled(!m_checking && current);
    retranslateUi();
}

void RepositoryPicker::updateStatus()
{
    QString text;
    if (m_checking) {
        if (const auto id = RepositoryId::parse(m_filterEdit->text().trimmed()))
            text = tr("Checking %1 on GitHub…").arg(id->fullName());
    } else if (!m_listProblem.isEmpty()) {
        text = tr("Your repositories could not be loaded: %1").arg(m_listProblem);
    } else if (m_loading) {
        text = tr("Loading your repositories…");
    } else if (m_proxy->rowCount() == 0 && !m_filterEdit->text().trimmed().isEmpty()) {
        text = typedRepository()
                   ? (m_purpose == Purpose::Watch
                          ? tr("%1 is not in the list: Check and Watch asks GitHub for it.")
                          : tr("%1 is not in the list: Check and Open asks GitHub for it."))
                         .arg(typedRepository()->fullName())
                   : tr("No repository matches. Type owner/name to open another one.");
    } else {
        text = tr("%n repositories", nullptr, int(m_proxy->rowCount()));
    }
    m_statusLabel->setText(text);
    FormError::setErrorColor(m_statusLabel, !m_listProblem.isEmpty() && !m_checking);
}

void RepositoryPicker::openCurrent()
{
    if (m_checking)
        return;
    const QModelIndex current = m_list->currentIndex();
    // A complete typed name that is not listed wins over a partial match below it.
    if (const auto typed = typedRepository()) {
        m_problem.clear();
        FormError::show(m_problemLabel, QString());
        setChecking(true);
        Q_EMIT checkRequested(*typed);
        return;
    }
    if (!current.isValid())
        return;
    const auto id =
        RepositoryId::parse(current.data(RepositoryListModel::RepositoryIdRole).toString());
    if (const auto entry = id ? m_model->entry(*id) : std::nullopt) {
        m_chosenWasChecked = false;
        choose(*entry);
    }
}

void RepositoryPicker::choose(const RepositoryEntry &entry)
{
    m_chosen = entry;
    Q_EMIT repositoryChosen(entry);
    accept();
}

void RepositoryPicker::removeCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const auto id =
        RepositoryId::parse(current.data(RepositoryListModel::RepositoryIdRole).toString());
    if (!id || !m_model->removeRepository(*id))
        return;
    Q_EMIT repositoryRemoved(*id);
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(qMin(row, m_proxy->rowCount() - 1), 0));
    updateButtons();
}

void RepositoryPicker::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    // Up and Down in the filter move through the list, so one types and picks.
    if (m_filterEdit->hasFocus() && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        QApplication::sendEvent(m_list, event);
        return;
    }
    if (!enter) {
        QDialog::keyPressEvent(event);
        return;
    }
    auto focused = qobject_cast<QPushButton *>(focusWidget());
    if (focused && focused != m_cancelButton && focused->isEnabled())
        focused->click();
    else if (m_openButton->isEnabled())
        m_openButton->click();
    event->accept();
}

void RepositoryPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateStatus();
    }
    QDialog::changeEvent(event);
}

void RepositoryPicker::retranslateUi()
{
    const bool watch = m_purpose == Purpose::Watch;
    setWindowTitle(watch ? tr("Watch Repository on the Overview") : tr("Open Repository"));
    m_watchCheck->setText(tr("Also &watch it on the Overview"));
    m_filterLabel->setText(tr("&Repository:"));
    m_filterEdit->setPlaceholderText(tr("Type to find, or owner/name"));
    m_removeButton->setText(tr("&Remove from List"));
    if (watch)
        m_openButton->setText(typedRepository() ? tr("&Check and Watch") : tr("&Watch"));
    else
        m_openButton->setText(typedRepository() ? tr("&Check and Open") : tr("&Open"));
}
