#pragma once

#include "deployment.h"
#include "deploymentstatus.h"
#include "environment.h"
#include "githuberror.h"
#include "githubuser.h"
#include "ratelimitinfo.h"
#include "repositoryentry.h"
#include "repositoryid.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

class GitHubClient;
class QNetworkAccessManager;
class QNetworkReply;

// One logical GitHub call (all its pages and retries included), handed out by GitHubClient.
//
// Lifetime: the client owns it. It emits exactly one of finished() or failed(), then deletes
// itself (deleteLater), so keep it in a QPointer and read results in the slot; with
// setAutoDelete(false) it stays until the client goes or you delete it. After cancel() it
// emits nothing more (no late page, no failed()) and deletes itself all the same.
// List requests emit pageReceived() for every page as it arrives, pages served from the ETag
// cache (304) included; notModified() tells at the end whether *every* page was a 304.
class GitHubRequest : public QObject
{
    Q_OBJECT
public:
    // Order in the read pool: statuses of deployments on screen first, prefetch last.
    enum class Priority { Visible, Normal, Background };
    Q_ENUM(Priority)

    enum class Method { Get, Post, Delete };
    Q_ENUM(Method)

    ~GitHubRequest() override;

    Method method() const { return m_method; }
    // GETs, and POSTs that only read (GraphQL queries): the read pool, retries, no write queue.
    bool isRead() const { return m_method == Method::Get || m_readOnly; }
    // The repository this call belongs to (empty for /user and /rate_limit).
    RepositoryId repository() const { return m_repository; }
    // The first URL requested (the API root + path + query).
    QUrl url() const { return m_firstUrl; }

    Priority priority() const { return m_priority; }
    // Re-orders the request in the read queue; takes effect for pages not started yet.
    void setPriority(Priority priority);

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    bool isFinished() const { return m_done; }
    bool isCancelled() const { return m_cancelled; }
    GitHubError error() const { return m_error; }
    // True when every page of the answer was `304 Not Modified` (served from the ETag cache).
    bool notModified() const { return m_pages > 0 && m_notModifiedPages == m_pages; }
    int pageCount() const { return m_pages; }
    // List requests: stop after the first page when it is a 304 (the newest items unchanged),
    // for a caller that only needs to know whether anything new came. stoppedEarly() says so.
    void setStopsWhenFirstPageUnchanged(bool stops) { m_stopsWhenUnchanged = stops; }
    bool stoppedEarly() const { return m_stoppedEarly; }
    // A page asked for by number (DeploymentQuery::page): whether GitHub's Link names a next.
    bool hasMorePages() const { return m_hasMorePages; }
    // Items the parser skipped (malformed); each entry says which and why.
    QStringList warnings() const { return m_warnings; }

public Q_SLOTS:
    // Stops the call: a queued page never starts, a running transfer is aborted, a reply that
    // still arrives is dropped. No signal follows.
    void cancel();

Q_SIGNALS:
    void finished();
    void failed(const GitHubError &error);

protected:
    GitHubRequest(Method method, const QUrl &url, const RepositoryId &repository,
                  GitHubClient *client);

    // Called by the client with one successful answer (2xx, or a 304 with the cached body).
    // Return an error (kind BadResponse) when the JSON is not what the endpoint promises.
    virtual GitHubError acceptPage(int httpStatus, const QJsonDocument &json) = 0;
    // List endpoints follow `Link: rel="next"`.
    virtual bool isPaginated() const { return false; }

    void addWarnings(const QStringList &warnings) { m_warnings += warnings; }

private:
    friend class GitHubClient;

    Method m_method;
    QUrl m_firstUrl;
    QUrl m_url; // the page to fetch next
    QByteArray m_body;
    RepositoryId m_repository;
    QPointer<GitHubClient> m_client;
    QPointer<QNetworkReply> m_reply;
    Priority m_priority = Priority::Normal;
    GitHubError m_error;
    QStringList m_warnings;
    quint64 m_sequence = 0;
    int m_attempt = 0;          // retries used on the current page
    int m_rateLimitRetries = 0; // rate-limit waits on the current page
    int m_pages = 0;
    QSet<QUrl> m_pagesFollowed; // `next` links taken: one seen twice is a loop
    int m_notModifiedPages = 0;
    bool m_queued = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_autoDelete = true;
    bool m_readOnly = false;
    bool m_stopsWhenUnchanged = false;
    bool m_stoppedEarly = false;
    bool m_onePage = false; // a list's page asked for by number: its Link is not followed
    bool m_hasMorePages = false;
};

// A list endpoint: every page is followed, and each page's items are kept in order and handed
// to the subclass's pageReceived() as they arrive. How a page of Items is read is in the .cpp.
template <typename Item>
class ListRequest : public GitHubRequest
{
public:
    // Whether the pages are also kept for the end of the list (the default). A caller that
    // only uses pageReceived() turns it off, so a long list is not held a second time.
    void setKeepsItems(bool keeps) { m_keepsItems = keeps; }

protected:
    using GitHubRequest::GitHubRequest;
    QList<Item> items() const { return m_items; }
    GitHubError acceptPage(int httpStatus, const QJsonDocument &json) override;
    bool isPaginated() const override { return true; }
    virtual void emitPage(const QList<Item> &page) = 0; // Q_EMIT pageReceived(page)

private:
    QList<Item> m_items;
    bool m_keepsItems = true;
};
extern template class ListRequest<Deployment>;
extern template class ListRequest<DeploymentStatus>;
extern template class ListRequest<Environment>;
extern template class ListRequest<RepositoryEntry>;

// GET /repos/{owner}/{repo}/deployments (all pages).
class DeploymentListRequest : public ListRequest<Deployment>
{
    Q_OBJECT
public:
    QList<Deployment> deployments() const { return items(); }
Q_SIGNALS:
    void pageReceived(const QList<Deployment> &page);

private:
    friend class GitHubClient;
    using ListRequest::ListRequest;
    void emitPage(const QList<Deployment> &page) override { Q_EMIT pageReceived(page); }
};

// GET /repos/{owner}/{repo}/deployments/{id}/statuses (all pages).
class StatusListRequest : public ListRequest<DeploymentStatus>
{
    Q_OBJECT
public:
    qint64 deploymentId() const { return m_deploymentId; }
    QList<DeploymentStatus> statuses() const { return items(); }
Q_SIGNALS:
    void pageReceived(const QList<DeploymentStatus> &page);

private:
    friend class GitHubClient;
    using ListRequest::ListRequest;
    void emitPage(const QList<DeploymentStatus> &page) override { Q_EMIT pageReceived(page); }
    qint64 m_deploymentId = 0;
};

// GET /repos/{owner}/{repo}/environments (all pages).
class EnvironmentListRequest : public ListRequest<Environment>
{
    Q_OBJECT
public:
    QList<Environment> environments() const { return items(); }
Q_SIGNALS:
    void pageReceived(const QList<Environment> &page);

private:
    friend class GitHubClient;
    using ListRequest::ListRequest;
    void emitPage(const QList<Environment> &page) override { Q_EMIT pageReceived(page); }
};

// GET /user/repos (all pages): the repositories the token's user owns, collaborates on or sees
// through an organisation, with the user's permissions.
class UserRepositoryListRequest : public ListRequest<RepositoryEntry>
{
    Q_OBJECT
public:
    QList<RepositoryEntry> repositories() const { return items(); }
Q_SIGNALS:
    void pageReceived(const QList<RepositoryEntry> &page);

private:
    friend class GitHubClient;
    using ListRequest::ListRequest;
    void emitPage(const QList<RepositoryEntry> &page) override { Q_EMIT pageReceived(page); }
};

// GET or POST one deployment. A POST may answer 202 "merged": GitHub merged the default branch
// into the ref and made no deployment; then merged() is true and message() says what happened.
class DeploymentRequest : public GitHubRequest
{
    Q_OBJECT
public:
    Deployment deployment() const { return m_deployment; }
    bool merged() const { return m_merged; }
    QString message() const { return m_message; }

protected:
    GitHubError acceptPage(int httpStatus, const QJsonDocument &json) override;

private:
    friend class GitHubClient;
    using GitHubRequest::GitHubRequest;
    Deployment m_deployment;
    bool m_merged = false;
    QString m_message;
};

// GET or POST one deployment status.
class StatusRequest : public GitHubRequest
{
    Q_OBJECT
public:
    qint64 deploymentId() const { return m_deploymentId; }
    DeploymentStatus status() const { return m_status; }
    // A POST whose answer was lost (the connection closed, no answer in time, a 5xx, a cut
    // answer) is never sent again blindly: the client reads the deployment's statuses first.
    // True when the status was found there (created once, its answer lost); postCount() says
    // how often it was sent (2 when the read showed the first did not arrive).
    bool wasReconciled() const { return m_reconciled; }
    int postCount() const { return m_postCount; }

protected:
    GitHubError acceptPage(int httpStatus, const QJsonDocument &json) override;

private:
    friend class GitHubClient;
    using GitHubRequest::GitHubRequest;
    qint64 m_deploymentId = 0;
    DeploymentStatus m_status;
    int m_postCount = 0;
    QDateTime m_firstPostAt;
    bool m_reconciling = false;
    bool m_reconciled = false;
};

// DELETE a deployment (204).
class DeleteRequest : public GitHubRequest
{
    Q_OBJECT
public:
    qint64 deploymentId() const { return m_deploymentId; }

protected:
    GitHubError acceptPage(int httpStatus, const QJsonDocument &json) override;

private:
    friend class GitHubClient;
    using GitHubRequest::GitHubRequest;
    qint64 m_deploymentId = 0;
};

// GET /user: checks the token. scopes() is GitHub's `X-OAuth-Scopes` (empty for fine-grained
// tokens, which send none).
class UserRequest : public GitHubRequest
{
    Q_OBJECT
public:
    GitHubUser user() const { return m_user; }
    QStringList scopes() const { return m_scopes; }
    // Whether the answer had an X-OAuth-Scopes header at all (classic and OAuth tokens send
    // one, possibly empty; fine-grained tokens send none).
    bool hasScopesHeader() const { return m_hasScopesHeader; }
    // `github-authentication-token-expiration` (UTC), when the token expires.
    QDateTime tokenExpiration() const { return m_tokenExpiration; }

protected:
    GitHubError acceptPage(int httpStatus, const QJsonDocument &json) override;

private:
    friend class GitHubClient;
    using GitHubRequest::GitHubRequest;
    GitHubUser m_user;
    QStringList m_scopes;
    bool m_hasScopesHeader = false;
    QDateTime m_tokenExpiration;
};

// GET /repos/{owner}/{repo}: checks that the repository exists and the token can see it.
class RepositoryRequest : public GitHubRequest
{
    Q_OBJECT
public:
    QJsonObject json() const { return m_json; }
    qint64 repositoryNumber() const { return m_number; } // GitHub's numeric id
    QString fullName() const { return m_fullName; }      // the current name (after a rename)
    bool isPrivate() const { return m_private; }
    // From `permissions` (absent for anonymous reads): needed to create statuses or delete.
    bool canPush() const { return m_canPush; }

protected:
    GitHubError acceptPage(int httpStatus, const QJsonDocument &json) override;

private:
    friend class GitHubClient;
    using GitHubRequest::GitHubRequest;
    QJsonObject m_json;
    qint64 m_number = 0;
    QString m_fullName;
    bool m_private = false;
    bool m_canPush = false;
};

// GET /rate_limit (free: it does not count against the limit).
class RateLimitRequest : public GitHubRequest
{
    Q_OBJECT
public:
    RateLimitInfo core() const;
    QList<RateLimitInfo> resources() const { return m_resources; }

protected:
    GitHubError acceptPage(int httpStatus, const QJsonDocument &json) override;

private:
    friend class GitHubClient;
    using GitHubRequest::GitHubRequest;
    QList<RateLimitInfo> m_resources;
};
