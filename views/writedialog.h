#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// The frame shared by the dialogs that send a write to GitHub: Cancel and a default Submit
// button that Return presses only while the form is valid (it never falls through to Cancel and
// loses what was typed), a busy bar that appears only if the request takes more than a moment,
// so a quick answer does not flicker, and a window that grows to fit its wrapped texts.
class WriteDialog : public QDialog
{
    Q_OBJECT
public:
    QPushButton *submitButton() const { return m_submitButton; }
    QPushButton *cancelButton() const;

protected:
    explicit WriteDialog(QWidget *parent = nullptr);

    // The bold line at the top saying what the dialog will write where (plain text).
    QLabel *headerLabel() const { return m_headerLabel; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    QProgressBar *busyIndicator() const { return m_progress; }

    // Call first thing in setBusy(), before the inputs are disabled: while a write runs the
    // keyboard focus rests on the dialog itself (a disabled field would pass it on to Cancel,
    // and Return would then throw away what was typed).
    void setWriteRunning(bool running);
    // After a failed write, with the inputs enabled again: Submit is the default button and has
    // the focus, so Return tries again; when Submit cannot be pressed, `fallback` gets the focus.
    void focusSubmitAfterFailure(QWidget *fallback);

    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Grows the window (never past the screen) until every wrapped text has the height it needs
    // at the current width: Qt sizes a window for its texts when it is shown, not afterwards.
    void growToFit();

    QLabel *m_headerLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressDelay = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submitButton = nullptr;
};
