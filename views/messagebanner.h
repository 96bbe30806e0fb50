#pragma once

#include <QFrame>
#include <QUrl>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

// A closable banner above the dashboard for results of writes and errors: plain text, word
// wrapped, tinted as an error when it is one, optionally with a button that opens a web page
// (GitHub's SSO authorisation). It stays until the next message or until closed.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error = false);
    // With a button labelled `linkText` that opens `link` in the browser; only an https link
    // gets the button (the text still shows otherwise).
    void showMessage(const QString &text, bool error, const QUrl &link, const QString &linkText);
    void clear();
    QString text() const;
    bool isError() const { return m_error; }
    QLabel *label() const { return m_label; }
    QToolButton *closeButton() const { return m_close; }
    QPushButton *linkButton() const { return m_linkButton; }
    QUrl link() const { return m_link; }
    // Where the button's page goes (default: QDesktopServices::openUrl), for tests.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_opener = std::move(opener); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLook();

    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    QPushButton *m_linkButton = nullptr;
    QUrl m_link;
    std::function<void(const QUrl &)> m_opener;
    bool m_error = false;
};
