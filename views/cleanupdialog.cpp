#include "cleanupdialog.h"

#include "cleanupruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

CleanupDialog::CleanupDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cleanupDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    // The repositories, when there is a choice: check boxes flowing in rows, like tags.
    m_repositoryBox = new QGroupBox(this);
    m_repositoryList = new QListWidget(m_repositoryBox);
    m_repositoryList->setObjectName(QStringLiteral("repositories"));
    m_repositoryList->setFlow(QListView::LeftToRight);
    m_repositoryList->setWrapping(true);
    m_repositoryList->setResizeMode(QListView::Adjust);
    m_repositoryList->setSpacing(2);
    m_repositoryList->setFixedHeight(fontMetrics().height() * 5 / 2 +
                                     12); // 2 rows, then it scrolls
    m_repositoryCount = new QLabel(m_repositoryBox);
    m_repositoryCount->setTextFormat(Qt::PlainText);
    m_repositoryCount->setWordWrap(true);
    auto *repositoryLayout = new QVBoxLayout(m_repositoryBox);
    repositoryLayout->addWidget(m_repositoryList);
    repositoryLayout->addWidget(m_repositoryCount);
    m_repositoryBox->hide();
    connect(m_repositoryList, &QListWidget::itemChanged, this, [this] {
        updateRepositoryCount();
        edited();
    });

    m_rulesBox = new QGroupBox(this);
    m_rules = new CleanupRuleEditor(m_rulesBox);
    auto *rulesLayout = new QVBoxLayout(m_rulesBox);
    rulesLayout->addWidget(m_rules);
    connect(m_rules, &CleanupRuleEditor::edited, this, &CleanupDialog::edited);

    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setTextFormat(Qt::PlainText);
    m_formError->hide();

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
    layout->addWidget(m_repositoryBox);
    layout->addWidget(m_rulesBox);
    layout->addWidget(m_formError);
    layout->addLayout(resumeRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_preview, &QPushButton::clicked, this, [this] {
        QString error;
        const QList<CleanupRule> r = rules(&error);
        if (error.isEmpty() && offersRepositories() && checkedRepositories().isEmpty())
            error = tr("Check at least one repository.");
        setError(error);
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
    retranslate();
    setPhase(Phase::Editing);
    QSize size = sizeHint().expandedTo(QSize(900, 720));
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

CleanupDialog::~CleanupDialog() = default;

void CleanupDialog::edited()
{
    // Any change to the rules or the repositories makes the dry run out of date.
    if (m_phase == Phase::Planned)
        setPhase(Phase::Editing);
}

void CleanupDialog::retranslate()
{
    setWindowTitle(m_repositoryName.isEmpty() || offersRepositories()
                       ? tr("Clean Up Deployments")
                       //: %1 the repository, owner/name
                       : tr("Clean Up Deployments — %1").arg(m_repositoryName));
    m_intro->setText(tr("Choose what to clean up, then preview exactly what will happen. Nothing "
                        "is written until you apply the preview. The live deployment of a "
                        "production environment is never touched."));
    m_repositoryBox->setTitle(tr("Repositories"));
    m_rulesBox->setTitle(tr("Rules"));
    m_rules->retranslate();
    updateRepositoryCount();
    m_resumeJournal->setText(tr("&Resume"));
    m_table->setHeaderLabels({tr("Repository"), tr("Action"), tr("Rule"), tr("Deployment"),
                              tr("Environment"), tr("Ref"), tr("State"), tr("Created"),
                              tr("Result")});
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

void CleanupDialog::setRepositoryChoices(const QList<RepositoryChoice> &choices)
{
    m_choices = choices;
    {
        const QSignalBlocker blocker(m_repositoryList);
        m_repositoryList->clear();
        for (const RepositoryChoice &choice : choices) {
            auto *item = new QListWidgetItem(choice.repository.fullName(), m_repositoryList);
            const bool available = choice.unavailable.isEmpty();
            item->setFlags(available ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled
                                     : Qt::ItemIsUserCheckable);
            item->setCheckState(available ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(choice.unavailable);
        }
    }
    m_repositoryBox->setVisible(!choices.isEmpty());
    updateRepositoryCount();
    edited();
    retranslate();
}

QList<RepositoryId> CleanupDialog::checkedRepositories() const
{
    QList<RepositoryId> list;
    for (int i = 0; i < m_repositoryList->count() && i < m_choices.size(); ++i) {
        if (m_repositoryList->item(i)->checkState() == Qt::Checked)
            list.append(m_choices.at(i).repository);
    }
    return list;
}

void CleanupDialog::updateRepositoryCount()
{
    //: %1 repositories checked, %2 repositories offered
    m_repositoryCount->setText(
        tr("%1 of %2 checked: one preview and one confirmation for all of them; writes are "
           "paced together under GitHub's limits.")
            .arg(QLocale().toString(checkedRepositories().size()),
                 QLocale().toString(m_choices.size())));
}

CleanupRule CleanupDialog::rule(QString *error) const
{
    return m_rules->rule(error);
}

void CleanupDialog::setRule(const CleanupRule &rule)
{
    m_rules->setRule(rule);
}

QList<CleanupRule> CleanupDialog::rules(QString *error) const
{
    return m_rules->rules(error);
}

void CleanupDialog::setRules(const QList<CleanupRule> &rules)
{
    m_rules->setRules(rules);
}

QLineEdit *CleanupDialog::patternsEdit() const
{
    return m_rules->patternsEdit();
}

QLineEdit *CleanupDialog::olderThanEdit() const
{
    return m_rules->olderThanEdit();
}

QLineEdit *CleanupDialog::keepEdit() const
{
    return m_rules->keepEdit();
}

QComboBox *CleanupDialog::actionBox() const
{
    return m_rules->actionBox();
}

QCheckBox *CleanupDialog::includeLiveBox() const
{
    return m_rules->includeLiveBox();
}

QCheckBox *CleanupDialog::stateBox(StatusState state) const
{
    return m_rules->stateBox(state);
}

void CleanupDialog::setLoading(const QString &text)
{
    m_loading = !text.isEmpty();
    m_summary->setText(m_loading ? text : tr("Preview to see what would be cleaned up."));
    updateButtons();
}

void CleanupDialog::setError(const QString &text)
{
    m_formError->setText(text);
    m_formError->setVisible(!text.isEmpty());
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
        cells[RepositoryColumn] = item.repository.fullName();
        cells[ActionColumn] = CleanupRule::actionDisplayName(item.action);
        cells[TargetColumn] = env ? tr("Environment")
                                  //: a deployment's number
                                  : tr("#%1").arg(item.deploymentId);
        cells[EnvironmentColumn] = item.environment;
        cells[RefColumn] = item.ref;
        QString state = env ? QString() : CleanupRuleEditor::stateName(item.state);
        if (item.live)
            //: %1 the state; the deployment is the live one of its environment
            state = env ? tr("has a live deployment") : tr("%1, live").arg(state);
        cells[StateColumn] = state;
        cells[CreatedColumn] = locale.toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
        cells[RuleColumn] = item.ruleName;
        auto *row = new QTreeWidgetItem(cells);
        if (item.rule >= 0 && item.rule < plan.rules.size())
            row->setToolTip(RuleColumn, plan.rules.at(item.rule).describe());
        rows.append(row);
    }
    m_table->addTopLevelItems(rows);
    m_table->setColumnHidden(RepositoryColumn, !plan.spansRepositories());
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_table->resizeColumnToContents(c);
    m_summary->setText(plan.summary());
    m_loading = false;
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
    // A run stopped in this window can be resumed from it (the button was off while it ran).
    m_resumeJournal->setEnabled(!description.isEmpty() && m_phase != Phase::Applying &&
                                m_phase != Phase::Paused);
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
    m_rules->setEditable(editable && !m_loading);
    m_repositoryList->setEnabled(editable && !m_loading);
    m_preview->setEnabled(editable && !m_loading);
    m_export->setEnabled(m_phase != Phase::Editing && !m_plan.isEmpty());
    m_apply->setEnabled(m_phase == Phase::Planned && !m_plan.isEmpty() && !m_loading);
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
    setError(error.isEmpty() ? QString()
                             //: %1 a file name, %2 the system's reason
                             : tr("Cannot write %1: %2").arg(fileName, error));
}
