#include "cleanupdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const QList<StatusState> formStates{
    StatusState::Success, StatusState::Failure,    StatusState::Error,   StatusState::Inactive,
    StatusState::Queued,  StatusState::InProgress, StatusState::NoStatus};
}

CleanupDialog::CleanupDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cleanupDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_patterns = new QLineEdit(this);
    m_patterns->setObjectName(QStringLiteral("patterns"));
    m_patternsLabel = new QLabel(this);
    m_patternsLabel->setBuddy(m_patterns);
    m_olderThan = new QLineEdit(this);
    m_olderThan->setObjectName(QStringLiteral("olderThan"));
    m_olderThanLabel = new QLabel(this);
    m_olderThanLabel->setBuddy(m_olderThan);
    m_keep = new QLineEdit(this);
    m_keep->setObjectName(QStringLiteral("keep"));
    m_keep->setValidator(new QIntValidator(0, 100000, m_keep));
    m_keepLabel = new QLabel(this);
    m_keepLabel->setBuddy(m_keep);
    m_statesLabel = new QLabel(this);
    auto *states = new QHBoxLayout;
    states->setContentsMargins(0, 0, 0, 0);
    for (StatusState s : formStates) {
        auto *box = new QCheckBox(this);
        states->addWidget(box);
        m_states.append({s, box});
    }
    states->addStretch(1);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action"));
    for (int i = 0; i < 3; ++i)
        m_action->addItem(QString(), i);
    m_actionLabel = new QLabel(this);
    m_actionLabel->setBuddy(m_action);
    m_includeLive = new QCheckBox(this);
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setTextFormat(Qt::PlainText);
    m_formError->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_patternsLabel, m_patterns);
    form->addRow(m_olderThanLabel, m_olderThan);
    form->addRow(m_keepLabel, m_keep);
    form->addRow(m_statesLabel, states);
    form->addRow(m_actionLabel, m_action);
    form->addRow(QString(), m_includeLive);

    m_resumeLabel = new QLabel(this);
    m_resumeLabel->setWordWrap(true);
    m_resumeLabel->setTextFormat(Qt::PlainText);
    m_resumeJournal = new QPushButton(this);
    m_resumeJournal->setObjectName(QStringLiteral("resumeJournal"));
    auto *resumeRow = new QHBoxLayout;
    resumeRow->addWidget(m_resumeLabel, 1);
    resumeRow->addWidget(m_resumeJournal);
    m_resumeLabel->hide();
    m_resumeJournal->hide();

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_preview = new QPushButton(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("export"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("pause"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_close = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    for (QPushButton *b : {m_preview, m_export, m_apply, m_pause, m_cancel, m_close})
        b->setAutoDefault(false);
    m_preview->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addLayout(resumeRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_preview, &QPushButton::clicked, this, [this] {
        QString error;
        const CleanupRule r = rule(&error);
        m_formError->setText(error);
        m_formError->setVisible(!error.isEmpty());
        if (error.isEmpty())
            Q_EMIT previewRequested(r);
    });
    connect(m_apply, &QPushButton::clicked, this, &CleanupDialog::applyRequested);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_phase == Phase::Paused)
            Q_EMIT resumeRequested();
        else
            Q_EMIT pauseRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &CleanupDialog::cancelRequested);
    connect(m_close, &QPushButton::clicked, this, &CleanupDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &CleanupDialog::chooseExport);
    connect(m_resumeJournal, &QPushButton::clicked, this, &CleanupDialog::resumeJournalRequested);
    // Any change to the rule makes the dry run out of date.
    const auto edited = [this] {
        if (m_phase == Phase::Planned)
            setPhase(Phase::Editing);
    };
    connect(m_patterns, &QLineEdit::textEdited, this, edited);
    connect(m_olderThan, &QLineEdit::textEdited, this, edited);
    connect(m_keep, &QLineEdit::textEdited, this, edited);
    connect(m_action, &QComboBox::currentIndexChanged, this, edited);
    connect(m_includeLive, &QCheckBox::toggled, this, edited);
    for (const auto &[state, box] : std::as_const(m_states))
        connect(box, &QCheckBox::toggled, this, edited);

    retranslate();
    setPhase(Phase::Editing);
    QSize size = sizeHint().expandedTo(QSize(760, 640));
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

CleanupDialog::~CleanupDialog() = default;

QString CleanupDialog::stateName(StatusState state)
{
    return state == StatusState::NoStatus ? tr("No status") : StatusStates::displayName(state);
}

void CleanupDialog::retranslate()
{
    setWindowTitle(m_repositoryName.isEmpty()
                       ? tr("Clean Up Deployments")
                       //: %1 the repository, owner/name
                       : tr("Clean Up Deployments — %1").arg(m_repositoryName));
    m_intro->setText(tr("Choose what to clean up, then preview exactly what will happen. Nothing "
                        "is written until you apply the preview. The live deployment of a "
                        "production environment is never touched."));
    m_patternsLabel->setText(tr("&Environments:"));
    m_patterns->setPlaceholderText(tr("All environments, or patterns such as preview/*, pr-*"));
    m_olderThanLabel->setText(tr("&Older than:"));
    m_olderThan->setPlaceholderText(tr("Any age, or 30d, 12h, 2w"));
    m_keepLabel->setText(tr("&Keep the newest, per environment:"));
    m_keep->setPlaceholderText(tr("None kept"));
    m_statesLabel->setText(tr("States:"));
    for (const auto &[state, box] : std::as_const(m_states))
        box->setText(stateName(state));
    m_statesLabel->setToolTip(tr("None checked: every state"));
    m_actionLabel->setText(tr("&Action:"));
    for (int i = 0; i < m_action->count(); ++i)
        m_action->setItemText(i, CleanupRule::actionDisplayName(CleanupRule::Action(i)));
    m_includeLive->setText(tr("Include live deployments (never a production environment's)"));
    m_resumeJournal->setText(tr("&Resume"));
    m_table->setHeaderLabels({tr("Action"), tr("Deployment"), tr("Environment"), tr("Ref"),
                              tr("State"), tr("Created"), tr("Rule"), tr("Result")});
    m_preview->setText(tr("&Preview"));
    m_export->setText(tr("E&xport…"));
    m_apply->setText(tr("&Apply…"));
    m_pause->setText(m_phase == Phase::Paused ? tr("Res&ume") : tr("&Pause"));
    m_cancel->setText(tr("&Stop"));
    m_close->setText(tr("&Close"));
    if (m_phase == Phase::Planned)
        m_summary->setText(m_plan.summary());
}

void CleanupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CleanupDialog::reject()
{
    // Closing while writing would leave the run to the journal: stop it first.
    if (m_phase == Phase::Applying || m_phase == Phase::Paused) {
        Q_EMIT cancelRequested();
        return;
    }
    QDialog::reject();
}

void CleanupDialog::setRepositoryName(const QString &fullName)
{
    m_repositoryName = fullName;
    retranslate();
}

QCheckBox *CleanupDialog::stateBox(StatusState state) const
{
    for (const auto &[s, box] : m_states) {
        if (s == state)
            return box;
    }
    return nullptr;
}

CleanupRule CleanupDialog::rule(QString *error) const
{
    CleanupRule r;
    for (const QString &p : m_patterns->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            r.environmentPatterns.append(p.trimmed());
    }
    const QString age = m_olderThan->text().trimmed();
    if (!age.isEmpty()) {
        const auto seconds = CleanupRule::parseDuration(age);
        if (!seconds) {
            if (error)
                //: %1 what was typed
                *error =
                    tr("\"%1\" is not an age: use a number and d, h, m or w (30d, 12h).").arg(age);
            return r;
        }
        r.olderThanSeconds = *seconds;
    }
    r.keepNewest = m_keep->text().trimmed().toInt();
    for (const auto &[state, box] : m_states) {
        if (box->isChecked()) {
            r.states.append(state);
            if (state == StatusState::Inactive)
                r.states.append(StatusState::Destroyed); // an inactive transient one
        }
    }
    r.action = CleanupRule::Action(m_action->currentData().toInt());
    r.includeLive = m_includeLive->isChecked();
    if (error && error->isEmpty())
        *error = r.validate();
    return r;
}

void CleanupDialog::setRule(const CleanupRule &rule)
{
    m_patterns->setText(rule.environmentPatterns.join(QLatin1String(", ")));
    m_olderThan->setText(
        rule.olderThanSeconds > 0 ? CleanupRule::durationText(rule.olderThanSeconds) : QString());
    m_keep->setText(rule.keepNewest > 0 ? QString::number(rule.keepNewest) : QString());
    for (const auto &[state, box] : std::as_const(m_states))
        box->setChecked(rule.states.contains(state));
    m_action->setCurrentIndex(int(rule.action));
    m_includeLive->setChecked(rule.includeLive);
}

void CleanupDialog::setPlan(const CleanupPlan &plan)
{
    m_plan = plan;
    m_table->clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(plan.items.size());
    const QLocale locale;
    for (const CleanupItem &item : plan.items) {
        const bool env = item.target == CleanupItem::Target::Environment;
        QStringList cells(ColumnCount);
        cells[ActionColumn] = CleanupRule::actionDisplayName(item.action);
        cells[TargetColumn] = env ? tr("Environment")
                                  //: a deployment's number
                                  : tr("#%1").arg(item.deploymentId);
        cells[EnvironmentColumn] = item.environment;
        cells[RefColumn] = item.ref;
        QString state = env ? QString() : stateName(item.state);
        if (item.live)
            //: %1 the state; the deployment is the live one of its environment
            state = env ? tr("has a live deployment") : tr("%1, live").arg(state);
        cells[StateColumn] = state;
        cells[CreatedColumn] = locale.toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
        cells[RuleColumn] = item.ruleName;
        rows.append(new QTreeWidgetItem(cells));
    }
    m_table->addTopLevelItems(rows);
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_table->resizeColumnToContents(c);
    m_summary->setText(plan.summary());
    setPhase(Phase::Planned);
}

void CleanupDialog::setProgress(int finished, int total, const QString &status,
                                const QDateTime &estimatedEnd)
{
    if (m_phase == Phase::Planned || m_phase == Phase::Editing)
        setPhase(Phase::Applying);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(finished);
    //: %1 items finished, %2 items in all
    QString text = tr("%1 of %2").arg(QLocale().toString(finished), QLocale().toString(total));
    if (estimatedEnd.isValid())
        //: %1 a time of day
        text +=
            QStringLiteral(" \u00B7 ") +
            tr("done at about %1")
                .arg(QLocale().toString(estimatedEnd.toLocalTime().time(), QLocale::ShortFormat));
    if (!status.isEmpty())
        text += QStringLiteral(" \u00B7 ") + status;
    m_status->setText(text);
}

void CleanupDialog::setPaused(bool paused)
{
    if (m_phase == Phase::Applying || m_phase == Phase::Paused)
        setPhase(paused ? Phase::Paused : Phase::Applying);
}

void CleanupDialog::setItemResult(int row, const QString &outcome, const QString &reason,
                                  bool failed)
{
    QTreeWidgetItem *item = m_table->topLevelItem(row);
    if (!item)
        return;
    item->setText(OutcomeColumn, reason.isEmpty() ? outcome : tr("%1: %2").arg(outcome, reason));
    item->setToolTip(OutcomeColumn, reason);
    if (failed)
        item->setForeground(OutcomeColumn, palette().brush(QPalette::Highlight));
    m_table->scrollToItem(item);
}

void CleanupDialog::setFinished(const QString &summary)
{
    m_summary->setText(summary);
    setPhase(Phase::Finished);
}

void CleanupDialog::setResumable(const QString &description)
{
    m_resumeLabel->setText(description);
    m_resumeLabel->setVisible(!description.isEmpty());
    m_resumeJournal->setVisible(!description.isEmpty());
}

void CleanupDialog::setPhase(Phase phase)
{
    m_phase = phase;
    if (phase == Phase::Editing) {
        m_table->clear();
        m_summary->setText(tr("Preview to see what would be cleaned up."));
        m_plan = CleanupPlan();
    }
    updateButtons();
    retranslate();
}

void CleanupDialog::updateButtons()
{
    const bool running = m_phase == Phase::Applying || m_phase == Phase::Paused;
    const bool editable = !running && m_phase != Phase::Finished;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_patterns, m_olderThan, m_keep, m_action, m_includeLive})
        w->setEnabled(editable);
    for (const auto &[state, box] : std::as_const(m_states))
        box->setEnabled(editable);
    m_preview->setEnabled(editable);
    m_export->setEnabled(m_phase != Phase::Editing && !m_plan.isEmpty());
    m_apply->setEnabled(m_phase == Phase::Planned && !m_plan.isEmpty());
    m_apply->setVisible(!running);
    m_pause->setVisible(running);
    m_cancel->setVisible(running);
    m_close->setEnabled(!running);
    m_progress->setVisible(running || m_phase == Phase::Finished);
    m_status->setVisible(running || m_phase == Phase::Finished);
    m_table->setColumnHidden(OutcomeColumn, !running && m_phase != Phase::Finished);
    if (running)
        m_resumeJournal->setEnabled(false);
}

QString CleanupDialog::exportPlan(const QString &fileName) const
{
    const bool json = fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(json ? QJsonDocument(m_plan.toJson()).toJson() : m_plan.toCsv());
    if (!file.commit())
        return file.errorString();
    return {};
}

void CleanupDialog::chooseExport()
{
    QString filter;
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export the Preview"), QStringLiteral("cleanup.csv"),
                                     tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (fileName.isEmpty())
        return;
    const QString error = exportPlan(fileName);
    m_formError->setText(error.isEmpty() ? QString()
                                         //: %1 a file name, %2 the system's reason
                                         : tr("Cannot write %1: %2").arg(fileName, error));
    m_formError->setVisible(!error.isEmpty());
}
