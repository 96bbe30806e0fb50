#include "notificationsettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

NotificationSettingsDialog::NotificationSettingsDialog(NotificationRules *rules, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
{
    setObjectName(QStringLiteral("notificationSettingsDialog"));
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    m_repositoryLabel = new QLabel;
    m_repositoryBox = new QComboBox;
    m_repositoryBox->setObjectName(QStringLiteral("repositoryBox"));
    m_repositoryLabel->setBuddy(m_repositoryBox);
    m_environmentLabel = new QLabel;
    m_environmentBox = new QComboBox;
    m_environmentBox->setObjectName(QStringLiteral("environmentBox"));
    m_environmentLabel->setBuddy(m_environmentBox);

    m_notifyLabel = new QLabel;
    m_failure = new QCheckBox;
    m_success = new QCheckBox;
    m_overdue = new QCheckBox;
    m_minutes = new QSpinBox;
    m_minutes->setRange(1, 24 * 60);
    m_minutesLabel = new QLabel;
    m_inactive = new QCheckBox;
    m_defaultsNote = new QLabel;
    m_defaultsNote->setWordWrap(true);
    m_defaults = new QPushButton;
    m_defaults->setAutoDefault(false);
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_closeToTray = new QCheckBox;
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayBox"));

    auto overdueRow = new QHBoxLayout;
    overdueRow->addWidget(m_overdue);
    overdueRow->addWidget(m_minutes);
    overdueRow->addWidget(m_minutesLabel);
    overdueRow->addStretch(1);
    auto rulesColumn = new QVBoxLayout;
    rulesColumn->addWidget(m_failure);
    rulesColumn->addWidget(m_success);
    rulesColumn->addLayout(overdueRow);
    rulesColumn->addWidget(m_inactive);
    auto defaultsRow = new QHBoxLayout;
    defaultsRow->addWidget(m_defaultsNote, 1);
    defaultsRow->addWidget(m_defaults);
    rulesColumn->addLayout(defaultsRow);

    auto form = new QFormLayout;
    form->addRow(m_repositoryLabel, m_repositoryBox);
    form->addRow(m_environmentLabel, m_environmentBox);
    form->addRow(m_notifyLabel, rulesColumn);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_empty);
    layout->addSpacing(8);
    layout->addWidget(m_closeToTray);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_repositoryBox, &QComboBox::currentIndexChanged, this,
            &NotificationSettingsDialog::fillEnvironments);
    connect(m_environmentBox, &QComboBox::currentIndexChanged, this,
            &NotificationSettingsDialog::showRule);
    for (QCheckBox *box : {m_failure, m_success, m_overdue, m_inactive})
        connect(box, &QCheckBox::toggled, this, &NotificationSettingsDialog::storeRule);
    connect(m_overdue, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    connect(m_minutes, &QSpinBox::valueChanged, this, &NotificationSettingsDialog::storeRule);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        if (const Target *target = currentTarget())
            m_rules->resetRule(target->host, target->repository, target->environment);
        showRule();
    });
    connect(m_closeToTray, &QCheckBox::toggled, this,
            &NotificationSettingsDialog::closeToTrayChanged);
    retranslateUi();
    setTargets({});
}

void NotificationSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NotificationSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Notifications"));
    m_intro->setText(tr("DeployDeck tells you when a deployment of a watched repository needs "
                        "you. The repository open in the window is always watched."));
    m_repositoryLabel->setText(tr("&Repository:"));
    m_environmentLabel->setText(tr("&Environment:"));
    m_notifyLabel->setText(tr("Notify when:"));
    m_failure->setText(tr("It &fails (failure or error)"));
    m_success->setText(tr("It &succeeds"));
    m_overdue->setText(tr("It stays &queued or in progress for more than"));
    m_minutesLabel->setText(tr("minutes"));
    m_inactive->setText(tr("Someone else marks it &inactive"));
    m_defaults->setText(tr("Restore &Defaults"));
    m_empty->setText(tr("No repository is watched yet: open one in the window."));
    m_closeToTray->setText(tr("&Keep DeployDeck running in the tray when the window is closed"));
    showRule();
}

void NotificationSettingsDialog::setTargets(const QList<Target> &targets)
{
    m_targets = targets;
    const QSignalBlocker blocker(m_repositoryBox);
    m_repositoryBox->clear();
    for (const Target &target : targets) {
        const QString name = target.repository.fullName();
        const QString label = target.host == QLatin1String("github.com")
                                  ? name
                                  : target.host + QLatin1Char('/') + name;
        if (m_repositoryBox->findText(label) < 0)
            m_repositoryBox->addItem(label, QString(target.host + QLatin1Char('\n') + name));
    }
    const bool any = !targets.isEmpty();
    m_empty->setVisible(!any);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_repositoryLabel, m_repositoryBox, m_environmentLabel, m_environmentBox,
             m_notifyLabel, m_failure, m_success, m_overdue, m_minutes, m_minutesLabel, m_inactive,
             m_defaultsNote, m_defaults})
        w->setVisible(any);
    fillEnvironments();
}

void NotificationSettingsDialog::fillEnvironments()
{
    const QString key = m_repositoryBox->currentData().toString();
    const QSignalBlocker blocker(m_environmentBox);
    m_environmentBox->clear();
    for (int i = 0; i < m_targets.size(); ++i) {
        const Target &t = m_targets.at(i);
        if (QString(t.host + QLatin1Char('\n') + t.repository.fullName()) != key)
            continue;
        // "(production)" after a name that does not say it already
        const bool says = t.environment.contains(QLatin1String("prod"), Qt::CaseInsensitive);
        m_environmentBox->addItem(
            t.production && !says ? tr("%1 (production)").arg(t.environment) : t.environment, i);
    }
    showRule();
}

const NotificationSettingsDialog::Target *NotificationSettingsDialog::currentTarget() const
{
    const QVariant index = m_environmentBox->currentData();
    if (!index.isValid())
        return nullptr;
    return &m_targets.at(index.toInt());
}

bool NotificationSettingsDialog::select(const RepositoryId &repository, const QString &environment)
{
    for (int r = 0; r < m_repositoryBox->count(); ++r) {
        if (m_repositoryBox->itemData(r).toString().section(QLatin1Char('\n'), 1) !=
            repository.fullName())
            continue;
        m_repositoryBox->setCurrentIndex(r);
        for (int e = 0; e < m_environmentBox->count(); ++e) {
            if (m_targets.at(m_environmentBox->itemData(e).toInt()).environment == environment) {
                m_environmentBox->setCurrentIndex(e);
                return true;
            }
        }
    }
    return false;
}

void NotificationSettingsDialog::showRule()
{
    const Target *target = currentTarget();
    const NotificationRules::Rule rule =
        target ? m_rules->rule(target->host, target->repository, target->environment,
                               target->production)
               : NotificationRules::Rule();
    m_showing = true;
    m_failure->setChecked(rule.failure);
    m_success->setChecked(rule.success);
    m_overdue->setChecked(rule.overdue);
    m_minutes->setValue(rule.overdueMinutes);
    m_minutes->setEnabled(rule.overdue);
    m_inactive->setChecked(rule.inactive);
    m_showing = false;
    const bool customised =
        target && m_rules->isCustomised(target->host, target->repository, target->environment);
    m_defaults->setEnabled(customised);
    m_defaultsNote->setText(!target      ? QString()
                            : customised ? tr("Set for this environment.")
                            : target->production
                                ? tr("Defaults for a production environment.")
                                : tr("Defaults: nothing notifies outside production."));
}

void NotificationSettingsDialog::storeRule()
{
    const Target *target = currentTarget();
    if (m_showing || !target)
        return;
    NotificationRules::Rule rule;
    rule.failure = m_failure->isChecked();
    rule.success = m_success->isChecked();
    rule.overdue = m_overdue->isChecked();
    rule.overdueMinutes = m_minutes->value();
    rule.inactive = m_inactive->isChecked();
    m_rules->setRule(target->host, target->repository, target->environment, rule);
    m_defaults->setEnabled(true);
    m_defaultsNote->setText(tr("Set for this environment."));
}

void NotificationSettingsDialog::setCloseToTray(bool closeToTray)
{
    const QSignalBlocker blocker(m_closeToTray);
    m_closeToTray->setChecked(closeToTray);
}

bool NotificationSettingsDialog::closeToTray() const
{
    return m_closeToTray->isChecked();
}
