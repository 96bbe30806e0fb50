// (detailspane.cpp is over 700 lines: the one-, several- and none-selected layouts share their
// widgets and retranslation; splitting the several-selected summary out is the next step.)
#include "detailspane.h"

#include "models/deploymentroles.h"
#include "models/statusstate.h"
#include "statestyle.h"
#include "statushistorydelegate.h"
#include "timeformat.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

struct DetailsPane::UrlField
{
    QWidget *container = nullptr;
    QPushButton *link = nullptr;
    QLabel *plain = nullptr;
    QToolButton *copy = nullptr;
    QUrl url;
};

namespace {
// The system's fixed font, insisting on fixed pitch: fontconfig's "monospace" match depends on
// which fonts a machine happens to have.
QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    return font;
}
} // namespace

namespace {

QLabel *plainLabel(QWidget *parent, bool wrap = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(wrap);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_logUrl(new UrlField)
    , m_environmentUrl(new UrlField)
{
    auto *stack = new QStackedLayout(this);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    stack->addWidget(m_emptyLabel);

    m_content = new QWidget(this);
    stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(8, 8, 8, 8);

    // Header, one deployment: badge, "ref → environment", state.
    m_singleHeader = new QWidget(m_content);
    auto *header = new QHBoxLayout(m_singleHeader);
    header->setContentsMargins(0, 0, 0, 0);
    m_titleBadge = new QLabel(m_content);
    m_titleBadge->setTextFormat(Qt::PlainText);
    m_titleBadge->setFixedSize(32, 32);
    header->addWidget(m_titleBadge, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = plainLabel(m_content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = plainLabel(m_content);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    layout->addWidget(m_singleHeader);

    // Header, several deployments: "3 deployments selected", how many are live and inactive.
    m_multiHeader = new QWidget(m_content);
    auto *multiTitles = new QVBoxLayout(m_multiHeader);
    multiTitles->setContentsMargins(0, 0, 0, 0);
    multiTitles->setSpacing(0);
    m_multiTitle = plainLabel(m_multiHeader);
    m_multiTitle->setObjectName(QStringLiteral("selectionTitle"));
    m_multiTitle->setFont(titleFont);
    m_multiSubtitle = plainLabel(m_multiHeader);
    m_multiSubtitle->setForegroundRole(QPalette::PlaceholderText);
    multiTitles->addWidget(m_multiTitle);
    multiTitles->addWidget(m_multiSubtitle);
    layout->addWidget(m_multiHeader);

    // Actions.
    auto *actions = new QHBoxLayout;
    m_markInactive = new QPushButton(m_content);
    m_markInactive->setIcon(StateStyle::icon(StatusState::Inactive, palette()));
    m_markInactive->setObjectName(QStringLiteral("markInactiveButton"));
    m_newStatus = new QPushButton(m_content);
    m_newStatus->setObjectName(QStringLiteral("newStatusButton"));
    m_newStatus->setIcon(StateStyle::icon(StatusState::InProgress, palette()));
    m_delete = new QPushButton(m_content);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    actions->addWidget(m_markInactive);
    actions->addWidget(m_newStatus);
    actions->addStretch(1);
    actions->addWidget(m_delete);
    layout->addLayout(actions);
    // The ids read at the last refresh: exactly what the pane shows, never a row that has
    // changed or gone since.
    connect(m_markInactive, &QPushButton::clicked, this, [this] {
        if (!m_ids.isEmpty())
            emit markInactiveRequested(m_ids);
    });
    connect(m_newStatus, &QPushButton::clicked, this, [this] {
        if (m_ids.size() == 1)
            emit newStatusRequested(m_ids.constFirst());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_ids.isEmpty())
            emit deleteRequested(m_ids);
    });

    // Several deployments: counts per state and environment, and which ones they are.
    m_multiBody = new QWidget(m_content);
    auto *multiLayout = new QVBoxLayout(m_multiBody);
    multiLayout->setContentsMargins(0, 0, 0, 0);
    m_multiForm = new QFormLayout;
    m_multiForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_multiForm->setLabelAlignment(Qt::AlignLeft);
    m_multiForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto addMultiRow = [this](const QString &key, QLabel *field) {
        auto *caption = new QLabel(m_multiBody);
        caption->setTextFormat(Qt::PlainText);
        caption->setForegroundRole(QPalette::PlaceholderText);
        m_fieldLabels.insert(key, caption);
        field->setObjectName(key);
        m_multiForm->addRow(caption, field);
    };
    m_multiStates = plainLabel(m_multiBody, true);
    m_multiEnvironments = plainLabel(m_multiBody, true);
    m_multiList = plainLabel(m_multiBody, true);
    addMultiRow(QStringLiteral("selectionStates"), m_multiStates);
    addMultiRow(QStringLiteral("selectionEnvironments"), m_multiEnvironments);
    addMultiRow(QStringLiteral("selectionDeployments"), m_multiList);
    multiLayout->addLayout(m_multiForm);
    multiLayout->addStretch(1);
    layout->addWidget(m_multiBody, 1);

    // One deployment: its fields, payload and status history.
    m_singleBody = new QWidget(m_content);
    auto *singleLayout = new QVBoxLayout(m_singleBody);
    singleLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_singleBody, 1);

    // Fields.
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    auto addRow = [this](const QString &key, QWidget *field) {
        auto *caption = new QLabel(m_content);
        caption->setTextFormat(Qt::PlainText);
        caption->setForegroundRole(QPalette::PlaceholderText);
        m_fieldLabels.insert(key, caption);
        m_form->addRow(caption, field);
    };
    m_id = plainLabel(m_content);
    m_environment = plainLabel(m_content);
    m_ref = plainLabel(m_content);
    // The full SHA has a row of its own under its caption, as wide as the pane, and the pane is
    // never narrower than the 40 characters: a release manager compares all of them.
    m_sha = plainLabel(m_content);
    m_sha->setFont(monospaceFont());
    m_sha->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_sha->setMinimumWidth(QFontMetrics(m_sha->font()).horizontalAdvance(QString(40, u'0')) + 2);
    m_copySha = new QToolButton(m_content);
    m_copySha->setAutoRaise(true);
    connect(m_copySha, &QToolButton::clicked, this, &DetailsPane::copySha);
    auto *shaCaptionRow = new QWidget(m_content);
    auto *shaCaptionLayout = new QHBoxLayout(shaCaptionRow);
    shaCaptionLayout->setContentsMargins(0, 0, 0, 0);
    m_task = plainLabel(m_content);
    m_creator = plainLabel(m_content);
    m_created = plainLabel(m_content);
    m_state = plainLabel(m_content);
    m_flags = plainLabel(m_content);
    m_description = plainLabel(m_content, true);

    auto makeUrlField = [this](UrlField *field) {
        field->container = new QWidget(m_content);
        auto *row = new QHBoxLayout(field->container);
        row->setContentsMargins(0, 0, 0, 0);
        field->link = new QPushButton(field->container);
        field->link->setFlat(true);
        field->link->setCursor(Qt::PointingHandCursor);
        field->link->setStyleSheet(QStringLiteral("text-align: left; padding: 0px;"));
        QFont font = field->link->font();
        font.setUnderline(true);
        field->link->setFont(font);
        QPalette pal = field->link->palette();
        pal.setColor(QPalette::ButtonText, pal.color(QPalette::Link));
        field->link->setPalette(pal);
        field->link->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        field->link->installEventFilter(this); // re-elides the URL when its width changes
        field->plain = plainLabel(field->container);
        field->copy = new QToolButton(field->container);
        field->copy->setAutoRaise(true);
        row->addWidget(field->link, 1);
        row->addWidget(field->plain, 1);
        row->addWidget(field->copy);
        connect(field->link, &QPushButton::clicked, this,
                [this, field] { openWebUrl(field->url); });
        connect(field->copy, &QToolButton::clicked, this, [this, field] {
            if (field->url.isEmpty())
                return;
            QGuiApplication::clipboard()->setText(field->url.toString());
            emit urlCopied(field->url);
        });
    };
    makeUrlField(m_logUrl);
    makeUrlField(m_environmentUrl);
    m_logUrl->link->setObjectName(QStringLiteral("logUrlLink"));
    m_logUrl->plain->setObjectName(QStringLiteral("logUrlText"));
    m_environmentUrl->link->setObjectName(QStringLiteral("environmentUrlLink"));
    m_environmentUrl->plain->setObjectName(QStringLiteral("environmentUrlText"));
    m_copyUrl = m_environmentUrl->copy;

    addRow(QStringLiteral("state"), m_state);
    addRow(QStringLiteral("id"), m_id);
    addRow(QStringLiteral("environment"), m_environment);
    addRow(QStringLiteral("ref"), m_ref);
    {
        auto *caption = new QLabel(shaCaptionRow);
        caption->setTextFormat(Qt::PlainText);
        caption->setForegroundRole(QPalette::PlaceholderText);
        m_fieldLabels.insert(QStringLiteral("sha"), caption);
        shaCaptionLayout->addWidget(caption);
        shaCaptionLayout->addStretch(1);
        shaCaptionLayout->addWidget(m_copySha);
        m_form->addRow(shaCaptionRow);
        m_form->addRow(m_sha);
    }
    addRow(QStringLiteral("task"), m_task);
    addRow(QStringLiteral("creator"), m_creator);
    addRow(QStringLiteral("created"), m_created);
    addRow(QStringLiteral("flags"), m_flags);
    addRow(QStringLiteral("description"), m_description);
    addRow(QStringLiteral("logUrl"), m_logUrl->container);
    addRow(QStringLiteral("environmentUrl"), m_environmentUrl->container);
    singleLayout->addLayout(m_form);

    m_payloadCaption = new QLabel(m_content);
    m_payloadCaption->setTextFormat(Qt::PlainText);
    QFont captionFont = m_payloadCaption->font();
    captionFont.setBold(true);
    m_payloadCaption->setFont(captionFont);
    singleLayout->addWidget(m_payloadCaption);
    m_payload = new QPlainTextEdit(m_content);
    m_payload->setReadOnly(true);
    m_payload->setFont(monospaceFont());
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    singleLayout->addWidget(m_payload);

    m_historyCaption = new QLabel(m_content);
    m_historyCaption->setTextFormat(Qt::PlainText);
    m_historyCaption->setFont(captionFont);
    singleLayout->addWidget(m_historyCaption);
    m_history = new QListView(m_content);
    m_history->setObjectName(QStringLiteral("statusHistory"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setResizeMode(QListView::Adjust);
    m_history->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_history->setWordWrap(true);
    m_history->setFrameShape(QFrame::NoFrame);
    m_history->setMouseTracking(true);
    m_historyDelegate = new StatusHistoryDelegate(m_history);
    m_history->setItemDelegate(m_historyDelegate);
    connect(m_historyDelegate, &StatusHistoryDelegate::linkActivated, this,
            &DetailsPane::openWebUrl);
    singleLayout->addWidget(m_history, 1);
    m_historyPlaceholder = new QLabel(m_content);
    m_historyPlaceholder->setTextFormat(Qt::PlainText);
    m_historyPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    m_historyPlaceholder->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    singleLayout->addWidget(m_historyPlaceholder);

    retranslateUi();
    refresh();
}

DetailsPane::~DetailsPane()
{
    delete m_logUrl;
    delete m_environmentUrl;
}

void DetailsPane::retranslateUi()
{
    m_emptyLabel->setText(tr("Select a deployment to see its details."));
    m_markInactive->setText(tr("Mark Inactive"));
    m_newStatus->setText(tr("New Status…"));
    m_delete->setText(tr("Delete…"));
    m_copySha->setText(tr("Copy"));
    m_copySha->setToolTip(tr("Copy the full commit SHA"));
    for (UrlField *field : {m_logUrl, m_environmentUrl}) {
        field->copy->setText(tr("Copy"));
        field->copy->setToolTip(tr("Copy the URL"));
    }
    const QHash<QString, QString> captions = {
        {QStringLiteral("state"), tr("State:")},
        {QStringLiteral("id"), tr("ID:")},
        {QStringLiteral("environment"), tr("Environment:")},
        {QStringLiteral("ref"), tr("Ref:")},
        {QStringLiteral("sha"), tr("Commit:")},
        {QStringLiteral("task"), tr("Task:")},
        {QStringLiteral("creator"), tr("Created by:")},
        {QStringLiteral("created"), tr("Created:")},
        {QStringLiteral("flags"), tr("Kind:")},
        {QStringLiteral("description"), tr("Description:")},
        {QStringLiteral("logUrl"), tr("Log:")},
        {QStringLiteral("environmentUrl"), tr("Environment URL:")},
        //: Details pane with several deployments selected: how many have each state
        {QStringLiteral("selectionStates"), tr("States:")},
        //: Details pane with several deployments selected: how many are in each environment
        {QStringLiteral("selectionEnvironments"), tr("Environments:")},
        //: Details pane with several deployments selected: which ones they are
        {QStringLiteral("selectionDeployments"), tr("Deployments:")},
    };
    for (auto it = captions.cbegin(); it != captions.cend(); ++it)
        m_fieldLabels.value(it.key())->setText(it.value());
    m_payloadCaption->setText(tr("Payload"));
    m_historyCaption->setText(tr("Status history"));
    refresh();
}

void DetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void DetailsPane::setClock(Clock clock)
{
    m_clock = clock;
    m_historyDelegate->setClock(std::move(clock));
    refresh();
}

void DetailsPane::setUrlHandler(std::function<void(const QUrl &)> handler)
{
    m_urlHandler = std::move(handler);
}

void DetailsPane::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    refresh();
}

void DetailsPane::setDeployment(const QModelIndex &index)
{
    setSelection(index.isValid() ? QModelIndexList{index} : QModelIndexList());
}

void DetailsPane::setSelection(const QModelIndexList &rows)
{
    QAbstractItemModel *model = nullptr;
    QList<QPersistentModelIndex> shown;
    for (const QModelIndex &index : rows) {
        if (!index.isValid())
            continue;
        if (!model)
            model = const_cast<QAbstractItemModel *>(index.model());
        if (index.model() != model)
            continue;
        const QModelIndex row = index.siblingAtColumn(0);
        // A selection's indexes come one per cell: one row a deployment.
        if (!shown.contains(row))
            shown.append(row);
    }
    if (model != m_model) {
        if (m_model)
            disconnect(m_model, nullptr, this, nullptr);
        m_model = model;
        if (m_model) {
            connect(m_model, &QAbstractItemModel::dataChanged, this,
                    &DetailsPane::onModelDataChanged);
            connect(m_model, &QAbstractItemModel::modelReset, this, &DetailsPane::refresh);
            connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DetailsPane::refresh);
            // A re-sort moves the shown rows: re-read them (the ids too) where they went.
            connect(m_model, &QAbstractItemModel::layoutChanged, this, &DetailsPane::refresh);
        }
    }
    m_rows = shown;
    refresh();
}

QModelIndexList DetailsPane::selection() const
{
    QModelIndexList rows;
    for (const QPersistentModelIndex &row : m_rows) {
        if (row.isValid())
            rows.append(row);
    }
    return rows;
}

QModelIndex DetailsPane::deployment() const
{
    const QModelIndexList rows = selection();
    return rows.size() == 1 ? rows.constFirst() : QModelIndex();
}

void DetailsPane::setStatusModel(QAbstractItemModel *statuses)
{
    if (m_statusModel)
        disconnect(m_statusModel, nullptr, this, nullptr);
    m_statusModel = statuses;
    m_history->setModel(statuses);
    if (statuses) {
        connect(statuses, &QAbstractItemModel::rowsInserted, this,
                &DetailsPane::updateStatusPlaceholder);
        connect(statuses, &QAbstractItemModel::rowsRemoved, this,
                &DetailsPane::updateStatusPlaceholder);
        connect(statuses, &QAbstractItemModel::modelReset, this,
                &DetailsPane::updateStatusPlaceholder);
    }
    updateStatusPlaceholder();
}

QAbstractItemModel *DetailsPane::statusModel() const
{
    return m_statusModel;
}

void DetailsPane::updateStatusPlaceholder()
{
    const int rows = m_statusModel ? m_statusModel->rowCount() : 0;
    m_history->setVisible(rows > 0);
    m_historyPlaceholder->setVisible(rows == 0);
    m_historyPlaceholder->setText(m_statusModel ? tr("No statuses yet.")
                                                : tr("Statuses are not loaded yet."));
}

void DetailsPane::onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (const QPersistentModelIndex &row : std::as_const(m_rows)) {
        if (row.isValid() && topLeft.parent() == row.parent() && row.row() >= topLeft.row() &&
            row.row() <= bottomRight.row()) {
            refresh();
            return;
        }
    }
}

QWidget *DetailsPane::urlWidget(const QString &field) const
{
    const UrlField *f = field == QLatin1String("logUrl")           ? m_logUrl
                        : field == QLatin1String("environmentUrl") ? m_environmentUrl
                                                                   : nullptr;
    if (!f)
        return nullptr;
    return f->link->isVisibleTo(m_content) ? static_cast<QWidget *>(f->link)
                                           : static_cast<QWidget *>(f->plain);
}

void DetailsPane::setUrl(UrlField &field, const QUrl &url)
{
    field.url = url;
    const bool web = StatusHistoryDelegate::isWebUrl(url);
    QString text = url.toDisplayString();
    field.link->setVisible(web);
    field.plain->setVisible(!web);
    field.copy->setVisible(!url.isEmpty());
    if (web) {
        updateLinkText(field);
        field.link->setToolTip(text.toHtmlEscaped());
    } else {
        field.plain->setText(orDash(url.toString()));
    }
}

// A long URL is elided in the middle (its host and its end stay); the tool tip has all of it.
void DetailsPane::updateLinkText(UrlField &field)
{
    const QString text = field.link->fontMetrics().elidedText(
        field.url.toDisplayString(), Qt::ElideMiddle, qMax(0, field.link->width() - 4));
    // A push button reads '&' as a mnemonic marker.
    field.link->setText(QString(text).replace(QLatin1Char('&'), QLatin1String("&&")));
}

bool DetailsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (UrlField *field : {m_logUrl, m_environmentUrl}) {
            if (watched == field->link)
                updateLinkText(*field);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DetailsPane::openWebUrl(const QUrl &url)
{
    if (!StatusHistoryDelegate::isWebUrl(url))
        return;
    emit urlOpened(url);
    if (m_urlHandler)
        m_urlHandler(url);
    else
        QDesktopServices::openUrl(url);
}

void DetailsPane::copySha()
{
    const QString sha = deployment().data(DeploymentRoles::ShaRole).toString();
    if (sha.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(sha);
    emit shaCopied(sha);
}

void DetailsPane::copyUrl()
{
    const QModelIndex index = deployment();
    QUrl url = index.data(DeploymentRoles::EnvironmentUrlRole).toUrl();
    if (url.isEmpty())
        url = index.data(DeploymentRoles::LogUrlRole).toUrl();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url.toString());
    emit urlCopied(url);
}

void DetailsPane::refresh()
{
    // A removed row is no longer shown, nor acted on.
    m_rows.removeIf([](const QPersistentModelIndex &row) { return !row.isValid(); });
    m_ids.clear();
    for (const QPersistentModelIndex &row : std::as_const(m_rows))
        m_ids.append(row.data(DeploymentRoles::IdRole).toLongLong());

    auto *stack = static_cast<QStackedLayout *>(layout());
    if (m_rows.isEmpty()) {
        stack->setCurrentWidget(m_emptyLabel);
        updateActions();
        return;
    }
    stack->setCurrentWidget(m_content);
    const bool single = m_rows.size() == 1;
    m_singleHeader->setVisible(single);
    m_singleBody->setVisible(single);
    m_multiHeader->setVisible(!single);
    m_multiBody->setVisible(!single);
    if (single)
        refreshOne(m_rows.constFirst());
    else
        refreshSeveral();
    updateActions();
}

void DetailsPane::refreshOne(const QModelIndex &index)
{
    auto value = [&index](int role) {
        return index.data(role);
    };
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();

    const StatusState state = value(DeploymentRoles::StateRole).value<StatusState>();
    const QString raw = value(DeploymentRoles::RawStateRole).toString();
    const bool pending = value(DeploymentRoles::PendingWriteRole).toBool();
    const bool active = value(DeploymentRoles::IsActiveRole).toBool();
    const QString ref = value(DeploymentRoles::RefRole).toString();
    const QString environment = value(DeploymentRoles::EnvironmentRole).toString();
    const QString sha = value(DeploymentRoles::ShaRole).toString();

    m_titleBadge->setPixmap(StateStyle::pixmap(
        state, 32, devicePixelRatioF(), palette(),
        pending ? StateStyle::PendingWrite
                : (active ? StateStyle::Emphasized : StateStyle::NoBadgeOption)));
    //: Details pane title: %1 ref, %2 environment
    m_title->setText(tr("%1 → %2").arg(ref, environment));
    QString stateText = StateStyle::displayName(state, raw);
    if (pending)
        stateText = tr("%1 (saving…)").arg(stateText);
    const QString live = active ? tr("Live now") : QString();
    m_subtitle->setText(live.isEmpty() ? stateText : tr("%1 · %2").arg(stateText, live));
    m_state->setText(stateText);

    m_id->setText(QString::number(value(DeploymentRoles::IdRole).toLongLong()));
    m_environment->setText(orDash(environment));
    m_ref->setText(orDash(ref));
    m_sha->setText(orDash(sha));
    m_copySha->setEnabled(!sha.isEmpty());
    m_task->setText(orDash(value(DeploymentRoles::TaskRole).toString()));
    m_creator->setText(orDash(value(DeploymentRoles::CreatorLoginRole).toString()));
    const QDateTime created = value(DeploymentRoles::CreatedAtRole).toDateTime();
    m_created->setText(created.isValid() ? tr("%1 (%2)").arg(TimeFormat::brief(created),
                                                             TimeFormat::relative(created, now))
                                         : orDash({}));
    m_created->setToolTip(TimeFormat::absolute(created).toHtmlEscaped());

    QStringList flags;
    if (value(DeploymentRoles::ProductionRole).toBool())
        flags << tr("Production");
    if (value(DeploymentRoles::TransientRole).toBool())
        flags << tr("Transient");
    if (flags.isEmpty())
        flags << tr("Persistent");
    m_flags->setText(flags.join(QStringLiteral(" · ")));
    m_description->setText(orDash(value(DeploymentRoles::DescriptionRole).toString()));
    setUrl(*m_logUrl, value(DeploymentRoles::LogUrlRole).toUrl());
    setUrl(*m_environmentUrl, value(DeploymentRoles::EnvironmentUrlRole).toUrl());

    const QJsonValue payload = value(DeploymentRoles::PayloadRole).toJsonValue();
    QString payloadText;
    if (payload.isObject())
        payloadText = QString::fromUtf8(QJsonDocument(payload.toObject()).toJson());
    else if (payload.isArray())
        payloadText = QString::fromUtf8(QJsonDocument(payload.toArray()).toJson());
    else if (payload.isString())
        payloadText = payload.toString();
    else if (payload.isDouble() || payload.isBool())
        payloadText = QString::fromUtf8(
            QJsonDocument(QJsonArray{payload}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    // An empty object is no payload worth a box: the placeholder says so on one line.
    payloadText = payloadText.trimmed();
    if (payload.isObject() && payload.toObject().isEmpty())
        payloadText.clear();
    m_payload->setPlaceholderText(tr("No payload"));
    if (m_payload->toPlainText() != payloadText)
        m_payload->setPlainText(payloadText);
    // As tall as its lines (at most 7; it scrolls beyond), so the status history gets the rest.
    const int lines = qBound(1, int(payloadText.count(u'\n')) + 1, 7);
    const int frame =
        2 * m_payload->frameWidth() + int(2 * m_payload->document()->documentMargin());
    m_payload->setFixedHeight(lines * m_payload->fontMetrics().lineSpacing() + frame + 2);

    updateStatusPlaceholder();
}

namespace {

// "Success (2) · Failure (1)": most first, then by name.
QString countList(const QHash<QString, int> &counts)
{
    QList<QPair<QString, int>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second
                                    : QString::localeAwareCompare(a.first, b.first) < 0;
    });
    QStringList parts;
    for (const auto &entry : std::as_const(sorted)) {
        //: Details pane, several deployments: %1 a state or environment, %2 how many have it
        parts.append(DetailsPane::tr("%1 (%2)").arg(orDash(entry.first)).arg(entry.second));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

void DetailsPane::refreshSeveral()
{
    // Which ones they are, by id, ref and environment, up to a screenful; the rest counted.
    constexpr int listed = 8;
    const int count = int(m_rows.size());
    int live = 0;
    int inactive = 0;
    QHash<QString, int> states;
    QHash<QString, int> environments;
    QStringList lines;
    for (const QPersistentModelIndex &row : std::as_const(m_rows)) {
        const StatusState state = row.data(DeploymentRoles::StateRole).value<StatusState>();
        const QString environment = row.data(DeploymentRoles::EnvironmentRole).toString();
        if (row.data(DeploymentRoles::IsActiveRole).toBool())
            ++live;
        if (StatusStates::isInactive(state))
            ++inactive;
        ++states[StateStyle::displayName(state,
                                         row.data(DeploymentRoles::RawStateRole).toString())];
        ++environments[environment];
        if (lines.size() < listed) {
            //: Details pane, several deployments, one line each: %1 id, %2 ref, %3 environment
            lines.append(tr("#%1  %2 → %3")
                             .arg(QString::number(row.data(DeploymentRoles::IdRole).toLongLong()),
                                  orDash(row.data(DeploymentRoles::RefRole).toString()),
                                  orDash(environment)));
        }
    }
    if (count > listed)
        lines.append(tr("…and %n more", nullptr, count - listed));

    m_multiTitle->setText(tr("%n deployment(s) selected", nullptr, count));
    //: Details pane, several deployments: %1 "2 live now", %2 "1 inactive"
    m_multiSubtitle->setText(
        tr("%1 · %2").arg(tr("%n live now", nullptr, live), tr("%n inactive", nullptr, inactive)));
    m_multiStates->setText(countList(states));
    m_multiEnvironments->setText(countList(environments));
    m_multiList->setText(lines.join(u'\n'));
}

// Each button is enabled when it applies to what is shown; a disabled one says why.
void DetailsPane::updateActions()
{
    const int count = int(m_rows.size());
    int markable = 0; // neither inactive already nor being written
    int finished = 0;
    int pending = 0;
    int live = 0;
    for (const QPersistentModelIndex &row : std::as_const(m_rows)) {
        const bool isPending = row.data(DeploymentRoles::PendingWriteRole).toBool();
        const bool isFinishedState =
            StatusStates::isInactive(row.data(DeploymentRoles::StateRole).value<StatusState>());
        markable += !isFinishedState && !isPending;
        finished += isFinishedState;
        pending += isPending;
        live += row.data(DeploymentRoles::IsActiveRole).toBool();
    }
    const QString offline = tr("Changes need a repository opened with a connection to GitHub");

    m_markInactive->setEnabled(m_actionsEnabled && markable > 0);
    m_markInactive->setToolTip(
        !m_actionsEnabled ? offline
        : markable > 0
            ? (count == 1 ? tr("Post an inactive status for this deployment")
                          : tr("Post an inactive status for the %n selected deployment(s)", nullptr,
                               count))
        : pending > 0 ? tr("A status is being posted right now")
        : count == 1  ? tr("The deployment is already inactive")
                      : tr("The selected deployments are already inactive"));

    m_newStatus->setEnabled(m_actionsEnabled && count == 1 && pending == 0);
    m_newStatus->setToolTip(!m_actionsEnabled ? offline
                            : count > 1       ? tr("Select one deployment to post a status")
                            : pending > 0     ? tr("A status is being posted right now")
                                              : tr("Post a new status for this deployment"));

    // One: anything not live (the window offers to mark it inactive first where GitHub needs
    // it). Several: only when all are inactive already, which GitHub deletes as they are.
    const bool deletable = count == 1 ? live == 0 : count > 1 && finished == count;
    m_delete->setEnabled(m_actionsEnabled && deletable);
    m_delete->setToolTip(
        !m_actionsEnabled ? offline
        : deletable       ? tr("Delete %n deployment(s) (asks first)", nullptr, count)
        : count == 1      ? tr("Mark the deployment inactive before deleting it")
                     : tr("%n of the selected deployments are not inactive; mark them inactive "
                          "before deleting them",
                          nullptr, count - finished));
}
