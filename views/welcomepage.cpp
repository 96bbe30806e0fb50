#include "welcomepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title = new QLabel;
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text = new QLabel;
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_signInButton = new QPushButton;
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    connect(m_signInButton, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    m_demoButton = new QPushButton;
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_signInButton->setDefault(true);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("welcomeAddButton"));
    connect(m_addButton, &QPushButton::clicked, this, &WelcomePage::addRepositoryRequested);

    // A centred column: word-wrapped labels get their height for the column's width.
    auto column = new QWidget;
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(18);
    auto buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    columnLayout->addLayout(buttons);
    auto row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    retranslateUi();
}

void WelcomePage::setSituation(Situation situation, bool offerDemo)
{
    m_situation = situation;
    m_offerDemo = offerDemo;
    retranslateUi();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_signInButton->setText(tr("Sign In to GitHub…"));
    m_demoButton->setText(tr("Try the Demo"));
    m_addButton->setText(tr("Add Repository…"));
    switch (m_situation) {
    case Situation::NoToken:
        m_title->setText(tr("Welcome to DeployDeck"));
        m_text->setText(
            tr("DeployDeck shows the deployments of your GitHub repositories. Sign in to "
               "github.com or your GitHub Enterprise Server to see yours; a GH_TOKEN or "
               "GITHUB_TOKEN environment variable works too.\n\nNo account at hand? The demo "
               "runs on a built-in GitHub emulator with realistic data: nothing leaves this "
               "computer."));
        m_signInButton->show();
        m_demoButton->show();
        m_addButton->hide();
        break;
    case Situation::NoRepository:
        m_title->setText(tr("Choose a repository"));
        m_text->setText(tr("Add a repository (owner/name) to see its deployments."));
        m_demoButton->setVisible(m_offerDemo);
        m_signInButton->hide();
        m_addButton->show();
        break;
    }
}
