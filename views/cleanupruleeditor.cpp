#include "cleanupruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QList<StatusState> formStates{
    StatusState::Success, StatusState::Failure,    StatusState::Error,   StatusState::Inactive,
    StatusState::Queued,  StatusState::InProgress, StatusState::NoStatus};
constexpr int stateColumns = 3; // narrow enough beside the list in every language
} // namespace

CleanupRuleEditor::CleanupRuleEditor(QWidget *parent)
    : QWidget(parent)
{
    m_rulesLabel = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("rules"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_rulesLabel->setBuddy(m_list);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addRule"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeRule"));
    for (QPushButton *b : {m_add, m_remove})
        b->setAutoDefault(false);

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
    auto *states = new QGridLayout;
    states->setContentsMargins(0, 0, 0, 0);
    for (StatusState s : formStates) {
        auto *box = new QCheckBox(this);
        const int i = int(m_states.size());
        states->addWidget(box, i / stateColumns, i % stateColumns);
        m_states.append({s, box});
    }
    states->setColumnStretch(stateColumns, 1);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action"));
    for (int i = 0; i < 3; ++i)
        m_action->addItem(QString(), i);
    m_actionLabel = new QLabel(this);
    m_actionLabel->setBuddy(m_action);
    m_includeLive = new QCheckBox(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_patternsLabel, m_patterns);
    form->addRow(m_olderThanLabel, m_olderThan);
    form->addRow(m_keepLabel, m_keep);
    form->addRow(m_statesLabel, states);
    form->addRow(m_actionLabel, m_action);
    form->addRow(m_includeLive); // across both columns: the longest line of the form

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *listColumn = new QVBoxLayout;
    listColumn->setContentsMargins(0, 0, 0, 0);
    listColumn->addWidget(m_rulesLabel);
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listColumn, 2);
    layout->addLayout(form, 5);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 20);

    connect(m_add, &QPushButton::clicked, this, &CleanupRuleEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &CleanupRuleEditor::removeCurrentRule);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            setCurrentIndex(row);
    });
    connect(m_patterns, &QLineEdit::textChanged, this, &CleanupRuleEditor::formEdited);
    connect(m_olderThan, &QLineEdit::textChanged, this, &CleanupRuleEditor::formEdited);
    connect(m_keep, &QLineEdit::textChanged, this, &CleanupRuleEditor::formEdited);
    connect(m_action, &QComboBox::currentIndexChanged, this, &CleanupRuleEditor::formEdited);
    connect(m_includeLive, &QCheckBox::toggled, this, &CleanupRuleEditor::formEdited);
    for (const auto &[state, box] : std::as_const(m_states))
        connect(box, &QCheckBox::toggled, this, &CleanupRuleEditor::formEdited);

    m_forms = {Form()};
    retranslate();
    showForm(m_forms.first());
}

CleanupRuleEditor::~CleanupRuleEditor() = default;

QString CleanupRuleEditor::stateName(StatusState state)
{
    return state == StatusState::NoStatus ? tr("No status") : StatusStates::displayName(state);
}

void CleanupRuleEditor::retranslate()
{
    m_rulesLabel->setText(tr("R&ules (the first that matches acts):"));
    m_add->setText(tr("A&dd Rule"));
    m_remove->setText(tr("Re&move Rule"));
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
    updateList();
}

QCheckBox *CleanupRuleEditor::stateBox(StatusState state) const
{
    for (const auto &[s, box] : m_states) {
        if (s == state)
            return box;
    }
    return nullptr;
}

CleanupRuleEditor::Form CleanupRuleEditor::formOf(const CleanupRule &rule)
{
    Form form;
    form.patterns = rule.environmentPatterns.join(QLatin1String(", "));
    form.olderThan =
        rule.olderThanSeconds > 0 ? CleanupRule::durationText(rule.olderThanSeconds) : QString();
    form.keep = rule.keepNewest > 0 ? QString::number(rule.keepNewest) : QString();
    for (StatusState s : rule.states) {
        if (formStates.contains(s))
            form.states.append(s);
    }
    form.action = int(rule.action);
    form.includeLive = rule.includeLive;
    return form;
}

CleanupRule CleanupRuleEditor::ruleOf(const Form &form, QString *error)
{
    CleanupRule r;
    for (const QString &p : form.patterns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            r.environmentPatterns.append(p.trimmed());
    }
    const QString age = form.olderThan.trimmed();
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
    r.keepNewest = form.keep.trimmed().toInt();
    for (StatusState state : form.states) {
        r.states.append(state);
        if (state == StatusState::Inactive)
            r.states.append(StatusState::Destroyed); // an inactive transient one
    }
    r.action = CleanupRule::Action(form.action);
    r.includeLive = form.includeLive;
    if (error && error->isEmpty())
        *error = r.validate();
    return r;
}

CleanupRuleEditor::Form CleanupRuleEditor::readForm() const
{
    Form form;
    form.patterns = m_patterns->text();
    form.olderThan = m_olderThan->text();
    form.keep = m_keep->text();
    for (const auto &[state, box] : m_states) {
        if (box->isChecked())
            form.states.append(state);
    }
    form.action = m_action->currentData().toInt();
    form.includeLive = m_includeLive->isChecked();
    return form;
}

void CleanupRuleEditor::showForm(const Form &form)
{
    m_showing = true;
    m_patterns->setText(form.patterns);
    m_olderThan->setText(form.olderThan);
    m_keep->setText(form.keep);
    for (const auto &[state, box] : std::as_const(m_states))
        box->setChecked(form.states.contains(state));
    m_action->setCurrentIndex(std::max(0, m_action->findData(form.action)));
    m_includeLive->setChecked(form.includeLive);
    m_showing = false;
}

void CleanupRuleEditor::formEdited()
{
    if (m_showing)
        return;
    m_forms[m_current] = readForm();
    updateList();
    Q_EMIT edited();
}

QList<CleanupRule> CleanupRuleEditor::rules(QString *error) const
{
    QList<CleanupRule> list;
    for (int i = 0; i < count(); ++i) {
        QString problem;
        list.append(ruleOf(m_forms.at(i), &problem));
        if (!problem.isEmpty() && error && error->isEmpty())
            //: %1 the rule's number, %2 what is wrong with it
            *error =
                count() > 1 ? tr("Rule %1: %2").arg(QLocale().toString(i + 1), problem) : problem;
    }
    return list;
}

void CleanupRuleEditor::setRules(const QList<CleanupRule> &rules)
{
    m_forms.clear();
    for (const CleanupRule &rule : rules)
        m_forms.append(formOf(rule));
    if (m_forms.isEmpty())
        m_forms.append(Form());
    m_current = 0;
    showForm(m_forms.first());
    updateList();
    Q_EMIT edited();
}

void CleanupRuleEditor::setCurrentIndex(int index)
{
    if (index < 0 || index >= count())
        return;
    m_current = index;
    showForm(m_forms.at(index));
    updateList();
}

CleanupRule CleanupRuleEditor::rule(QString *error) const
{
    return ruleOf(readForm(), error);
}

void CleanupRuleEditor::setRule(const CleanupRule &rule)
{
    m_forms[m_current] = formOf(rule);
    showForm(m_forms.at(m_current));
    updateList();
    Q_EMIT edited();
}

void CleanupRuleEditor::addRule()
{
    m_forms.append(Form());
    setCurrentIndex(count() - 1);
    m_patterns->setFocus();
    Q_EMIT edited();
}

void CleanupRuleEditor::removeCurrentRule()
{
    if (count() <= 1)
        return;
    m_forms.removeAt(m_current);
    setCurrentIndex(std::min(m_current, count() - 1));
    Q_EMIT edited();
}

void CleanupRuleEditor::setEditable(bool editable)
{
    m_editable = editable;
    for (QWidget *w : std::initializer_list<QWidget *>{m_patterns, m_olderThan, m_keep, m_action,
                                                       m_includeLive, m_add})
        w->setEnabled(editable);
    for (const auto &[state, box] : std::as_const(m_states))
        box->setEnabled(editable);
    m_remove->setEnabled(editable && count() > 1);
}

void CleanupRuleEditor::updateList()
{
    const QSignalBlocker blocker(m_list);
    while (m_list->count() > count())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < count())
        m_list->addItem(QString());
    for (int i = 0; i < count(); ++i) {
        QString problem;
        const CleanupRule r = ruleOf(m_forms.at(i), &problem);
        //: %1 the rule's number (as the preview names it: "rule 2"), %2 its action
        QString text =
            tr("Rule %1: %2")
                .arg(QLocale().toString(i + 1), CleanupRule::actionDisplayName(r.action));
        const QString description = problem.isEmpty() ? r.describe() : problem;
        m_list->item(i)->setText(text + QLatin1Char('\n') + description);
        m_list->item(i)->setToolTip(description);
    }
    m_list->setCurrentRow(m_current);
    m_remove->setEnabled(m_editable && count() > 1);
}
