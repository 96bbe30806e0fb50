#pragma once

#include "models/repositoryid.h"
#include "models/tokenresolver.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

class GitHubClient;

namespace CommandLine {

class Invocation;

// The parts the repository subcommands share: --repo, the API root (global --api-url), the
// token, and --deployment.
struct Connection
{
    // Its messages live in the "CommandLine" context with every subcommand's.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    RepositoryId repository;
    QUrl apiRoot;
    bool allowInsecure = false;
    // The global --ca-file's certificates (empty: the host's configured bundle, if any).
    QList<QSslCertificate> caCertificates;

    // The subcommand options for these (the global ones are added by Invocation::parse).
    static QCommandLineOption repoOption();
    static QCommandLineOption deploymentOption();

    // Reads --repo and the API root; prints why and returns UsageError when they are wrong.
    int read(const Invocation &invocation);
    // Only the API root and --ca-file (a subcommand that finds its repositories otherwise).
    int readHost(const Invocation &invocation);
    // Sets up the client; false (after saying why, naming every place looked in) without a
    // token.
    bool configure(GitHubClient *client) const;
};

// --api-url (else GH_API_URL, else the settings, else api.github.com) as a checked API root;
// an error names the value given and, for a bare host name, suggests the Enterprise form.
int readApiRoot(const Invocation &invocation, QUrl *apiRoot, bool *allowInsecure);
// The API root a user's `--api-url` value means, or an error message (translated).
QUrl parseApiUrl(const QString &value, bool allowInsecure, QString *error);
// The token for an API root (and login), in gh's order: environment, keyring, `gh auth token`;
// waits for the keyring.
TokenResolver::Result findToken(const QUrl &apiRoot, const QString &login = QString());
// --deployment as a positive number.
int readDeploymentId(const Invocation &invocation, qint64 *id);
// The CA bundle configured for the API root's host, if any.
QList<QSslCertificate> caCertificatesFor(const QUrl &apiRoot);
// The ETag cache file for an API root (empty: none).
QString etagCacheFile(const QUrl &apiRoot);

} // namespace CommandLine
