#pragma once

#include "models/cleanupplan.h"
#include "models/cleanuprule.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class CleanupRuleEditor;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The cleanup window: the repositories (when several are offered: the watched ones, each with
// a check box), the retention rules (CleanupRuleEditor: environment patterns, older than, keep
// the newest N, states, the action, live ones too; the first rule that matches acts), the dry
// run as a table (each deployment or environment, its repository, the action, the rule that
// chose it) with counts, CSV/JSON export, then the apply's progress, pause/resume/cancel and
// the report. It never touches the network: it emits what the user asks for
// (previewRequested, applyRequested, ...) and shows what it is given (setPlan, setProgress,
// setItemResult, setFinished).
class CleanupDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        RepositoryColumn, // shown when the plan spans repositories
        ActionColumn,
        RuleColumn, // beside the action: which rule chose it
        TargetColumn,
        EnvironmentColumn,
        RefColumn,
        StateColumn,
        CreatedColumn,
        OutcomeColumn,
        ColumnCount
    };

    enum class Phase { Editing, Planned, Applying, Paused, Finished };

    explicit CleanupDialog(QWidget *parent = nullptr);
    ~CleanupDialog() override;

    // One repository: the open one (no choice shown).
    void setRepositoryName(const QString &fullName);
    // Several to choose from, each checked unless `unavailable` says why not (e.g. not signed
    // in on its host); the window title names none.
    struct RepositoryChoice
    {
        RepositoryId repository;
        QString unavailable;
    };
    void setRepositoryChoices(const QList<RepositoryChoice> &choices);
    QList<RepositoryId> checkedRepositories() const;
    bool offersRepositories() const { return !m_choices.isEmpty(); }

    // The selected rule as its form says; `error` gets a translated problem.
    CleanupRule rule(QString *error = nullptr) const;
    void setRule(const CleanupRule &rule);
    // Every rule, in order; `error` names the first rule with a problem.
    QList<CleanupRule> rules(QString *error = nullptr) const;
    void setRules(const QList<CleanupRule> &rules);

    // While the repositories are read for the preview: says so, nothing can be applied.
    void setLoading(const QString &text);
    // A problem to show above the table (an unreadable repository, a journal that cannot be
    // written); empty hides it.
    void setError(const QString &text);

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
    CleanupRuleEditor *ruleEditor() const { return m_rules; }
    QListWidget *repositoryList() const { return m_repositoryList; }
    QLineEdit *patternsEdit() const;
    QLineEdit *olderThanEdit() const;
    QLineEdit *keepEdit() const;
    QComboBox *actionBox() const;
    QCheckBox *includeLiveBox() const;
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
    // The rules; with a choice of repositories, checkedRepositories() says which.
    void previewRequested(const QList<CleanupRule> &rules);
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
    void edited();
    void updateRepositoryCount();

    QString m_repositoryName;
    QList<RepositoryChoice> m_choices;
    CleanupPlan m_plan;
    Phase m_phase = Phase::Editing;
    bool m_loading = false;
    QLabel *m_intro = nullptr;
    QGroupBox *m_repositoryBox = nullptr;
    QListWidget *m_repositoryList = nullptr;
    QLabel *m_repositoryCount = nullptr;
    QGroupBox *m_rulesBox = nullptr;
    CleanupRuleEditor *m_rules = nullptr;
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
