#pragma once

// The emulator's in-memory GitHub: repositories, deployments, statuses, environments, users,
// and their JSON as api.github.com serves it. Kept fast for 10,000+ deployments: ids index
// everything, and each repository keeps its deployments in creation (= id) order.

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

struct EmulatorUser
{
    qint64 id = 0;
    QString login;
    QString name;
    QString avatarUrl; // empty: https://avatars.githubusercontent.com/u/ID?v=4
    bool bot = false;
    bool registered = false; // added by addUser: survives clear()
};

// A user's role on a repository; each level includes the ones below.
enum class EmulatorPermission { None, Pull, Triage, Push, Maintain, Admin };

struct EmulatorGrant
{
    EmulatorPermission permission = EmulatorPermission::None;
    bool organizationMember = false; // else a collaborator (for /user/repos?affiliation=)
};

struct EmulatorStatus
{
    qint64 id = 0;
    QString state;
    QString description;
    QString environment;
    QString targetUrl;
    QString logUrl;
    QString environmentUrl;
    qint64 creatorId = 0;
    QDateTime createdAt;
};

struct EmulatorDeployment
{
    qint64 id = 0;
    QString sha;
    QString ref;
    QString task;
    QJsonValue payload;
    QString originalEnvironment;
    QString environment;
    QJsonValue description; // string or null
    bool transient = false;
    bool production = false;
    qint64 creatorId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::vector<EmulatorStatus> statuses; // oldest first

    QString latestState() const { return statuses.empty() ? QString() : statuses.back().state; }
};

struct EmulatorEnvironment
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct EmulatorRepository
{
    qint64 id = 0;
    QString owner;
    QString name;
    QDateTime createdAt;
    quint64 version = 0;       // bumped on every change: part of every ETag
    std::vector<qint64> order; // deployment ids, oldest first (ascending ids)
    std::map<qint64, EmulatorDeployment> deployments;
    std::map<QString, EmulatorEnvironment> environments; // by name, sorted
    bool isPrivate = false;
    QDateTime pushedAt; // invalid: the newest deployment's created_at
    QString ssoUrl;     // non-empty: SAML SSO enforced (403 until the token is authorised)
    std::map<qint64, EmulatorGrant> grants; // by user id

    QString fullName() const { return owner + QLatin1Char('/') + name; }
};

// What a new deployment is made of (already validated).
struct EmulatorDeploymentSpec
{
    QString ref = QStringLiteral("main");
    QString sha; // derived from the ref if empty
    QString task = QStringLiteral("deploy");
    QJsonValue payload = QJsonObject();
    QString environment = QStringLiteral("production");
    QJsonValue description = QString();
    bool transient = false;
    std::optional<bool> production; // default: environment == "production"
    QString creator;                // login; default: the token's user
};

// What a new status is made of (already validated).
struct EmulatorStatusSpec
{
    QString state;
    QString description;
    QString logUrl;
    QString targetUrl;
    std::optional<QString> environment;
    QString environmentUrl;
    bool autoInactive = true;
    QString creator;
};

class EmulatorStore
{
public:
    static constexpr qint64 authenticatedUserId = 1;

    EmulatorStore();

    void clear();
    std::function<QDateTime()> clock; // UTC, whole seconds

    QDateTime now() const;

    // Repositories (names are case-insensitive).
    EmulatorRepository *addRepository(const QString &owner, const QString &name,
                                      const QDateTime &createdAt = {});
    EmulatorRepository *repository(const QString &owner, const QString &name);
    EmulatorRepository *repositoryById(qint64 id);
    const EmulatorRepository *repositoryById(qint64 id) const;
    const EmulatorRepository *repository(const QString &ownerSlashName) const;
    EmulatorRepository *repository(const QString &ownerSlashName);
    std::optional<qint64> renamedRepository(const QString &owner, const QString &name) const;
    bool rename(const QString &oldFullName, const QString &newFullName);
    const std::vector<qint64> &repositoryOrder() const { return m_repositoryOrder; }

    // Users (created on first use of a login). addUser registers one that survives clear();
    // it returns the id, or -1 if `id` belongs to another login.
    const EmulatorUser &user(qint64 id) const;
    qint64 userId(const QString &login);
    qint64 addUser(const QString &login, qint64 id, const QString &name, const QString &avatarUrl);

    // Access. Without a grant: the default user is admin everywhere, an owner is admin on
    // its repositories, anyone can pull a public repository.
    EmulatorPermission permission(const EmulatorRepository &repo, qint64 userId) const;
    // "owner", "collaborator", "organization_member", or "" (not one of the user's repositories).
    QString affiliation(const EmulatorRepository &repo, qint64 userId) const;
    QDateTime pushedAt(const EmulatorRepository &repo) const;

    // Mutations. `at` defaults to now(). addStatus applies the auto_inactive rule.
    EmulatorDeployment &createDeployment(EmulatorRepository &repo,
                                         const EmulatorDeploymentSpec &spec,
                                         const QDateTime &at = {});
    EmulatorStatus &addStatus(EmulatorRepository &repo, EmulatorDeployment &deployment,
                              const EmulatorStatusSpec &spec, const QDateTime &at = {});
    void deleteDeployment(EmulatorRepository &repo, qint64 deploymentId);
    // PUT .../environments/{name}: creates it (or touches it); DELETE: removes it, keeping
    // its deployments. deleteEnvironment is false when there is no such environment.
    EmulatorEnvironment &putEnvironment(EmulatorRepository &repo, const QString &name);
    bool deleteEnvironment(EmulatorRepository &repo, const QString &name);

    // JSON as GitHub serves it; `root` is the API root, e.g. http://127.0.0.1:8080
    QJsonObject userJson(const QString &root, qint64 userId) const;
    QJsonObject authenticatedUserJson(const QString &root,
                                      qint64 userId = authenticatedUserId) const;
    // `permissions` as `viewerId` has them.
    QJsonObject repositoryJson(const QString &root, const EmulatorRepository &repo,
                               qint64 viewerId = authenticatedUserId) const;
    QJsonObject deploymentJson(const QString &root, const EmulatorRepository &repo,
                               const EmulatorDeployment &deployment) const;
    QJsonObject statusJson(const QString &root, const EmulatorRepository &repo,
                           const EmulatorDeployment &deployment,
                           const EmulatorStatus &status) const;
    QJsonObject environmentJson(const QString &root, const EmulatorRepository &repo,
                                const EmulatorEnvironment &environment) const;

    static QString isoDate(const QDateTime &time);
    static QString nodeId(const QString &type, qint64 id);
    static QString shaFor(const QString &seed);

private:
    qint64 freeUserId();
    void touchEnvironment(EmulatorRepository &repo, const QString &name, const QDateTime &at);

    std::map<qint64, EmulatorRepository> m_repositories;
    std::vector<qint64> m_repositoryOrder;
    QHash<QString, qint64> m_repositoryByName; // lower-case full name
    QHash<QString, qint64> m_renamed;          // lower-case old full name
    std::map<qint64, EmulatorUser> m_users;
    QHash<QString, qint64> m_userByLogin; // lower-case login
    qint64 m_nextRepositoryId = 0;
    qint64 m_nextDeploymentId = 0;
    qint64 m_nextStatusId = 0;
    qint64 m_nextEnvironmentId = 0;
    qint64 m_nextUserId = 0;
};
