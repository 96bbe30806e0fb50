#include "settingsdialog.h"

#include "models/uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString RefreshKey = QStringLiteral("refresh/intervalSeconds");
constexpr int DefaultRefreshSeconds = 60;
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_accountsLabel = new QLabel;
    m_accountSummary = new QLabel;
    m_accountSummary->setObjectName(QStringLiteral("accountSummary"));
    m_accountSummary->setTextFormat(Qt::PlainText);
    m_accountsButton = new QPushButton;
    m_accountsButton->setObjectName(QStringLiteral("accountsButton"));
    m_accountsButton->setAutoDefault(false);
    connect(m_accountsButton, &QPushButton::clicked, this, &SettingsDialog::accountsRequested);
    auto accountsRow = new QHBoxLayout;
    accountsRow->addWidget(m_accountSummary, 1);
    accountsRow->addWidget(m_accountsButton);

    m_languageLabel = new QLabel;
    m_languageBox = new QComboBox;
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    m_languageLabel->setBuddy(m_languageBox);
    m_languageNote = new QLabel;
    m_languageNote->setWordWrap(true);

    m_refreshLabel = new QLabel;
    m_refreshBox = new QComboBox;
    m_refreshBox->setObjectName(QStringLiteral("refreshBox"));
    m_refreshLabel->setBuddy(m_refreshBox);

    m_notificationsLabel = new QLabel;
    m_notificationsButton = new QPushButton;
    m_notificationsButton->setObjectName(QStringLiteral("notificationsButton"));
    m_notificationsButton->setAutoDefault(false);
    connect(m_notificationsButton, &QPushButton::clicked, this,
            &SettingsDialog::notificationsRequested);
    auto notificationsRow = new QHBoxLayout;
    notificationsRow->addWidget(m_notificationsButton);
    notificationsRow->addStretch(1);

    auto form = new QFormLayout;
    form->addRow(m_accountsLabel, accountsRow);
    form->addRow(m_languageLabel, m_languageBox);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_refreshLabel, m_refreshBox);
    form->addRow(m_notificationsLabel, notificationsRow);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslateUi();
    fillRefreshChoices(storedRefreshInterval());
}

void SettingsDialog::setRefreshInterval(int seconds)
{
    fillRefreshChoices(qBound(MinimumRefreshSeconds, seconds, MaximumRefreshSeconds));
}

int SettingsDialog::refreshInterval() const
{
    return m_refreshBox->currentData().toInt();
}

void SettingsDialog::fillRefreshChoices(int selectedSeconds)
{
    QList<int> choices{15, 30, 60, 120, 300, 600, 1800};
    if (!choices.contains(selectedSeconds)) {
        choices.append(selectedSeconds);
        std::sort(choices.begin(), choices.end());
    }
    const QSignalBlocker blocker(m_refreshBox);
    m_refreshBox->clear();
    for (const int seconds : std::as_const(choices)) {
        const QString text = seconds < 60 || seconds % 60 != 0
                                 ? tr("%n second(s)", nullptr, seconds)
                                 : tr("%n minute(s)", nullptr, seconds / 60);
        m_refreshBox->addItem(text, seconds);
    }
    m_refreshBox->setCurrentIndex(m_refreshBox->findData(selectedSeconds));
}

int SettingsDialog::storedRefreshInterval()
{
    bool ok = false;
    const int seconds = QSettings().value(RefreshKey, DefaultRefreshSeconds).toInt(&ok);
    return ok ? qBound(MinimumRefreshSeconds, seconds, MaximumRefreshSeconds)
              : DefaultRefreshSeconds;
}

void SettingsDialog::storeRefreshInterval(int seconds)
{
    QSettings().setValue(RefreshKey, qBound(MinimumRefreshSeconds, seconds, MaximumRefreshSeconds));
}

void SettingsDialog::setAccountSummary(const QString &summary)
{
    m_accountSummary->setText(summary);
}

void SettingsDialog::accept()
{
    const int seconds = refreshInterval();
    const bool refreshChanged = seconds != storedRefreshInterval();
    storeRefreshInterval(seconds);
    const auto choice = UiLanguage::Choice(m_languageBox->currentData().toInt());
    if (choice != UiLanguage::choice())
        UiLanguage::apply(choice);
    if (refreshChanged)
        Q_EMIT refreshIntervalChanged(seconds);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_accountsLabel->setText(tr("Accounts:"));
    m_accountsButton->setText(tr("&Accounts…"));
    if (m_accountSummary->text().isEmpty())
        m_accountSummary->setText(tr("Not signed in"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageNote->setText(tr("The language changes as soon as you press OK."));
    m_refreshLabel->setText(tr("&Refresh every:"));
    m_notificationsLabel->setText(tr("Notifications:"));
    m_notificationsButton->setText(tr("&Notifications…"));
    if (m_refreshBox->count() > 0)
        fillRefreshChoices(refreshInterval());
    // Keep the selection while the names are rebuilt.
    const int selected = m_languageBox->count() > 0 ? m_languageBox->currentData().toInt()
                                                    : int(UiLanguage::choice());
    const QSignalBlocker blocker(m_languageBox);
    m_languageBox->clear();
    for (const UiLanguage::Option &option : UiLanguage::availableChoices())
        m_languageBox->addItem(option.nativeName, int(option.choice));
    m_languageBox->setCurrentIndex(qMax(0, m_languageBox->findData(selected)));
}
