#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

// Settings > Preferences: the accounts (opens the Accounts dialog), the language, the
// refresh interval and the notifications (opens their dialog). OK applies and keeps them in
// QSettings; Cancel changes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The refresh interval kept in QSettings ("refresh/intervalSeconds"); 60 by default.
    static int storedRefreshInterval();
    static void storeRefreshInterval(int seconds);
    static constexpr int MinimumRefreshSeconds = 10;
    static constexpr int MaximumRefreshSeconds = 3600;

    // Selects `seconds` in the refresh choices (adding it when it is not one of them).
    void setRefreshInterval(int seconds);
    int refreshInterval() const;

    // What the accounts row says ("2 accounts", "Not signed in").
    void setAccountSummary(const QString &summary);

    void accept() override;

    // For tests and screenshots.
    QComboBox *languageBox() const { return m_languageBox; }
    QComboBox *refreshBox() const { return m_refreshBox; }
    QPushButton *accountsButton() const { return m_accountsButton; }
    QPushButton *notificationsButton() const { return m_notificationsButton; }

Q_SIGNALS:
    void accountsRequested();
    // The notification rules (a dialog of their own; they apply at once).
    void notificationsRequested();
    // After OK, when the interval changed.
    void refreshIntervalChanged(int seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRefreshChoices(int selectedSeconds);

    QLabel *m_accountsLabel = nullptr;
    QLabel *m_accountSummary = nullptr;
    QPushButton *m_accountsButton = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QComboBox *m_refreshBox = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_notificationsLabel = nullptr;
    QPushButton *m_notificationsButton = nullptr;
};
