#include "sessionstatusbar.h"

#include "views/statestyle.h"
#include "views/timeformat.h"

#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/githubrequest.h"
#include "models/repositorysession.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

SessionStatusBar::SessionStatusBar(RepositorySession *session, QStatusBar *statusBar,
                                   QAction *stopWriting, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    const auto label = [](const char *name) {
        auto label = new QLabel;
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    m_hostLabel = label("hostLabel");
    m_userLabel = label("userLabel");
    m_waitLabel = label("waitLabel");
    m_refreshLabel = label("refreshLabel");
    m_rateLabel = label("rateLabel");
    const QFontMetrics metrics = statusBar->fontMetrics();
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setMaximumWidth(metrics.averageCharWidth() * 24);
    m_progress->setMaximumHeight(metrics.height());
    m_progress->hide();
    m_stopButton = new QToolButton;
    m_stopButton->setObjectName(QStringLiteral("stopWritingButton"));
    m_stopButton->setDefaultAction(stopWriting);
    m_stopButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stopButton->setAutoRaise(true);
    m_stopButton->setVisible(false);
    // A rate-limit wait is capped (ClientLimits) but can still be many minutes: the user may
    // rather give up now than watch the clock.
    m_stopWaitingButton = new QToolButton;
    m_stopWaitingButton->setObjectName(QStringLiteral("stopWaitingButton"));
    m_stopWaitingButton->setText(tr("Stop Waiting"));
    m_stopWaitingButton->setToolTip(
        tr("Give up the requests that wait for GitHub's rate limit; refresh later to try again."));
    m_stopWaitingButton->setAutoRaise(true);
    m_stopWaitingButton->setVisible(false);
    connect(m_stopWaitingButton, &QToolButton::clicked, this, [this] {
        if (m_session && m_session->client())
            m_session->client()->stopWaiting();
    });
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(300);
    connect(m_progressDelay, &QTimer::timeout, this, &SessionStatusBar::updateProgress);

    // Every widget permanent, the wait text the one that stretches: nothing is drawn over.
    statusBar->addPermanentWidget(m_hostLabel);
    statusBar->addPermanentWidget(m_userLabel);
    statusBar->addPermanentWidget(m_waitLabel, 1);
    statusBar->addPermanentWidget(m_stopWaitingButton);
    statusBar->addPermanentWidget(m_progress);
    statusBar->addPermanentWidget(m_stopButton);
    statusBar->addPermanentWidget(m_refreshLabel);
    statusBar->addPermanentWidget(m_rateLabel);

    if (m_session) {
        GitHubClient *client = m_session->client();
        connect(client, &GitHubClient::rateLimitChanged, this, &SessionStatusBar::update);
        connect(client, &GitHubClient::waitingChanged, this, &SessionStatusBar::update);
        connect(m_session, &RepositorySession::refreshStateChanged, this,
                &SessionStatusBar::update);
        connect(m_session, &RepositorySession::autoRefreshPausedChanged, this,
                &SessionStatusBar::update);
        connect(m_session, &RepositorySession::loadingChanged, this,
                &SessionStatusBar::updateProgress);
        connect(m_session, &RepositorySession::storeChanged, this, &SessionStatusBar::watchStore);
        watchStore(m_session->store());
    }
    update();
}

void SessionStatusBar::watchStore(DeploymentStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &DeploymentStore::progressChanged, this, &SessionStatusBar::updateProgress);
        connect(store, &DeploymentStore::loadStateChanged, this, &SessionStatusBar::updateProgress);
    }
    updateProgress();
    update();
}

void SessionStatusBar::setApiDescription(const QString &description)
{
    m_apiDescription = description;
    update();
}

void SessionStatusBar::setDemo(bool demo)
{
    m_demo = demo;
    update();
}

void SessionStatusBar::setUserLogin(const QString &login)
{
    m_login = login;
    update();
}

void SessionStatusBar::fetchUser()
{
    GitHubClient *client = m_session ? m_session->client() : nullptr;
    if (!client || !client->hasToken() || (!m_login.isEmpty() && m_loginHost == client->apiRoot()))
        return;
    m_loginHost = client->apiRoot();
    UserRequest *call = client->currentUser();
    connect(call, &UserRequest::finished, this, [this, call] { setUserLogin(call->user().login); });
}

void SessionStatusBar::setAutoRefreshOn(bool on)
{
    m_autoRefresh = on;
    update();
}

void SessionStatusBar::setWriteProgress(int done, int total)
{
    m_writeDone = done;
    m_writeTotal = total;
    updateProgress();
}

void SessionStatusBar::update()
{
    const QLocale locale;
    m_hostLabel->setText(m_demo ? tr("Demo (built-in emulator)") : m_apiDescription);
    m_hostLabel->setVisible(!m_hostLabel->text().isEmpty());

    QString user;
    if (m_session) {
        user = m_login.isEmpty()
                   ? (m_session->client()->hasToken() ? QString() : tr("Not signed in"))
                   : tr("Signed in as %1").arg(m_login);
    }
    m_userLabel->setText(user);
    m_userLabel->setVisible(!user.isEmpty());

    QString rate;
    QString wait;
    QString refreshed;
    QString refreshTip;
    if (m_session) {
        const GitHubClient *client = m_session->client();
        const RateLimitInfo info = client->rateLimitInfo();
        if (info.isValid()) {
            rate = tr("API: %1 of %2 left, resets %3")
                       .arg(locale.toString(info.remaining), locale.toString(info.limit),
                            locale.toString(info.reset.toLocalTime().time(), QLocale::ShortFormat));
        }
        // GraphQL's budget is its own (the cold open spends it), shown beside REST's.
        const RateLimitInfo graphql = client->graphQLRateLimitInfo();
        if (graphql.isValid()) {
            //: Status bar, after the REST budget; %1 and %2 are GitHub's GraphQL points
            const QString points =
                tr("GraphQL: %1 of %2 left")
                    .arg(locale.toString(graphql.remaining), locale.toString(graphql.limit));
            rate = rate.isEmpty() ? points : tr("%1 · %2").arg(rate, points);
        }
        const QString until =
            locale.toString(client->waitingUntil().toLocalTime().time(), QLocale::ShortFormat);
        switch (client->waitReason()) {
        case GitHubClient::WaitReason::None:
            if (m_session->isAutoRefreshPaused())
                wait = tr("Auto-refresh paused: few API requests left until the rate limit "
                          "resets");
            break;
        case GitHubClient::WaitReason::RateLimit:
            wait = tr("Waiting for GitHub's rate limit to reset at %1").arg(until);
            break;
        case GitHubClient::WaitReason::SecondaryRateLimit:
            wait = tr("GitHub asked to slow down; continuing at %1").arg(until);
            break;
        case GitHubClient::WaitReason::Retry:
            wait = tr("A request failed; trying again at %1").arg(until);
            break;
        }

        // The time of the last refresh that worked, and that the latest one did not: "Updated
        // just now" never stays on screen while GitHub is unreachable.
        const QDateTime last = m_session->lastSuccessfulRefresh();
        const QString ago = last.isValid()
                                ? TimeFormat::relative(last, QDateTime::currentDateTimeUtc())
                                : QString();
        if (m_session->lastRefreshFailed()) {
            //: Status bar; %1 is "5 minutes ago"
            refreshed = last.isValid() ? tr("Updated %1; the latest refresh failed").arg(ago)
                                       : tr("Not loaded: the refresh failed");
            refreshTip = m_session->lastError();
        } else if (last.isValid()) {
            //: Status bar; %1 is "5 minutes ago" or "just now"
            refreshed = m_autoRefresh ? tr("Updated %1").arg(ago)
                                      : tr("Updated %1 (auto-refresh off)").arg(ago);
            refreshTip = TimeFormat::absolute(last);
        }
    }
    m_rateLabel->setText(rate);
    m_rateLabel->setVisible(!rate.isEmpty());
    m_waitLabel->setText(wait);
    const GitHubClient::WaitReason reason =
        m_session ? m_session->client()->waitReason() : GitHubClient::WaitReason::None;
    m_stopWaitingButton->setVisible(reason == GitHubClient::WaitReason::RateLimit ||
                                    reason == GitHubClient::WaitReason::SecondaryRateLimit);
    m_refreshLabel->setText(refreshed);
    m_refreshLabel->setToolTip(refreshTip);
    m_refreshLabel->setVisible(!refreshed.isEmpty());
    if (m_session && m_session->lastRefreshFailed()) {
        QPalette palette = m_refreshLabel->palette();
        palette.setColor(QPalette::WindowText, StateStyle::color(StatusState::Failure, palette));
        m_refreshLabel->setPalette(palette);
    } else {
        m_refreshLabel->setPalette(QPalette());
    }
}

void SessionStatusBar::updateProgress()
{
    const bool writing = m_writeTotal > 0;
    m_stopButton->setVisible(writing);
    const bool loading = m_store && m_store->loadState() == DeploymentStore::LoadState::Loading;
    if (!writing && !loading) {
        m_progressDelay->stop();
        m_progress->hide();
        return;
    }
    if (writing) {
        m_progress->setRange(0, m_writeTotal);
        m_progress->setValue(m_writeDone);
        m_progress->setFormat(tr("Writing %1 of %2")
                                  .arg(QLocale().toString(std::min(m_writeDone + 1, m_writeTotal)),
                                       QLocale().toString(m_writeTotal)));
        m_progress->setTextVisible(true);
        m_progress->show();
        return;
    }
    // The bar only appears when loading takes longer than a moment.
    if (!m_progress->isVisible() && !m_progressDelay->isActive()) {
        m_progressDelay->start();
        return;
    }
    if (m_progressDelay->isActive())
        return;
    const int total = m_store->count();
    m_progress->setRange(0, total ? total : 0);
    m_progress->setValue(m_store->loadedStatusCount());
    m_progress->setFormat(
        tr("Loading %1/%2")
            .arg(QLocale().toString(m_store->loadedStatusCount()), QLocale().toString(total)));
    m_progress->setTextVisible(total > 0);
    m_progress->show();
}
