// (emulatorapi.cpp is over 700 lines: it is GitHub's route table, one handler per endpoint,
// kept together so the emulator reads like GitHub's REST reference.)
#include "emulator/emulatorapi.h"
#include "emulator/emulatorenvironments.h"

#include "emulator/emulatorstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace {

const QString createDeploymentDocs =
    QStringLiteral("https://docs.github.com/rest/deployments/deployments#create-a-deployment");
const QString deleteDeploymentDocs =
    QStringLiteral("https://docs.github.com/rest/deployments/deployments#delete-a-deployment");
const QString createStatusDocs =
    QStringLiteral("https://docs.github.com/rest/deployments/statuses#create-a-deployment-status");
const QString redirectDocs = QStringLiteral("https://docs.github.com/v3/#http-redirects");
const QString ssoDocs = QStringLiteral("https://docs.github.com/articles/"
                                       "authenticating-to-a-github-organization-with-saml-single-"
                                       "sign-on/");
const QString listUserReposDocs = QStringLiteral(
    "https://docs.github.com/rest/repos/repos#list-repositories-for-the-authenticated-user");

constexpr int defaultPerPage = 30;
constexpr int maxPerPage = 100;
constexpr int maxDescriptionLength = 140;

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray jsonBytes(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

EmulatorResponse jsonResponse(int status, const QByteArray &body)
{
    EmulatorResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

EmulatorResponse notFound()
{
    return EmulatorApi::error(404, QStringLiteral("Not Found"));
}

// One entry of a 422's errors[].
QJsonObject fieldError(const QString &resource, const QString &field, const QString &code,
                       const QString &message = {})
{
    QJsonObject e{{QStringLiteral("resource"), resource},
                  {QStringLiteral("field"), field},
                  {QStringLiteral("code"), code}};
    if (!message.isEmpty())
        e.insert(QStringLiteral("message"), message);
    return e;
}

EmulatorResponse validationFailed(const QJsonArray &errors, const QString &docs)
{
    return jsonResponse(
        422, jsonBytes(QJsonObject{{QStringLiteral("message"), QStringLiteral("Validation Failed")},
                                   {QStringLiteral("errors"), errors},
                                   {QStringLiteral("documentation_url"), docs}}));
}

// The body as a JSON object: 400 if it is not JSON, 422 if it is JSON but not an object.
std::optional<EmulatorResponse> parseObject(const QByteArray &body, const QString &resource,
                                            const QString &docs, QJsonObject *out)
{
    if (body.trimmed().isEmpty()) {
        *out = {};
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument rejects bare scalars; those are JSON too (and not an object: 422).
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &parseError);
        if (parseError.error != QJsonParseError::NoError || wrapped.array().size() != 1)
            return EmulatorApi::error(400, QStringLiteral("Problems parsing JSON"), docs);
        return validationFailed({fieldError(resource, QString(), QStringLiteral("invalid"),
                                            QStringLiteral("Body must be a JSON object."))},
                                docs);
    }
    if (!doc.isObject())
        return validationFailed({fieldError(resource, QString(), QStringLiteral("invalid"),
                                            QStringLiteral("Body must be a JSON object."))},
                                docs);
    *out = doc.object();
    return std::nullopt;
}

int queryInt(const QUrlQuery &query, const QString &key, int fallback)
{
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

struct Page
{
    int perPage = defaultPerPage;
    int page = 1;
    qsizetype first() const { return qsizetype(page - 1) * perPage; }
};

Page pageOf(const EmulatorRequest &request)
{
    Page p;
    p.perPage =
        std::min(queryInt(request.query, QStringLiteral("per_page"), defaultPerPage), maxPerPage);
    p.page = queryInt(request.query, QStringLiteral("page"), 1);
    return p;
}

// GitHub's Link header: prev, next, last, first; absolute URLs keeping the other parameters.
QByteArray linkHeader(const EmulatorRequest &request, const Page &page, qsizetype total)
{
    const int last = std::max<qsizetype>(1, (total + page.perPage - 1) / page.perPage);
    if (last == 1 && page.page == 1)
        return {};
    const auto url = [&](int n) {
        QUrlQuery q = request.query;
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(n));
        return QStringLiteral("<%1%2?%3>")
            .arg(request.root, request.rawPath, q.toString(QUrl::FullyEncoded));
    };
    QStringList parts;
    if (page.page > 1)
        parts << url(std::min(page.page - 1, last)) + QLatin1String("; rel=\"prev\"");
    if (page.page < last) {
        parts << url(page.page + 1) + QLatin1String("; rel=\"next\"");
        parts << url(last) + QLatin1String("; rel=\"last\"");
    }
    if (page.page > 1)
        parts << url(1) + QLatin1String("; rel=\"first\"");
    return parts.join(QLatin1String(", ")).toUtf8();
}

QByteArray etagFor(const QByteArray &seed)
{
    return "W/\"" + QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex() + '"';
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.isEmpty())
        return false;
    const auto strip = [](QByteArray t) {
        t = t.trimmed();
        return t.startsWith("W/") ? t.mid(2) : t; // weak comparison, as GitHub does
    };
    for (const QByteArray &candidate : ifNoneMatch.split(',')) {
        if (candidate.trimmed() == "*" || strip(candidate) == strip(etag))
            return true;
    }
    return false;
}

// A 200 GET: an ETag from a cheap seed, 304 when it matches, otherwise the body.
template <typename BodyFn>
EmulatorResponse conditional(const EmulatorRequest &request, const QByteArray &seed, BodyFn &&body)
{
    const QByteArray etag = etagFor(seed);
    if (etagMatches(request.ifNoneMatch, etag)) {
        EmulatorResponse r;
        r.status = 304;
        r.setHeader("ETag", etag);
        return r;
    }
    EmulatorResponse r = jsonResponse(200, body());
    r.setHeader("ETag", etag);
    r.setHeader("Cache-Control", "private, max-age=60, s-maxage=60");
    return r;
}

QByteArray repoSeed(const EmulatorRequest &request, const EmulatorRepository &repo)
{
    return QByteArray::number(repo.id) + '/' + QByteArray::number(repo.version) + '|' +
           request.root.toUtf8() + request.rawPath.toUtf8() + '?' +
           request.query.toString(QUrl::FullyEncoded).toUtf8();
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

// Type checks for optional fields: absent is fine, the wrong JSON type is a 422.
bool isStringOrAbsent(const QJsonObject &o, const QString &key)
{
    return !o.contains(key) || o.value(key).isString();
}

bool isBoolOrAbsent(const QJsonObject &o, const QString &key)
{
    return !o.contains(key) || o.value(key).isBool();
}

EmulatorResponse listDeployments(EmulatorStore &store, const EmulatorRequest &request,
                                 EmulatorRepository &repo)
{
    const Page page = pageOf(request);
    struct Filter
    {
        QString key;
        QString value;
    };
    std::vector<Filter> filters;
    for (const char *key : {"sha", "ref", "task", "environment"}) {
        const QString name = QString::fromLatin1(key);
        if (request.query.hasQueryItem(name))
            filters.push_back({name, request.query.queryItemValue(name, QUrl::FullyDecoded)});
    }
    const auto matches = [&](const EmulatorDeployment &d) {
        for (const Filter &f : filters) {
            const QString &actual = f.key == QLatin1String("sha")    ? d.sha
                                    : f.key == QLatin1String("ref")  ? d.ref
                                    : f.key == QLatin1String("task") ? d.task
                                                                     : d.environment;
            if (actual != f.value)
                return false;
        }
        return true;
    };
    // Newest first. Without filters the page is a slice; with them, one pass counts and slices.
    std::vector<const EmulatorDeployment *> slice;
    qsizetype total = 0;
    if (filters.empty()) {
        total = qsizetype(repo.order.size());
        for (qsizetype i = page.first(); i < total && qsizetype(slice.size()) < page.perPage; ++i)
            slice.push_back(&repo.deployments.at(repo.order[size_t(total - 1 - i)]));
    } else {
        for (auto it = repo.order.rbegin(); it != repo.order.rend(); ++it) {
            const EmulatorDeployment &d = repo.deployments.at(*it);
            if (!matches(d))
                continue;
            if (total >= page.first() && qsizetype(slice.size()) < page.perPage)
                slice.push_back(&d);
            ++total;
        }
    }
    EmulatorResponse r = conditional(request, repoSeed(request, repo), [&] {
        QJsonArray array;
        for (const EmulatorDeployment *d : slice)
            array.append(store.deploymentJson(request.root, repo, *d));
        return jsonBytes(array);
    });
    const QByteArray link = linkHeader(request, page, total);
    if (!link.isEmpty())
        r.setHeader("Link", link);
    return r;
}

EmulatorResponse createDeployment(EmulatorStore &store, const EmulatorRequest &request,
                                  EmulatorRepository &repo)
{
    const QString resource = QStringLiteral("Deployment");
    QJsonObject body;
    if (auto failure = parseObject(request.body, resource, createDeploymentDocs, &body))
        return *failure;

    const QJsonValue ref = body.value(QStringLiteral("ref"));
    if (!ref.isString() || ref.toString().isEmpty())
        return validationFailed({fieldError(resource, QStringLiteral("ref"),
                                            ref.isUndefined() ? QStringLiteral("missing_field")
                                                              : QStringLiteral("invalid"))},
                                createDeploymentDocs);
    QJsonArray errors;
    for (const char *key : {"task", "environment"}) {
        if (!isStringOrAbsent(body, QString::fromLatin1(key)))
            errors.append(
                fieldError(resource, QString::fromLatin1(key), QStringLiteral("invalid")));
    }
    for (const char *key : {"auto_merge", "transient_environment", "production_environment"}) {
        if (!isBoolOrAbsent(body, QString::fromLatin1(key)))
            errors.append(
                fieldError(resource, QString::fromLatin1(key), QStringLiteral("invalid")));
    }
    const QJsonValue description = body.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        errors.append(
            fieldError(resource, QStringLiteral("description"), QStringLiteral("invalid")));
    const QJsonValue payload = body.value(QStringLiteral("payload"));
    if (!payload.isUndefined() && !payload.isObject() && !payload.isString())
        errors.append(fieldError(resource, QStringLiteral("payload"), QStringLiteral("invalid")));
    const QJsonValue contexts = body.value(QStringLiteral("required_contexts"));
    if (!contexts.isUndefined()) {
        const bool ok =
            contexts.isArray() && std::all_of(contexts.toArray().begin(), contexts.toArray().end(),
                                              [](const QJsonValue &v) { return v.isString(); });
        if (!ok)
            errors.append(fieldError(resource, QStringLiteral("required_contexts"),
                                     QStringLiteral("invalid")));
    }
    if (!errors.isEmpty())
        return validationFailed(errors, createDeploymentDocs);

    const QString refName = ref.toString();
    const bool skipChecks = contexts.isArray() && contexts.toArray().isEmpty();
    // Stand-ins for what a real repository would decide: a ref behind the default branch,
    // a merge conflict, and a commit whose status checks fail.
    if (refName == QLatin1String("needs-merge") &&
        body.value(QStringLiteral("auto_merge")).toBool(true)) {
        return jsonResponse(
            202, jsonBytes(QJsonObject{
                     {QStringLiteral("message"),
                      QStringLiteral("Auto-merged master into topic-branch on deployment.")}}));
    }
    if (refName == QLatin1String("merge-conflict")) {
        return jsonResponse(
            409,
            jsonBytes(QJsonObject{{QStringLiteral("message"),
                                   QStringLiteral("Conflict merging main into %1.").arg(refName)},
                                  {QStringLiteral("documentation_url"), createDeploymentDocs}}));
    }
    if (refName == QLatin1String("failing-checks") && !skipChecks) {
        const QJsonArray failed{QJsonObject{{QStringLiteral("context"), QStringLiteral("ci/build")},
                                            {QStringLiteral("state"), QStringLiteral("failure")}}};
        return jsonResponse(
            409, jsonBytes(QJsonObject{
                     {QStringLiteral("message"),
                      QStringLiteral("Conflict: Commit status checks failed for %1.").arg(refName)},
                     {QStringLiteral("errors"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("contexts"), failed},
                          {QStringLiteral("resource"), resource},
                          {QStringLiteral("field"), QStringLiteral("required_contexts")},
                          {QStringLiteral("code"), QStringLiteral("invalid")}}}},
                     {QStringLiteral("documentation_url"), createDeploymentDocs}}));
    }

    EmulatorDeploymentSpec spec;
    spec.ref = refName;
    spec.task = body.value(QStringLiteral("task")).toString(QStringLiteral("deploy"));
    spec.environment =
        body.value(QStringLiteral("environment")).toString(QStringLiteral("production"));
    if (spec.environment.isEmpty())
        spec.environment = QStringLiteral("production");
    spec.description = description.isUndefined() ? QJsonValue(QString()) : description;
    if (payload.isString()) {
        // A JSON string payload is stored as the object it encodes, as GitHub does.
        const QJsonDocument doc = QJsonDocument::fromJson(payload.toString().toUtf8());
        spec.payload = doc.isObject()                 ? QJsonValue(doc.object())
                       : payload.toString().isEmpty() ? QJsonValue(QJsonObject())
                                                      : payload;
    } else if (payload.isObject()) {
        spec.payload = payload;
    }
    spec.transient = body.value(QStringLiteral("transient_environment")).toBool(false);
    if (body.contains(QStringLiteral("production_environment")))
        spec.production = body.value(QStringLiteral("production_environment")).toBool();
    spec.creator = store.user(request.caller.userId).login;
    if (spec.ref.size() == 40 && std::all_of(spec.ref.begin(), spec.ref.end(), [](QChar c) {
            return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        }))
        spec.sha = spec.ref;

    const EmulatorDeployment &d = store.createDeployment(repo, spec);
    const QJsonObject json = store.deploymentJson(request.root, repo, d);
    EmulatorResponse r = jsonResponse(201, jsonBytes(json));
    r.setHeader("Location", json.value(QStringLiteral("url")).toString().toUtf8());
    return r;
}

EmulatorResponse deleteDeployment(EmulatorStore &store, EmulatorRepository &repo,
                                  EmulatorDeployment &d)
{
    if (d.latestState() != QLatin1String("inactive") && repo.order.size() > 1) {
        return jsonResponse(
            422,
            jsonBytes(QJsonObject{
                {QStringLiteral("message"), QStringLiteral("Validation Failed")},
                {QStringLiteral("errors"),
                 QJsonArray{QStringLiteral("We cannot delete an active deployment unless it is "
                                           "the only deployment in a given environment.")}},
                {QStringLiteral("documentation_url"), deleteDeploymentDocs}}));
    }
    store.deleteDeployment(repo, d.id);
    EmulatorResponse r;
    r.status = 204;
    return r;
}

EmulatorResponse listStatuses(EmulatorStore &store, const EmulatorRequest &request,
                              EmulatorRepository &repo, const EmulatorDeployment &d)
{
    const Page page = pageOf(request);
    const qsizetype total = qsizetype(d.statuses.size());
    EmulatorResponse r = conditional(request, repoSeed(request, repo), [&] {
        QJsonArray array;
        for (qsizetype i = page.first(); i < total && array.size() < page.perPage; ++i)
            array.append(
                store.statusJson(request.root, repo, d, d.statuses[size_t(total - 1 - i)]));
        return jsonBytes(array);
    });
    const QByteArray link = linkHeader(request, page, total);
    if (!link.isEmpty())
        r.setHeader("Link", link);
    return r;
}

EmulatorResponse createStatus(EmulatorStore &store, const EmulatorRequest &request,
                              EmulatorRepository &repo, EmulatorDeployment &d)
{
    const QString resource = QStringLiteral("DeploymentStatus");
    QJsonObject body;
    if (auto failure = parseObject(request.body, resource, createStatusDocs, &body))
        return *failure;

    static const QStringList states{QStringLiteral("error"),    QStringLiteral("failure"),
                                    QStringLiteral("inactive"), QStringLiteral("in_progress"),
                                    QStringLiteral("queued"),   QStringLiteral("pending"),
                                    QStringLiteral("success")};
    QJsonArray errors;
    const QJsonValue state = body.value(QStringLiteral("state"));
    if (state.isUndefined())
        errors.append(
            fieldError(resource, QStringLiteral("state"), QStringLiteral("missing_field")));
    else if (!state.isString() || !states.contains(state.toString()))
        errors.append(fieldError(resource, QStringLiteral("state"), QStringLiteral("invalid")));
    for (const char *key :
         {"description", "log_url", "target_url", "environment", "environment_url"}) {
        if (!isStringOrAbsent(body, QString::fromLatin1(key)))
            errors.append(
                fieldError(resource, QString::fromLatin1(key), QStringLiteral("invalid")));
    }
    if (!isBoolOrAbsent(body, QStringLiteral("auto_inactive")))
        errors.append(
            fieldError(resource, QStringLiteral("auto_inactive"), QStringLiteral("invalid")));
    const QString description = body.value(QStringLiteral("description")).toString();
    // GitHub counts characters (code points), not UTF-16 units or bytes.
    if (description.toUcs4().size() > maxDescriptionLength)
        errors.append(
            fieldError(resource, QStringLiteral("description"), QStringLiteral("custom"),
                       QStringLiteral("description is too long (maximum is 140 characters)")));
    if (!errors.isEmpty())
        return validationFailed(errors, createStatusDocs);

    EmulatorStatusSpec spec;
    spec.state = state.toString();
    spec.description = description;
    spec.logUrl = body.value(QStringLiteral("log_url")).toString();
    spec.targetUrl = body.value(QStringLiteral("target_url")).toString();
    if (body.contains(QStringLiteral("environment")))
        spec.environment = body.value(QStringLiteral("environment")).toString();
    spec.environmentUrl = body.value(QStringLiteral("environment_url")).toString();
    spec.autoInactive = body.value(QStringLiteral("auto_inactive")).toBool(true);
    spec.creator = store.user(request.caller.userId).login;

    const EmulatorStatus &s = store.addStatus(repo, d, spec);
    const QJsonObject json = store.statusJson(request.root, repo, d, s);
    EmulatorResponse r = jsonResponse(201, jsonBytes(json));
    r.setHeader("Location", json.value(QStringLiteral("url")).toString().toUtf8());
    return r;
}

EmulatorResponse listEnvironments(EmulatorStore &store, const EmulatorRequest &request,
                                  EmulatorRepository &repo)
{
    const Page page = pageOf(request);
    const qsizetype total = qsizetype(repo.environments.size());
    EmulatorResponse r = conditional(request, repoSeed(request, repo), [&] {
        QJsonArray array;
        qsizetype i = 0;
        for (const auto &[name, env] : repo.environments) {
            if (i++ < page.first())
                continue;
            if (array.size() >= page.perPage)
                break;
            array.append(store.environmentJson(request.root, repo, env));
        }
        return jsonBytes(QJsonObject{{QStringLiteral("total_count"), int(total)},
                                     {QStringLiteral("environments"), array}});
    });
    const QByteArray link = linkHeader(request, page, total);
    if (!link.isEmpty())
        r.setHeader("Link", link);
    return r;
}

EmulatorResponse forbidden(const QString &message, const QString &docs)
{
    return EmulatorApi::error(403, message, docs);
}

// What GitHub answers before it looks at the route: SSO, visibility, scopes, push access.
// Kept simple (emulator/AUTH-API.md): SSO binds the repositories the user belongs to; a classic
// token needs `repo` for a private repository (`repo_deployment` for its deployments) and
// `repo`, `repo_deployment` or, on a public one, `public_repo` to write.
std::optional<EmulatorResponse> refuse(const EmulatorStore &store, const EmulatorRequest &request,
                                       const EmulatorRepository &repo, const QStringList &rest)
{
    const EmulatorCaller &caller = request.caller;
    const EmulatorPermission level = store.permission(repo, caller.userId);
    if (!repo.ssoUrl.isEmpty() && !store.affiliation(repo, caller.userId).isEmpty() &&
        !caller.ssoOwners.contains(repo.owner.toLower())) {
        EmulatorResponse r =
            forbidden(QStringLiteral("Resource protected by organization SAML enforcement. You "
                                     "must grant your Personal Access token access to this "
                                     "organization."),
                      ssoDocs);
        r.setHeader("X-GitHub-SSO", "required; url=" + repo.ssoUrl.toUtf8());
        return r;
    }
    if (level == EmulatorPermission::None)
        return notFound();
    const bool deploymentsRoute = !rest.isEmpty();
    if (repo.isPrivate && !caller.fineGrained && !caller.hasScope(QStringLiteral("repo")) &&
        !(deploymentsRoute && caller.hasScope(QStringLiteral("repo_deployment"))))
        return notFound();
    const bool write = request.method != "GET" && request.method != "HEAD";
    if (!write)
        return std::nullopt;
    const QString docs = rest.value(0) == QLatin1String("deployments") && rest.size() >= 3
                             ? createStatusDocs
                             : createDeploymentDocs;
    if (!caller.fineGrained && !caller.hasScope(QStringLiteral("repo")) &&
        !caller.hasScope(QStringLiteral("repo_deployment")) &&
        !(!repo.isPrivate && caller.hasScope(QStringLiteral("public_repo")))) {
        EmulatorResponse r =
            forbidden(QStringLiteral("Resource not accessible by personal access token"), docs);
        r.setHeader("X-Accepted-OAuth-Scopes", "repo, repo_deployment");
        return r;
    }
    if (int(level) < int(EmulatorPermission::Push))
        return forbidden(caller.fineGrained
                             ? QStringLiteral("Resource not accessible by personal access token")
                             : QStringLiteral("Must have push access to repository"),
                         docs);
    return std::nullopt;
}

// Everything under /repos/{owner}/{repo} (or /repositories/{id}): `rest` follows the repository.
EmulatorResponse handleRepository(EmulatorStore &store, const EmulatorRequest &request,
                                  EmulatorRepository &repo, const QStringList &rest)
{
    if (auto refusal = refuse(store, request, repo, rest))
        return *refusal;
    const QByteArray &method = request.method;
    const bool get = method == "GET" || method == "HEAD";
    if (rest.isEmpty()) {
        if (!get)
            return notFound();
        // The permissions are the viewer's: part of the ETag.
        const QByteArray seed =
            repoSeed(request, repo) + '|' + QByteArray::number(request.caller.userId) + '|' +
            QByteArray::number(int(store.permission(repo, request.caller.userId)));
        return conditional(request, seed, [&] {
            return jsonBytes(store.repositoryJson(request.root, repo, request.caller.userId));
        });
    }
    if (rest.size() == 1 && rest[0] == QLatin1String("environments") && get)
        return listEnvironments(store, request, repo);
    if (rest.size() >= 2 && rest[0] == QLatin1String("environments"))
        return EmulatorEnvironments::handle(store, request, repo);
    if (rest[0] != QLatin1String("deployments"))
        return notFound();
    if (rest.size() == 1) {
        if (get)
            return listDeployments(store, request, repo);
        if (method == "POST")
            return createDeployment(store, request, repo);
        return notFound();
    }
    qint64 deploymentId = 0;
    if (!parseId(rest[1], &deploymentId))
        return notFound();
    const auto it = repo.deployments.find(deploymentId);
    if (it == repo.deployments.end())
        return notFound();
    EmulatorDeployment &d = it->second;
    if (rest.size() == 2) {
        if (get) {
            return conditional(request, repoSeed(request, repo), [&] {
                return jsonBytes(store.deploymentJson(request.root, repo, d));
            });
        }
        if (method == "DELETE")
            return deleteDeployment(store, repo, d);
        return notFound();
    }
    if (rest[2] != QLatin1String("statuses") || rest.size() > 4)
        return notFound();
    if (rest.size() == 3) {
        if (get)
            return listStatuses(store, request, repo, d);
        if (method == "POST")
            return createStatus(store, request, repo, d);
        return notFound();
    }
    qint64 statusId = 0;
    if (!get || !parseId(rest[3], &statusId))
        return notFound();
    const auto status = std::find_if(d.statuses.begin(), d.statuses.end(),
                                     [&](const EmulatorStatus &s) { return s.id == statusId; });
    if (status == d.statuses.end())
        return notFound();
    return conditional(request, repoSeed(request, repo),
                       [&] { return jsonBytes(store.statusJson(request.root, repo, d, *status)); });
}

// GET /user/repos: the repositories the user owns or was granted, sorted and paginated.
EmulatorResponse listUserRepositories(EmulatorStore &store, const EmulatorRequest &request)
{
    const EmulatorCaller &caller = request.caller;
    static const QStringList known{QStringLiteral("owner"), QStringLiteral("collaborator"),
                                   QStringLiteral("organization_member")};
    QStringList affiliations = known;
    if (request.query.hasQueryItem(QStringLiteral("affiliation"))) {
        affiliations =
            request.query.queryItemValue(QStringLiteral("affiliation"), QUrl::FullyDecoded)
                .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &a : affiliations)
            a = a.trimmed();
        for (const QString &a : std::as_const(affiliations)) {
            if (!known.contains(a))
                return validationFailed(
                    {fieldError(QStringLiteral("Repository"), QStringLiteral("affiliation"),
                                QStringLiteral("invalid"))},
                    listUserReposDocs);
        }
    }
    const QString sort = request.query.queryItemValue(QStringLiteral("sort")).isEmpty()
                             ? QStringLiteral("full_name")
                             : request.query.queryItemValue(QStringLiteral("sort"));
    static const QStringList sorts{QStringLiteral("full_name"), QStringLiteral("pushed"),
                                   QStringLiteral("created"), QStringLiteral("updated")};
    if (!sorts.contains(sort))
        return validationFailed({fieldError(QStringLiteral("Repository"), QStringLiteral("sort"),
                                            QStringLiteral("invalid"))},
                                listUserReposDocs);
    const QString direction = request.query.queryItemValue(QStringLiteral("direction"));
    const bool ascending = direction.isEmpty() ? sort == QLatin1String("full_name")
                                               : direction == QLatin1String("asc");

    std::vector<const EmulatorRepository *> repos;
    QList<qint64> ssoHidden; // owners' ids, for X-GitHub-SSO: partial-results
    for (const qint64 id : store.repositoryOrder()) {
        const EmulatorRepository *repo = store.repositoryById(id);
        const QString affiliation = store.affiliation(*repo, caller.userId);
        if (affiliation.isEmpty() || !affiliations.contains(affiliation))
            continue;
        if (repo->isPrivate && !caller.fineGrained && !caller.hasScope(QStringLiteral("repo")))
            continue;
        if (!repo->ssoUrl.isEmpty() && !caller.ssoOwners.contains(repo->owner.toLower())) {
            const qint64 ownerId = store.userId(repo->owner);
            if (!ssoHidden.contains(ownerId))
                ssoHidden.append(ownerId);
            continue;
        }
        repos.push_back(repo);
    }
    const auto key = [&](const EmulatorRepository *r) {
        if (sort == QLatin1String("created"))
            return r->createdAt;
        return store.pushedAt(*r); // pushed, updated
    };
    std::stable_sort(
        repos.begin(), repos.end(), [&](const EmulatorRepository *a, const EmulatorRepository *b) {
            if (sort != QLatin1String("full_name") && key(a) != key(b))
                return ascending ? key(a) < key(b) : key(a) > key(b);
            const int byName = a->fullName().compare(b->fullName(), Qt::CaseInsensitive);
            return sort == QLatin1String("full_name") && !ascending ? byName > 0 : byName < 0;
        });

    const Page page = pageOf(request);
    const qsizetype total = qsizetype(repos.size());
    QJsonArray array;
    for (qsizetype i = page.first(); i < total && array.size() < page.perPage; ++i)
        array.append(store.repositoryJson(request.root, *repos[size_t(i)], caller.userId));
    const QByteArray body = jsonBytes(array);
    EmulatorResponse r = conditional(request, body, [&] { return body; });
    const QByteArray link = linkHeader(request, page, total);
    if (!link.isEmpty())
        r.setHeader("Link", link);
    if (!ssoHidden.isEmpty()) {
        QByteArrayList ids;
        for (const qint64 id : std::as_const(ssoHidden))
            ids << QByteArray::number(id);
        r.setHeader("X-GitHub-SSO", "partial-results; organizations=" + ids.join(','));
    }
    return r;
}

// What X-Accepted-OAuth-Scopes says for a path (approximately what GitHub sends).
QByteArray acceptedScopes(const QStringList &segments)
{
    if (segments.value(0) == QLatin1String("user"))
        return {};
    if (segments.value(0) == QLatin1String("repos") && segments.size() > 3)
        return "repo, repo_deployment";
    if (segments.value(0) == QLatin1String("repositories") && segments.size() > 2)
        return "repo, repo_deployment";
    return "repo";
}

EmulatorResponse route(EmulatorStore &store, const EmulatorRequest &request,
                       const QStringList &segments);

} // namespace

void EmulatorResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

namespace EmulatorApi {

EmulatorResponse error(int status, const QString &message, const QString &documentationUrl)
{
    return jsonResponse(
        status, jsonBytes(QJsonObject{{QStringLiteral("message"), message},
                                      {QStringLiteral("documentation_url"), documentationUrl}}));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

EmulatorResponse handle(EmulatorStore &store, const EmulatorRequest &request)
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    EmulatorResponse r = route(store, request, segments);
    if (!request.caller.fineGrained && !segments.isEmpty()) {
        bool has = false;
        for (const auto &header : std::as_const(r.headers))
            has = has || header.first.compare("X-Accepted-OAuth-Scopes", Qt::CaseInsensitive) == 0;
        if (!has)
            r.setHeader("X-Accepted-OAuth-Scopes", acceptedScopes(segments));
    }
    return r;
}

} // namespace EmulatorApi

namespace {

EmulatorResponse route(EmulatorStore &store, const EmulatorRequest &request,
                       const QStringList &segments)
{
    if (segments.isEmpty())
        return notFound();
    const bool get = request.method == "GET" || request.method == "HEAD";

    if (segments.size() == 1 && segments[0] == QLatin1String("user")) {
        if (!get)
            return notFound();
        const QByteArray body =
            jsonBytes(store.authenticatedUserJson(request.root, request.caller.userId));
        return conditional(request, body, [&] { return body; });
    }
    if (segments.size() == 2 && segments[0] == QLatin1String("user") &&
        segments[1] == QLatin1String("repos")) {
        if (!get)
            return notFound();
        return listUserRepositories(store, request);
    }

    if (segments[0] == QLatin1String("repositories") && segments.size() >= 2) {
        qint64 id = 0;
        EmulatorRepository *repo = parseId(segments[1], &id) ? store.repositoryById(id) : nullptr;
        if (!repo)
            return notFound();
        return handleRepository(store, request, *repo, segments.mid(2));
    }

    if (segments[0] == QLatin1String("repos") && segments.size() >= 3) {
        if (EmulatorRepository *repo = store.repository(segments[1], segments[2]))
            return handleRepository(store, request, *repo, segments.mid(3));
        if (const auto renamed = store.renamedRepository(segments[1], segments[2])) {
            // Same host, /repositories/{id}/...: 301 for reads, 307 for the rest (as recorded).
            QStringList rest = segments.mid(3);
            QString target =
                request.root + QLatin1String("/repositories/") + QString::number(*renamed);
            for (const QString &part : rest)
                target += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(part));
            if (!request.query.isEmpty())
                target += QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
            const QString repoUrl =
                request.root + QLatin1String("/repositories/") + QString::number(*renamed);
            EmulatorResponse r =
                jsonResponse(get ? 301 : 307,
                             jsonBytes(QJsonObject{
                                 {QStringLiteral("message"), QStringLiteral("Moved Permanently")},
                                 {QStringLiteral("url"), repoUrl},
                                 {QStringLiteral("documentation_url"), redirectDocs}}));
            r.setHeader("Location", target.toUtf8());
            return r;
        }
        return notFound();
    }
    return notFound();
}

} // namespace
