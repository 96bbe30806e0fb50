#pragma once

#include "models/notificationrules.h"
#include "models/repositoryid.h"

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Which transitions notify, per repository and environment (NotificationRules), and whether
// closing the window keeps DeployDeck in the tray. Changes apply at once (Close closes).
class NotificationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // An environment of a watched repository.
    struct Target
    {
        QString host;
        RepositoryId repository;
        QString environment;
        bool production = false;
    };

    explicit NotificationSettingsDialog(NotificationRules *rules, QWidget *parent = nullptr);

    // The repositories and environments offered (repositories in the order given).
    void setTargets(const QList<Target> &targets);
    void setCloseToTray(bool closeToTray);
    bool closeToTray() const;
    // Selects a repository's environment (false when it is not offered).
    bool select(const RepositoryId &repository, const QString &environment);

    // For tests and screenshots.
    QComboBox *repositoryBox() const { return m_repositoryBox; }
    QComboBox *environmentBox() const { return m_environmentBox; }
    QCheckBox *failureBox() const { return m_failure; }
    QCheckBox *successBox() const { return m_success; }
    QCheckBox *overdueBox() const { return m_overdue; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QCheckBox *inactiveBox() const { return m_inactive; }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }
    QPushButton *defaultsButton() const { return m_defaults; }

Q_SIGNALS:
    void closeToTrayChanged(bool closeToTray);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillEnvironments();
    void showRule();
    void storeRule();
    const Target *currentTarget() const;

    NotificationRules *m_rules;
    QList<Target> m_targets;
    bool m_showing = false;

    QLabel *m_intro = nullptr;
    QLabel *m_repositoryLabel = nullptr;
    QComboBox *m_repositoryBox = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environmentBox = nullptr;
    QLabel *m_notifyLabel = nullptr;
    QCheckBox *m_failure = nullptr;
    QCheckBox *m_success = nullptr;
    QCheckBox *m_overdue = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_minutesLabel = nullptr;
    QCheckBox *m_inactive = nullptr;
    QLabel *m_defaultsNote = nullptr;
    QPushButton *m_defaults = nullptr;
    QLabel *m_empty = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QPushButton *m_closeButton = nullptr;
};
