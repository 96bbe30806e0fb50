// deploydeck-emulator: the local GitHub API emulator as a standalone server, for curl,
// a second client, or benchmarks. Prints "Listening on http://HOST:PORT" (https with
// --tls-cert) first. Sign-in options: emulator/AUTH-API.md.

#include "emulator/emulatorscript.h"
#include "emulator/githubemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop from the main thread (the self-pipe trick).
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "deploydeck-emulator: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deploydeck-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPLOYDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local GitHub Deployments API emulator for DeployDeck."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port (0 = any free port)."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("The token clients must send."),
                                   QStringLiteral("TOKEN"), QStringLiteral("demo-token"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QStringLiteral("demo, empty, synthetic:DEPLOYMENTS:STATUSES_EACH or "
                       "org:REPOSITORIES:DEPLOYMENTS:STATUSES_EACH."),
        QStringLiteral("SET"), QStringLiteral("demo"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for the demo data."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption live(QStringLiteral("live"),
                                  QStringLiteral("Start a new deployment every N seconds."),
                                  QStringLiteral("SECONDS"));
    const QCommandLineOption repo(QStringLiteral("repo"),
                                  QStringLiteral("Add an empty repository (repeatable)."),
                                  QStringLiteral("OWNER/NAME"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay every answer by N milliseconds."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per hour (default 5000)."),
                                       QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption secondaryLimit(
        QStringLiteral("secondary-limit"),
        QStringLiteral("GitHub's secondary limit on writes: 80 a minute, 500 an hour (403 with "
                       "retry-after beyond it)."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate "
                                                    "(tests/data/tls/make-test-ca.sh makes one)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption users(
        QStringLiteral("users"),
        QStringLiteral("demo: add the demo accounts: reader-token (read-only user), "
                       "github_pat_demo (fine-grained), noscope-token, expired-token, "
                       "revoked-token, acme/compliance (SAML SSO) and acme/internal-tools "
                       "(private)."),
        QStringLiteral("SET"));
    const QCommandLineOption clientId(
        QStringLiteral("oauth-client-id"),
        QStringLiteral("Accept this OAuth app client ID in the device flow (repeatable; "
                       "deploydeck-test-client always works)."),
        QStringLiteral("ID"));
    const QCommandLineOption autoApprove(
        QStringLiteral("device-auto-approve"),
        QStringLiteral("Approve every device-flow code for LOGIN at its first poll (else POST "
                       "/_emulator/device {\"action\":\"approve\",\"user_code\":...,"
                       "\"login\":...})."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption script(
        QStringLiteral("script"),
        QStringLiteral("Scripted transitions (emulator/emulatorscript.h): one step every "
                       "--script-interval seconds, or on POST /_emulator/script/step."),
        QStringLiteral("FILE"));
    const QCommandLineOption scriptInterval(
        QStringLiteral("script-interval"),
        QStringLiteral("Seconds between script steps (0: only on POST /_emulator/script/step)."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    parser.addOptions({host, port, token, data, seed, live, repo, latency, rateLimit, tlsCert,
                       tlsKey, users, clientId, autoApprove, script, scriptInterval,
                       secondaryLimit});
    parser.process(app);

    GitHubEmulator emulator;
    emulator.setToken(parser.value(token));
    emulator.setSecondaryRateLimit(parser.isSet(secondaryLimit));

    const QString set = parser.value(data);
    bool ok = true;
    if (set == QLatin1String("demo")) {
        const uint n = parser.value(seed).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed takes a number"));
        emulator.loadDemo(n);
    } else if (set == QLatin1String("empty")) {
        emulator.loadEmpty();
    } else if (set.startsWith(QLatin1String("synthetic:"))) {
        const QStringList parts = set.split(QLatin1Char(':'));
        bool okD = false;
        bool okS = false;
        const int deployments = parts.value(1).toInt(&okD);
        const int statuses = parts.value(2).toInt(&okS);
        if (parts.size() != 3 || !okD || !okS || deployments < 0 || statuses < 0)
            return fail(QStringLiteral("--data synthetic:DEPLOYMENTS:STATUSES_EACH"));
        emulator.loadSynthetic(deployments, statuses);
    } else if (set.startsWith(QLatin1String("org:"))) {
        const QStringList parts = set.split(QLatin1Char(':'));
        QList<int> numbers;
        for (qsizetype i = 1; i < parts.size(); ++i)
            numbers.append(parts.at(i).toInt(&ok));
        if (parts.size() != 4 || !ok || *std::min_element(numbers.cbegin(), numbers.cend()) < 0)
            return fail(QStringLiteral("--data org:REPOSITORIES:DEPLOYMENTS:STATUSES_EACH"));
        emulator.loadOrganisation(numbers.at(0), numbers.at(1), numbers.at(2));
    } else {
        return fail(QStringLiteral("--data takes demo, empty, synthetic:N:M or org:R:N:M"));
    }
    for (const QString &name : parser.values(repo)) {
        if (emulator.addRepository(name) < 0)
            return fail(QStringLiteral("--repo takes OWNER/NAME, not %1").arg(name));
    }
    if (parser.isSet(users)) {
        if (parser.value(users) != QLatin1String("demo"))
            return fail(QStringLiteral("--users takes demo"));
        emulator.addDemoAccounts();
    }
    for (const QString &id : parser.values(clientId))
        emulator.addOAuthApp(id);
    if (parser.isSet(autoApprove))
        emulator.setDeviceAutoApprove(parser.value(autoApprove));
    const int ms = parser.value(latency).toInt(&ok);
    if (!ok || ms < 0)
        return fail(QStringLiteral("--latency-ms takes a number"));
    emulator.setLatency(std::chrono::milliseconds(ms));
    const int limit = parser.value(rateLimit).toInt(&ok);
    if (!ok || limit < 0)
        return fail(QStringLiteral("--rate-limit takes a number"));
    emulator.setRateLimit(limit);
    if (parser.isSet(live)) {
        const int seconds = parser.value(live).toInt(&ok);
        if (!ok || seconds <= 0)
            return fail(QStringLiteral("--live takes a number of seconds"));
        emulator.startLive(seconds);
    }

    EmulatorScript steps(&emulator);
    if (parser.isSet(script)) {
        QString error;
        if (!steps.loadFile(parser.value(script), &error))
            return fail(QStringLiteral("--script: %1").arg(error));
        steps.addControlRoutes();
        const int seconds = parser.value(scriptInterval).toInt(&ok);
        if (!ok || seconds < 0)
            return fail(QStringLiteral("--script-interval takes a number of seconds"));
        QObject::connect(&steps, &EmulatorScript::failed, &app, [](const QString &error) {
            std::fprintf(stderr, "deploydeck-emulator: script: %s\n", qPrintable(error));
        });
        if (seconds > 0)
            steps.start(seconds);
    }

    const QHostAddress address(parser.value(host));
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (address.isNull() || !ok || portNumber > 65535)
        return fail(QStringLiteral("--host takes an IP address and --port a number"));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    bool listening = false;
    if (parser.isSet(tlsCert)) {
        QFile certFile(parser.value(tlsCert));
        QFile keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1 or %2")
                            .arg(certFile.fileName(), keyFile.fileName()));
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return fail(QStringLiteral("--tls-cert and --tls-key take a PEM certificate and an "
                                       "EC or RSA private key"));
        listening = emulator.listenTls(address, quint16(portNumber), certificate, key);
    } else {
        listening = emulator.listen(address, quint16(portNumber));
    }
    if (!listening)
        return fail(
            QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(portNumber));

    installSignalHandlers(app);
    std::printf("Listening on %s://%s:%u\n", emulator.isTls() ? "https" : "http",
                qPrintable(address.toString()), unsigned(emulator.port()));
    std::fflush(stdout);
    const int rc = app.exec();
    std::fprintf(stderr, "deploydeck-emulator: stopped\n");
    return rc;
}
