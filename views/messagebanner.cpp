#include "messagebanner.h"

#include "statestyle.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("messageLabel"));
    m_label->setTextFormat(Qt::PlainText); // API text (GitHub's messages) stays plain text
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton;
    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    m_linkButton = new QPushButton;
    m_linkButton->setObjectName(QStringLiteral("messageLinkButton"));
    m_linkButton->hide();
    connect(m_linkButton, &QPushButton::clicked, this, [this] {
        // Checked again here: only an https page is ever handed to the browser.
        if (m_link.scheme() != QLatin1String("https") || m_link.host().isEmpty())
            return;
        if (m_opener)
            m_opener(m_link);
        else
            QDesktopServices::openUrl(m_link);
    });
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 2, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_linkButton, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    changeEvent(nullptr);
    hide();
}

void MessageBanner::showMessage(const QString &text, bool error)
{
    showMessage(text, error, QUrl(), QString());
}

void MessageBanner::showMessage(const QString &text, bool error, const QUrl &link,
                                const QString &linkText)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_error = error;
    m_label->setText(text);
    const bool https = link.scheme() == QLatin1String("https") && !link.host().isEmpty();
    m_link = https ? link : QUrl();
    m_linkButton->setText(linkText);
    m_linkButton->setToolTip(m_link.toDisplayString());
    m_linkButton->setVisible(https && !linkText.isEmpty());
    updateLook();
    show();
}

void MessageBanner::clear()
{
    m_label->clear();
    m_link.clear();
    m_linkButton->hide();
    m_error = false;
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_close->setToolTip(tr("Close this message"));
        m_close->setAccessibleName(tr("Close this message"));
    }
    if (event)
        QFrame::changeEvent(event);
}

void MessageBanner::updateLook()
{
    // From the application's palette each time, so an error tint never sticks to an info.
    QPalette look;
    if (m_error) {
        look.setColor(QPalette::WindowText, StateStyle::color(StatusState::Failure, look));
        look.setColor(QPalette::Window, StateStyle::tint(StatusState::Failure, look));
    }
    setPalette(look);
}
