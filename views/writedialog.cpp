#include "writedialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

WriteDialog::WriteDialog(QWidget *parent)
    : QDialog(parent)
{
    m_headerLabel = new QLabel;
    m_headerLabel->setObjectName(QStringLiteral("headerLabel"));
    m_headerLabel->setTextFormat(Qt::PlainText);
    m_headerLabel->setWordWrap(true);
    QFont headerFont = m_headerLabel->font();
    headerFont.setBold(true);
    m_headerLabel->setFont(headerFont);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_progress->hide();
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(400);
    connect(m_progressDelay, &QTimer::timeout, m_progress, &QWidget::show);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    // A focused auto-default button makes itself the default: Cancel never may.
    cancelButton()->setAutoDefault(false);
    m_submitButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton *WriteDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

void WriteDialog::setWriteRunning(bool running)
{
    if (running) {
        if (isAncestorOf(focusWidget()))
            setFocus(Qt::OtherFocusReason);
        m_progressDelay->start();
    } else {
        m_progressDelay->stop();
        m_progress->hide();
    }
}

void WriteDialog::focusSubmitAfterFailure(QWidget *fallback)
{
    m_submitButton->setDefault(true);
    if (m_submitButton->isEnabled())
        m_submitButton->setFocus(Qt::OtherFocusReason);
    else if (fallback)
        fallback->setFocus(Qt::OtherFocusReason);
}

bool WriteDialog::event(QEvent *event)
{
    // The layout has handled the request (Qt activates it before the widget sees the event).
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFit();
    return handled;
}

void WriteDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit();
}

void WriteDialog::growToFit()
{
    QLayout *layout = this->layout();
    if (!layout || !isVisible() || isMaximized() || isFullScreen())
        return;
    QSize room(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    if (const QScreen *screen = this->screen()) {
        const QSize frame = frameGeometry().size() - geometry().size();
        room = screen->availableGeometry().size() - frame;
    }
    // Qt drops a window's minimum size when its texts wrap, so the width is checked here too.
    const int width = qMin(qMax(this->width(), layout->totalMinimumSize().width()), room.width());
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalMinimumSize().height();
    const int height = qMin(qMax(this->height(), needed), room.height());
    if (QSize(width, height) == size())
        return;
    resize(width, height);
    // Keep a grown window on its screen.
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        const QRect frame = frameGeometry();
        if (frame.bottom() > available.bottom() || frame.right() > available.right())
            move(qMax(available.left(), qMin(frame.left(), available.right() - frame.width())),
                 qMax(available.top(), qMin(frame.top(), available.bottom() - frame.height())));
    }
}

void WriteDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter) {
        QDialog::keyPressEvent(event);
        return;
    }
    // Return presses the button that has the focus (as Space does), and otherwise Submit while
    // it can be pressed; it never falls through to QDialog, which could pick another button.
    auto focusedButton = qobject_cast<QPushButton *>(focusWidget());
    if (focusedButton && focusedButton != m_submitButton && focusedButton->isEnabled())
        focusedButton->click();
    else if (m_submitButton->isEnabled())
        m_submitButton->click();
    event->accept();
}
