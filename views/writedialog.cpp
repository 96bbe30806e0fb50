#include "writedialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

WriteDialog::WriteDialog(QWidget *parent)
    : QDialog(parent)
{
    m_headerLabel = new QLabel;
    m_headerLabel->setTextFormat(Qt::PlainText);
    m_headerLabel->setWordWrap(true);
    QFont headerFont = m_headerLabel->font();
    headerFont.setBold(true);
    m_headerLabel->setFont(headerFont);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_progress->hide();
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(400);
    connect(m_progressDelay, &QTimer::timeout, m_progress, &QWidget::show);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_submitButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void WriteDialog::setBusyIndicatorRunning(bool running)
{
    if (running) {
        m_progressDelay->start();
    } else {
        m_progressDelay->stop();
        m_progress->hide();
    }
}

void WriteDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    auto focusedButton = qobject_cast<QPushButton *>(focusWidget());
    if (enter && (!focusedButton || focusedButton == m_submitButton)) {
        if (m_submitButton->isEnabled())
            m_submitButton->click();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}
