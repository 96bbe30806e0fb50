#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// The frame shared by the dialogs that send a write to GitHub: Cancel and a default Submit
// button that Return presses only while the form is valid (it never falls through to Cancel and
// loses what was typed), and a busy bar that appears only if the request takes more than a
// moment, so a quick answer does not flicker.
class WriteDialog : public QDialog
{
    Q_OBJECT
public:
    QPushButton *submitButton() const { return m_submitButton; }

protected:
    explicit WriteDialog(QWidget *parent = nullptr);

    // The bold line at the top saying what the dialog will write where (plain text).
    QLabel *headerLabel() const { return m_headerLabel; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    QProgressBar *busyIndicator() const { return m_progress; }
    void setBusyIndicatorRunning(bool running);

    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_headerLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressDelay = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submitButton = nullptr;
};
