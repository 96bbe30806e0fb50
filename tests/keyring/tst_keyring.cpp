// TokenKeyring and `deploydeck auth` against a real Secret Service (gnome-keyring in its own
// D-Bus session: run through run-with-keyring.sh). A token saved is read back by a fresh
// process and gone after sign-out; with no Secret Service the token stays for the run only;
// no file the app wrote holds a test token.
#include "emulator/githubemulator.h"
#include "models/tokenkeyring.h"
#include "testtimeout.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString host = QStringLiteral("ghe.keyring.test");
const QString inProcessToken = QStringLiteral("ghp_keyringTestInProcess1234");
const QString helperToken = QStringLiteral("ghp_keyringTestHelper5678");
const QString sessionToken = QStringLiteral("ghp_keyringTestSession9012");
const QString cliToken = QStringLiteral("ghp_keyringTestCli3456");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class KeyringTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savedTokenIsReadByAFreshProcess();
    void tokenWrittenElsewhereIsReadHere();
    void noSecretServiceKeepsTheTokenForThisRunOnly();
    void authLoginStatusLogout();
    void cleanupTestCase();

private:
    // Runs a program while this process's event loop keeps serving the emulator.
    Run run(const QString &program, const QStringList &arguments,
            const QProcessEnvironment &environment, const QByteArray &input = {});
    Run helper(const QStringList &arguments, const QProcessEnvironment &environment = {});
    Run cli(const QStringList &arguments, const QByteArray &input = {});
    TokenKeyring::Result call(TokenKeyring &keyring,
                              void (TokenKeyring::*signal)(const QString &, const QString &,
                                                           const TokenKeyring::Result &),
                              const std::function<void()> &start);

    QTemporaryDir m_home;
    GitHubEmulator m_emulator;
};

void KeyringTest::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run me through tests/keyring/run-with-keyring.sh");
    QVERIFY(m_home.isValid());
    QVERIFY(QDir().mkpath(m_home.filePath("bin"))); // PATH: no gh here
    m_emulator.loadDemo();
    m_emulator.addUser(QStringLiteral("mona"), 2002);
    m_emulator.addToken(cliToken, QStringLiteral("mona"));
    QVERIFY(m_emulator.listen());
}

Run KeyringTest::run(const QString &program, const QStringList &arguments,
                     const QProcessEnvironment &environment, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(TestTimeoutMs))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, TestTimeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run KeyringTest::helper(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return run(QStringLiteral(KEYRING_HELPER), arguments,
               environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment);
}

Run KeyringTest::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN",
                             "GITHUB_ENTERPRISE_TOKEN", "GH_HOST", "GH_API_URL"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath("config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath("cache"));
    environment.insert(QStringLiteral("PATH"), m_home.filePath("bin"));
    return run(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck"), arguments, environment, input);
}

TokenKeyring::Result KeyringTest::call(TokenKeyring &keyring,
                                       void (TokenKeyring::*signal)(const QString &,
                                                                    const QString &,
                                                                    const TokenKeyring::Result &),
                                       const std::function<void()> &start)
{
    QSignalSpy spy(&keyring, signal);
    start();
    if (!spy.wait(TestTimeoutMs) || spy.size() != 1)
        return {};
    return spy.constFirst().at(2).value<TokenKeyring::Result>();
}

void KeyringTest::savedTokenIsReadByAFreshProcess()
{
    TokenKeyring keyring;
    // Given a token saved here
    const TokenKeyring::Result written = call(keyring, &TokenKeyring::writeFinished, [&] {
        keyring.write(host, QStringLiteral("mona"), inProcessToken);
    });
    QVERIFY2(written.status == TokenKeyring::Status::Ok, qPrintable(written.detail));
    QVERIFY(!TokenKeyring::hasSessionToken(host, QStringLiteral("mona")));
    // Then another process reads it from the keyring
    Run read = helper({"read", host, "mona"});
    QCOMPARE(read.exitCode, 0);
    QCOMPARE(read.out.trimmed(), inProcessToken.toUtf8());
    // and another login on the same host has no entry
    QCOMPARE(helper({"read", host, "octocat"}).exitCode, 3);
    // When it is removed, it is gone for everyone
    const TokenKeyring::Result removed = call(keyring, &TokenKeyring::removeFinished, [&] {
        keyring.remove(host, QStringLiteral("mona"));
    });
    QCOMPARE(removed.status, TokenKeyring::Status::Ok);
    read = helper({"read", host, "mona"});
    QCOMPARE(read.exitCode, 3);
    QVERIFY(read.out.isEmpty());
}

void KeyringTest::tokenWrittenElsewhereIsReadHere()
{
    QCOMPARE(helper({"write", host, "hubot", helperToken}).exitCode, 0);
    TokenKeyring keyring;
    const TokenKeyring::Result read = call(keyring, &TokenKeyring::readFinished,
                                           [&] { keyring.read(host, QStringLiteral("hubot")); });
    QCOMPARE(read.status, TokenKeyring::Status::Ok);
    QCOMPARE(read.token, helperToken);
    QCOMPARE(helper({"remove", host, "hubot"}).exitCode, 0);
    const TokenKeyring::Result gone = call(keyring, &TokenKeyring::readFinished,
                                           [&] { keyring.read(host, QStringLiteral("hubot")); });
    QCOMPARE(gone.status, TokenKeyring::Status::NotFound);
    QVERIFY(gone.token.isEmpty());
}

void KeyringTest::noSecretServiceKeepsTheTokenForThisRunOnly()
{
    // A bare session: no bus at all
    QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
    bare.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                QStringLiteral("unix:path=") + m_home.filePath("no-bus"));
    bare.remove(QStringLiteral("DISPLAY"));
    const Run session = helper({"session", host, "mona", sessionToken}, bare);
    QCOMPARE(session.exitCode, 0);
    QCOMPARE(session.out.trimmed(), QByteArray("write=SessionOnly read=SessionOnly same=yes"));
    QVERIFY2(session.err.contains("No system keyring is available"), session.err.constData());
    QVERIFY(!session.err.contains(sessionToken.toUtf8()));
    // The next run has nothing: the token lived in that process only
    const Run next = helper({"read", host, "mona"}, bare);
    QCOMPARE(next.exitCode, 4);
    QVERIFY(next.out.isEmpty());
    // and the real keyring never saw it
    QCOMPARE(helper({"read", host, "mona"}).exitCode, 3);
}

void KeyringTest::authLoginStatusLogout()
{
    const QString apiUrl = m_emulator.baseUrl().toString();
    const QString hostName =
        QStringLiteral("127.0.0.1:%1").arg(m_emulator.baseUrl().port()); // the keyring's HOST
    // Given no token anywhere, a command has none and says where it looked
    Run result = cli({"export", "--repo", "acme/storefront", "--api-url", apiUrl});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("GH_TOKEN") && result.err.contains("keyring") &&
                 result.err.contains("gh auth token"),
             result.err.constData());

    // When signing in with a token on standard input
    result = cli({"auth", "login", "--hostname", apiUrl, "--with-token"}, cliToken.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("mona"));
    QVERIFY(result.out.contains("system keyring"));
    // Then a fresh process finds it in the keyring
    QCOMPARE(helper({"read", hostName, "mona"}).out.trimmed(), cliToken.toUtf8());
    result = cli({"auth", "status"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray signedIn = QByteArray("Signed in to ") + hostName.toUtf8() +
                                " as mona (token from the system keyring)";
    QVERIFY2(result.out.contains(signedIn), result.out.constData());
    QVERIFY(result.out.contains("Token: ghp_****"));
    QVERIFY(result.out.contains("Token scopes: repo, read:org"));
    QVERIFY(!result.out.contains(cliToken.toUtf8()) && !result.err.contains(cliToken.toUtf8()));
    // and the other commands use it
    result = cli({"export", "--repo", "acme/storefront", "--api-url", apiUrl, "--no-cache"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("["));

    // When signing out
    result = cli({"auth", "logout", "--hostname", apiUrl, "--user", "mona"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Signed out"));
    // Then the entry and the account are gone
    QCOMPARE(helper({"read", hostName, "mona"}).exitCode, 3);
    result = cli({"auth", "status"});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    // A second logout has nothing to remove
    QCOMPARE(cli({"auth", "logout", "--user", "mona"}).exitCode, 1);
}

void KeyringTest::cleanupTestCase()
{
    // No file the app wrote (settings, cache) holds any test token.
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const QString &token : {inProcessToken, helperToken, sessionToken, cliToken})
            QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
    }
    // The settings file exists (the account list was written there), so the check looked.
    QVERIFY(QFile::exists(m_home.filePath("config/DeployDeck/deploydeck.conf")));
    QVERIFY(files >= 1);
}

QTEST_GUILESS_MAIN(KeyringTest)
#include "tst_keyring.moc"
