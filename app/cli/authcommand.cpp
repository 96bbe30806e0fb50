// deploydeck auth login / status / logout, as gh's `auth` (the token never printed).
#include "clicore.h"
#include "commands.h"
#include "connection.h"

#include "models/accountstore.h"
#include "models/githubclient.h"
#include "models/tokencheck.h"
#include "models/tokenkeyring.h"
#include "models/tokenresolver.h"

#include <QEventLoop>
#include <QFile>

#include <functional>

namespace CommandLine {

namespace {

// --hostname, or the global --api-url, names the host.
QCommandLineOption hostnameOption()
{
    return QCommandLineOption(QStringLiteral("hostname"),
                              tr("The GitHub host (github.com, an Enterprise Server host name, "
                                 "or an API URL)."),
                              QStringLiteral("HOST"));
}

const QString allowInsecureName = QStringLiteral("allow-insecure-http");

// gh's mask: a known prefix stays (it says what kind of token it is), the rest never shows.
QString maskedToken(const QString &token)
{
    for (const char *prefix : {"github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
        if (token.startsWith(QLatin1String(prefix)))
            return QLatin1String(prefix) + QStringLiteral("****");
    }
    return QStringLiteral("****");
}

// `auth status` checks every account with GET /user; a host that does not answer (a VPN that
// is down, an Enterprise host that moved) should cost seconds, not the client's 30 s transfer
// timeout per account, and a GET /user that answers at all answers well within this.
constexpr int authStatusTimeoutMs = 10000;
// Internal, for tests only (not a supported setting): overrides authStatusTimeoutMs.
const char authStatusTimeoutVariable[] = "DEPLOYDECK_INTERNAL_AUTH_STATUS_TIMEOUT_MS";

int authStatusTimeout()
{
    bool ok = false;
    const int override = qEnvironmentVariableIntValue(authStatusTimeoutVariable, &ok);
    return ok && override > 0 ? override : authStatusTimeoutMs;
}

// No HTTP answer at all (refused, reset, DNS, timeout); a TLS failure is an answer of sorts
// and keeps its own explanation (the certificate's subject, issuer and reason).
bool unreachable(const TokenCheck::Result &check)
{
    return check.verdict == TokenCheck::Verdict::Failed &&
           (check.error.kind == GitHubError::Kind::Timeout ||
            (check.error.kind == GitHubError::Kind::Network &&
             check.error.certificateProblems.isEmpty()));
}

TokenCheck::Result checkToken(const QUrl &apiRoot, const QString &token, bool allowInsecure,
                              int timeoutMs = 0)
{
    TokenCheck check;
    if (timeoutMs > 0)
        check.setTransferTimeout(timeoutMs);
    check.setAllowInsecureHttp(allowInsecure);
    check.setCaCertificates(caCertificatesFor(apiRoot));
    QEventLoop loop;
    QObject::connect(&check, &TokenCheck::finished, &loop, &QEventLoop::quit);
    check.start(apiRoot, token);
    loop.exec();
    return check.result();
}

// Runs one keyring call and waits for its answer.
TokenKeyring::Result keyringCall(const std::function<void(TokenKeyring &)> &call,
                                 void (TokenKeyring::*signal)(const QString &, const QString &,
                                                              const TokenKeyring::Result &))
{
    TokenKeyring keyring;
    QEventLoop loop;
    TokenKeyring::Result result;
    QObject::connect(
        &keyring, signal, &loop,
        [&loop, &result](const QString &, const QString &, const TokenKeyring::Result &answer) {
            result = answer;
            loop.quit();
        });
    call(keyring);
    loop.exec();
    return result;
}

int readAuthHost(const Invocation &invocation, QUrl *apiRoot)
{
    const QCommandLineParser &parser = invocation.parser;
    if (!parser.isSet(QStringLiteral("hostname")) && parser.isSet(QStringLiteral("api-url"))) {
        bool allowInsecure = false;
        return readApiRoot(invocation, apiRoot, &allowInsecure);
    }
    const QString host = parser.isSet(QStringLiteral("hostname"))
                             ? parser.value(QStringLiteral("hostname"))
                             : qEnvironmentVariable("GH_HOST", QStringLiteral("github.com"));
    *apiRoot = Account::apiRootForHost(host);
    const QString problem = GitHubClient::checkApiRoot(*apiRoot, parser.isSet(allowInsecureName));
    if (!problem.isEmpty()) {
        printError(problem);
        return UsageError;
    }
    return Ok;
}

int runAuthLogin(Invocation &invocation)
{
    const QString description =
        tr("Signs in to a GitHub host: reads a token from standard input, checks it with GitHub "
           "and keeps it in the system keyring.");
    const QCommandLineOption withToken(QStringLiteral("with-token"),
                                       tr("Read the token from standard input."));
    if (const std::optional<int> done =
            invocation.parse(description, {hostnameOption(), withToken}))
        return *done;
    const QCommandLineParser &parser = invocation.parser;
    if (!parser.isSet(withToken)) {
        printError(tr("--with-token is required: pipe the token in, for example "
                      "\"deploydeck auth login --with-token < token.txt\". Browser sign-in is in "
                      "the desktop app."));
        return UsageError;
    }
    QUrl apiRoot;
    if (const int code = readAuthHost(invocation, &apiRoot))
        return code;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        printError(tr("Could not read the token from standard input."));
        return UsageError;
    }
    const QString token = QString::fromUtf8(input.readAll()).trimmed();
    if (token.isEmpty() || token.contains(QLatin1Char('\n')) || token.contains(QLatin1Char(' '))) {
        printError(tr("Standard input holds no token (expected one line)."));
        return UsageError;
    }

    const TokenCheck::Result check = checkToken(apiRoot, token, parser.isSet(allowInsecureName));
    if (!check.signedIn()) {
        printError(check.message());
        return ApiError;
    }
    if (check.verdict != TokenCheck::Verdict::Valid)
        printError(check.message()); // the scope explanation, before it is saved
    Account account = check.account;
    const TokenKeyring::Result stored = keyringCall(
        [&](TokenKeyring &keyring) { keyring.write(account.host(), account.login, token); },
        &TokenKeyring::writeFinished);
    if (stored.status != TokenKeyring::Status::Ok) {
        // A command line process ends now: a session-only token would be lost at once, and it
        // never goes to a file instead.
        //: %1 is why (the keyring's message)
        printError(tr("The token was not saved: %1").arg(stored.message));
        return ApiError;
    }
    account.tokenOrigin = Account::TokenOrigin::Keyring;
    AccountStore().addOrUpdate(account);
    //: %1 is the login, %2 the host
    printOut(tr("Signed in to %2 as %1; the token is in the system keyring.")
                 .arg(account.login, account.host())
                 .toLocal8Bit() +
             '\n');
    if (!AccountStore::environmentHost().isEmpty() &&
        TokenResolver::environmentToken(account.host()).size() > 0)
        printError(tr("GH_TOKEN or GITHUB_TOKEN is set and is used for %1 instead while it is.")
                       .arg(account.host()));
    return Ok;
}

int runAuthStatus(Invocation &invocation)
{
    const QString description =
        tr("Shows the accounts DeployDeck signs in with, per host, and where each token comes "
           "from. Tokens are never shown.");
    if (const std::optional<int> done = invocation.parse(description, {hostnameOption()}))
        return *done;
    const QCommandLineParser &parser = invocation.parser;
    QString onlyHost;
    if (parser.isSet(QStringLiteral("hostname")))
        onlyHost = Account::hostForApiRoot(
            Account::apiRootForHost(parser.value(QStringLiteral("hostname"))));

    AccountStore store;
    QList<Account> accounts = store.accounts();
    if (const std::optional<Account> environment = store.environmentAccount()) {
        if (store.accountsForHost(environment->host()).isEmpty())
            accounts.prepend(*environment);
    }
    QStringList hosts;
    for (const Account &account : accounts) {
        if (!hosts.contains(account.host()) && (onlyHost.isEmpty() || account.host() == onlyHost))
            hosts.append(account.host());
    }
    if (hosts.isEmpty()) {
        printError(tr("Not signed in to any GitHub host. Run \"deploydeck auth login "
                      "--with-token\" or set GH_TOKEN."));
        return ApiError;
    }
    int failures = 0;
    QByteArray out;
    const int timeoutMs = authStatusTimeout();
    QStringList unreachableHosts; // asked once: the host's other accounts do not wait again
    for (const QString &host : hosts) {
        out += host.toLocal8Bit() + '\n';
        QStringList seenEnvironment;
        for (const Account &account : accounts) {
            if (account.host() != host)
                continue;
            const bool fromEnvironment = account.tokenOrigin == Account::TokenOrigin::Environment;
            if (fromEnvironment && seenEnvironment.contains(host))
                continue; // one environment token per host, whatever the remembered logins
            const TokenResolver::Result token =
                findToken(account.apiRoot, fromEnvironment ? QString() : account.login);
            if (!token.ok()) {
                ++failures;
                //: %1 is the login, %2 why there is no token
                out += QStringLiteral("  X %1: %2\n")
                           .arg(account.login, token.notes.isEmpty()
                                                   ? tr("no token found")
                                                   : token.notes.join(QLatin1Char(' ')))
                           .toLocal8Bit();
                continue;
            }
            if (token.origin == Account::TokenOrigin::Environment)
                seenEnvironment.append(host);
            // "  X LOGIN: could not reach HOST (why)", as the other failures; the environment's
            // token has no login until GET /user answers.
            const auto unreachableLine = [&account](const QString &text) {
                return (account.login.isEmpty()
                            ? QStringLiteral("  X %1\n").arg(text)
                            : QStringLiteral("  X %1: %2\n").arg(account.login, text))
                    .toLocal8Bit();
            };
            if (unreachableHosts.contains(host)) {
                ++failures;
                //: %1 host (its first account's line said why)
                out += unreachableLine(tr("could not reach %1").arg(host));
                continue;
            }
            const TokenCheck::Result check = checkToken(account.apiRoot, token.token,
                                                        parser.isSet(allowInsecureName), timeoutMs);
            if (unreachable(check)) {
                ++failures;
                unreachableHosts.append(host);
                // Qt's own words for a refused or reset connection ("Connection refused").
                const QString reason =
                    check.error.kind == GitHubError::Kind::Timeout
                        ? tr("no answer within %n second(s)", nullptr, (timeoutMs + 999) / 1000)
                        : (check.error.detail.isEmpty() ? check.error.toDisplayString()
                                                        : check.error.detail);
                //: %1 host, %2 why (no answer in time, Qt's "Connection refused", ...)
                out += unreachableLine(tr("could not reach %1 (%2)").arg(host, reason));
                continue;
            }
            if (!check.signedIn()) {
                ++failures;
                out += "  X " +
                       tr("Token %1 for %2 does not work: %3")
                           .arg(Account::originText(token.origin),
                                account.login.isEmpty() ? host : account.login, check.message())
                           .toLocal8Bit() +
                       '\n';
                continue;
            }
            //: %1 host, %2 login, %3 where the token comes from ("from the system keyring")
            out += "  " +
                   tr("Signed in to %1 as %2 (token %3)")
                       .arg(host, check.account.login, Account::originText(token.origin))
                       .toLocal8Bit() +
                   '\n';
            out += "  - " + tr("Token: %1").arg(maskedToken(token.token)).toLocal8Bit() + '\n';
            if (check.hasScopesHeader)
                out += "  - " +
                       tr("Token scopes: %1")
                           .arg(check.scopes.isEmpty() ? tr("(none)")
                                                       : check.scopes.join(QStringLiteral(", ")))
                           .toLocal8Bit() +
                       '\n';
            else
                out +=
                    "  - " +
                    tr("Fine-grained token (needs \"Deployments: read and write\")").toLocal8Bit() +
                    '\n';
            if (check.verdict == TokenCheck::Verdict::ClassicMissingScope)
                out += "  ! " + check.message().toLocal8Bit() + '\n';
        }
    }
    printOut(out);
    return failures > 0 ? ApiError : Ok;
}

int runAuthLogout(Invocation &invocation)
{
    const QString description =
        tr("Signs out of an account: removes its token from the system keyring and forgets it.");
    const QCommandLineOption user(QStringLiteral("user"), tr("The account's login."),
                                  QStringLiteral("LOGIN"));
    if (const std::optional<int> done = invocation.parse(description, {hostnameOption(), user}))
        return *done;
    const QCommandLineParser &parser = invocation.parser;
    AccountStore store;
    QList<Account> candidates = store.accounts();
    if (parser.isSet(QStringLiteral("hostname"))) {
        const QString host = Account::hostForApiRoot(
            Account::apiRootForHost(parser.value(QStringLiteral("hostname"))));
        candidates.removeIf([&host](const Account &account) { return account.host() != host; });
    }
    if (parser.isSet(user)) {
        const QString login = parser.value(user);
        candidates.removeIf([&login](const Account &account) {
            return account.login.compare(login, Qt::CaseInsensitive) != 0;
        });
    }
    if (candidates.isEmpty()) {
        printError(tr("No such account. \"deploydeck auth status\" lists them."));
        return ApiError;
    }
    if (candidates.size() > 1) {
        QStringList names;
        for (const Account &account : candidates)
            names.append(account.host() + QLatin1Char('/') + account.login);
        //: %1 lists HOST/LOGIN pairs
        printError(tr("Several accounts match (%1): say which with --hostname and --user.")
                       .arg(names.join(QStringLiteral(", "))));
        return UsageError;
    }
    const Account account = candidates.constFirst();
    const TokenKeyring::Result removed =
        keyringCall([&](TokenKeyring &keyring) { keyring.remove(account.host(), account.login); },
                    &TokenKeyring::removeFinished);
    if (removed.status == TokenKeyring::Status::Failed ||
        removed.status == TokenKeyring::Status::Unavailable) {
        //: %1 is the keyring's message
        printError(
            tr("Could not remove the token from the system keyring: %1").arg(removed.message));
        return ApiError;
    }
    store.remove(account.apiRoot, account.login);
    printOut(tr("Signed out of %1 as %2.").arg(account.host(), account.login).toLocal8Bit() + '\n');
    if (!TokenResolver::environmentToken(account.host()).isEmpty())
        printError(tr("A token in the environment (GH_TOKEN, GITHUB_TOKEN or "
                      "GH_ENTERPRISE_TOKEN) is still used for %1.")
                       .arg(account.host()));
    return Ok;
}

} // namespace

QString authSummary()
{
    return tr("Sign in to a GitHub host, show the accounts, or sign out (login, status, logout).");
}

int runAuth(Invocation &invocation)
{
    // The action is the first word after "auth" (global options may come between).
    const QString action =
        invocation.takeAction({QStringLiteral("hostname"), QStringLiteral("user")});
    const QStringList actions{QStringLiteral("login"), QStringLiteral("status"),
                              QStringLiteral("logout")};
    if (!actions.contains(action)) {
        if (action.isEmpty() && invocation.hasHelpFlag()) {
            printLine(tr("Usage: %1")
                          .arg(QStringLiteral("deploydeck auth login|status|logout "
                                              "[options]")));
            return Ok;
        }
        if (!action.isEmpty())
            //: %1 is what the user typed after "auth"
            printError(tr("Unknown auth command \"%1\". Use \"deploydeck auth login\", "
                          "\"auth status\" or \"auth logout\".")
                           .arg(action));
        else
            printError(tr("Use \"deploydeck auth login\", \"auth status\" or \"auth logout\"."));
        return UsageError;
    }
    if (action == QLatin1String("login"))
        return runAuthLogin(invocation);
    if (action == QLatin1String("status"))
        return runAuthStatus(invocation);
    return runAuthLogout(invocation);
}

} // namespace CommandLine
