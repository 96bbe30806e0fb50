#pragma once

#include "models/cleanuprule.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The rules of a cleanup: a list of rules (each shown with its action and what it chooses)
// with Add and Remove, and the form of the selected one (environment patterns, older than,
// keep the newest N, states, the action, live ones too). The first rule that chooses a
// deployment is the one that acts on it, so the order of the list matters.
class CleanupRuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CleanupRuleEditor(QWidget *parent = nullptr);
    ~CleanupRuleEditor() override;

    // Every rule as the forms say; `error` gets the first problem, naming its rule (then the
    // rules are unusable).
    QList<CleanupRule> rules(QString *error = nullptr) const;
    void setRules(const QList<CleanupRule> &rules);
    int count() const { return int(m_forms.size()); }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    // The selected rule as its form says.
    CleanupRule rule(QString *error = nullptr) const;
    void setRule(const CleanupRule &rule);

    void addRule(); // a new rule after the others, selected
    void removeCurrentRule();
    void setEditable(bool editable);
    void retranslate();

    QListWidget *ruleList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *patternsEdit() const { return m_patterns; }
    QLineEdit *olderThanEdit() const { return m_olderThan; }
    QLineEdit *keepEdit() const { return m_keep; }
    QComboBox *actionBox() const { return m_action; }
    QCheckBox *includeLiveBox() const { return m_includeLive; }
    QCheckBox *stateBox(StatusState state) const;

    static QString stateName(StatusState state);

Q_SIGNALS:
    void edited(); // any rule changed, or one was added or removed

private:
    // What a form holds, as typed (an age not parsed yet).
    struct Form
    {
        QString patterns;
        QString olderThan;
        QString keep;
        QList<StatusState> states;
        int action = 0;
        bool includeLive = false;
    };
    static Form formOf(const CleanupRule &rule);
    static CleanupRule ruleOf(const Form &form, QString *error);
    Form readForm() const;
    void showForm(const Form &form);
    void formEdited();
    void updateList();

    QList<Form> m_forms;
    int m_current = 0;
    bool m_showing = false;
    bool m_editable = true;
    QLabel *m_rulesLabel = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
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
};
