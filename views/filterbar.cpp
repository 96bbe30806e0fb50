#include "filterbar.h"

#include "statestyle.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_environmentBox = new QComboBox;
    m_environmentBox->setObjectName(QStringLiteral("environmentFilterBox"));
    m_environmentBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_environmentBox, &QComboBox::activated, this, &FilterBar::filtersChanged);

    m_stateMenu = new QMenu(this);
    m_stateMenu->setObjectName(QStringLiteral("stateFilterMenu"));
    for (StatusState state : StateStyle::allStates()) {
        QAction *action = m_stateMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(QVariant::fromValue(state));
        connect(action, &QAction::toggled, this, [this] {
            updateStateButton();
            Q_EMIT filtersChanged();
        });
        m_stateActions.append(action);
    }
    m_stateMenu->addSeparator();
    m_clearStates = m_stateMenu->addAction(QString());
    m_clearStates->setObjectName(QStringLiteral("clearStateFilterAction"));
    connect(m_clearStates, &QAction::triggered, this, [this] {
        setStates({});
        Q_EMIT filtersChanged();
    });
    // A push button reserves room for its menu arrow; a tool button in InstantPopup mode draws
    // the arrow over the end of a longer (Korean, Japanese) label.
    m_stateButton = new QPushButton;
    m_stateButton->setObjectName(QStringLiteral("stateFilterButton"));
    m_stateButton->setMenu(m_stateMenu);

    m_textEdit = new QLineEdit;
    m_textEdit->setObjectName(QStringLiteral("filterEdit"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    connect(m_textEdit, &QLineEdit::textChanged, this, &FilterBar::filtersChanged);

    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_environmentBox);
    layout->addWidget(m_stateButton);
    layout->addWidget(m_textEdit, 1);

    updateIcons();
    retranslateUi();
}

QString FilterBar::stateCode(StatusState state)
{
    switch (state) {
    case StatusState::NoStatus:
        return QStringLiteral("none");
    case StatusState::Destroyed:
        return QStringLiteral("destroyed");
    case StatusState::Unknown:
        return QStringLiteral("unknown");
    default:
        return StatusStates::toApi(state);
    }
}

std::optional<StatusState> FilterBar::stateFromCode(const QString &code)
{
    for (StatusState state : StateStyle::allStates()) {
        if (stateCode(state) == code)
            return state;
    }
    return std::nullopt;
}

void FilterBar::setEnvironments(const QStringList &environments)
{
    if (environments == m_environments && m_environmentBox->count() > 0)
        return;
    m_environments = environments;
    const QString current = environment();
    const QSignalBlocker blocker(m_environmentBox);
    m_environmentBox->clear();
    m_environmentBox->addItem(tr("All Environments"), QString());
    for (const QString &name : environments)
        m_environmentBox->addItem(name, name);
    // A chosen environment not known yet (still loading) or gone stays chosen.
    if (!current.isEmpty() && m_environmentBox->findData(current) < 0)
        m_environmentBox->addItem(current, current);
    m_environmentBox->setCurrentIndex(std::max(0, m_environmentBox->findData(current)));
}

QString FilterBar::environment() const
{
    return m_environmentBox->currentData().toString();
}

void FilterBar::setEnvironment(const QString &environment)
{
    if (!environment.isEmpty() && m_environmentBox->findData(environment) < 0)
        m_environmentBox->addItem(environment, environment);
    m_environmentBox->setCurrentIndex(std::max(0, m_environmentBox->findData(environment)));
}

QList<StatusState> FilterBar::states() const
{
    QList<StatusState> states;
    for (QAction *action : m_stateActions) {
        if (action->isChecked())
            states.append(action->data().value<StatusState>());
    }
    return states;
}

void FilterBar::setStates(const QList<StatusState> &states)
{
    for (QAction *action : std::as_const(m_stateActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(states.contains(action->data().value<StatusState>()));
    }
    updateStateButton();
}

QString FilterBar::text() const
{
    return m_textEdit->text().trimmed();
}

void FilterBar::setText(const QString &text)
{
    m_textEdit->setText(text);
}

void FilterBar::focusText()
{
    m_textEdit->setFocus(Qt::ShortcutFocusReason);
    m_textEdit->selectAll();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

void FilterBar::updateIcons()
{
    for (QAction *action : std::as_const(m_stateActions))
        action->setIcon(StateStyle::icon(action->data().value<StatusState>(), palette()));
}

void FilterBar::retranslateUi()
{
    for (QAction *action : std::as_const(m_stateActions)) {
        const auto state = action->data().value<StatusState>();
        // StateStyle's name for Unknown carries GitHub's text ("Unknown: %1"); a filter entry
        // stands for every state this version does not know.
        action->setText(state == StatusState::Unknown ? tr("Other States")
                                                      : StateStyle::displayName(state));
    }
    m_clearStates->setText(tr("All States"));
    m_textEdit->setPlaceholderText(tr("Filter by ref, SHA, person, description"));
    m_stateButton->setToolTip(tr("Show only deployments in these states"));
    if (m_environmentBox->count() > 0)
        m_environmentBox->setItemText(0, tr("All Environments"));
    else
        setEnvironments(m_environments);
    updateStateButton();
}

void FilterBar::updateStateButton()
{
    const QList<StatusState> chosen = states();
    if (chosen.isEmpty()) {
        m_stateButton->setText(tr("All States"));
        m_stateButton->setIcon(QIcon());
    } else if (chosen.size() == 1) {
        m_stateButton->setText(chosen.first() == StatusState::Unknown
                                   ? tr("Other States")
                                   : StateStyle::displayName(chosen.first()));
        m_stateButton->setIcon(StateStyle::icon(chosen.first(), palette()));
    } else {
        m_stateButton->setText(tr("%n state(s)", nullptr, int(chosen.size())));
        m_stateButton->setIcon(QIcon());
    }
}
