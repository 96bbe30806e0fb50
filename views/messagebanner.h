#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A closable banner above the dashboard for results of writes and errors: plain text, word
// wrapped, tinted as an error when it is one. It stays until the next message or until closed.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error = false);
    void clear();
    QString text() const;
    bool isError() const { return m_error; }
    QLabel *label() const { return m_label; }
    QToolButton *closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLook();

    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    bool m_error = false;
};
