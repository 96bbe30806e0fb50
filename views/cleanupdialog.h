#pragma once

#include "models/cleanupplan.h"
#include "models/cleanuprule.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The cleanup window: one retention rule (environment patterns, older than, keep the newest N,
// states, the action, live ones too), the dry run as a table (each deployment or environment,
// the action, the rule that chose it) with counts, CSV/JSON export, then the apply's progress,
// pause/resume/cancel and the report. It never touches the network: it emits what the user
// asks for (previewRequested, applyRequested, ...) and shows what it is given (setPlan,
// setProgress, setItemResult, setFinished).
class CleanupDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        ActionColumn,
        TargetColumn,
        EnvironmentColumn,
        RefColumn,
        StateColumn,
        CreatedColumn,
        RuleColumn,
        OutcomeColumn,
        ColumnCount
    };

    enum class Phase { Editing, Planned, Applying, Paused, Finished };

    explicit CleanupDialog(QWidget *parent = nullptr);
    ~CleanupDialog() override;

    void setRepositoryName(const QString &fullName);
    // The rule as the form says it; `error` gets a translated problem (then the rule is unusable).
    CleanupRule rule(QString *error = nullptr) const;
    void setRule(const CleanupRule &rule);

    void setPlan(const CleanupPlan &plan);
    const CleanupPlan &plan() const { return m_plan; }
    Phase phase() const { return m_phase; }

    // While applying: "12 of 40", what it waits for, and when it should be done.
    void setProgress(int finished, int total, const QString &status, const QDateTime &estimatedEnd);
    void setPaused(bool paused);
    // One row's outcome ("Done", "Skipped", "Failed") and why.
    void setItemResult(int row, const QString &outcome, const QString &reason, bool failed);
    void setFinished(const QString &summary);
    // A journal of an interrupted cleanup of this repository: offer to resume it.
    void setResumable(const QString &description);

    // For tests and screenshots.
    QLineEdit *patternsEdit() const { return m_patterns; }
    QLineEdit *olderThanEdit() const { return m_olderThan; }
    QLineEdit *keepEdit() const { return m_keep; }
    QComboBox *actionBox() const { return m_action; }
    QCheckBox *includeLiveBox() const { return m_includeLive; }
    QCheckBox *stateBox(StatusState state) const;
    QTreeWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *resumeJournalButton() const { return m_resumeJournal; }
    QProgressBar *progressBar() const { return m_progress; }

    // Where an export of the plan is written: the plan as CSV or JSON. Returns an error or "".
    QString exportPlan(const QString &fileName) const;

Q_SIGNALS:
    void previewRequested(const CleanupRule &rule);
    void applyRequested();
    void pauseRequested();
    void resumeRequested();
    void cancelRequested();
    void resumeJournalRequested();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void setPhase(Phase phase);
    void updateButtons();
    void chooseExport();
    static QString stateName(StatusState state);

    QString m_repositoryName;
    CleanupPlan m_plan;
    Phase m_phase = Phase::Editing;
    QLabel *m_intro = nullptr;
    QLabel *m_patternsLabel = nullptr;
    QLineEdit *m_patterns = nullptr;
    QLabel *m_olderThanLabel = nullptr;
    QLineEdit *m_olderThan = nullptr;
    QLabel *m_keepLabel = nullptr;
    QLineEdit *m_keep = nullptr;
    QLabel *m_statesLabel = nullptr;
    QList<QPair<StatusState, QCheckBox *>> m_states;
    QLabel *m_actionLabel = nullptr;
    QComboBox *m_action = nullptr;
    QCheckBox *m_includeLive = nullptr;
    QLabel *m_formError = nullptr;
    QLabel *m_resumeLabel = nullptr;
    QPushButton *m_resumeJournal = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};
