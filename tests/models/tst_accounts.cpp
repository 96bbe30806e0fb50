// Account helpers, AccountStore in QSettings, and TokenResolver's order (environment, keyring,
// gh) with a stand-in `gh` script. No keyring service here: the keyring step reports it.
#include "models/account.h"
#include "models/accountstore.h"
#include "models/ghclitoken.h"
#include "models/tokenkeyring.h"
#include "models/tokenresolver.h"
#include "testtimeout.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const char *const tokenVariables[] = {"GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN",
                                      "GITHUB_ENTERPRISE_TOKEN", "GH_HOST"};

void clearTokenEnvironment()
{
    for (const char *name : tokenVariables)
        qunsetenv(name);
}
} // namespace

class AccountsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { clearTokenEnvironment(); }
    void cleanupTestCase() { clearTokenEnvironment(); }
    void apiRootForHost_data();
    void apiRootForHost();
    void storeRemembersAccountsWithoutTokens();
    void storeRemembersRepositoryAccount();
    void environmentTokenWinsForItsHost();
    void environmentToken_data();
    void environmentToken();
    void resolverTakesEnvironmentFirst();
    void resolverFallsBackToGhCli();
    void resolverNamesAllThreePlaces_data();
    void resolverNamesAllThreePlaces();
    void ghCliTimesOut();

private:
    QString writeGhScript(const QString &name, const QByteArray &body);
    QTemporaryDir m_dir;
};

void AccountsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No Secret Service in this test: the keyring step must fail soft, never hang.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath("no-bus").toUtf8());
}

QString AccountsTest::writeGhScript(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void AccountsTest::apiRootForHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QUrl>("apiRoot");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QUrl>("webRoot");
    QTest::addRow("github.com") << "github.com" << QUrl("https://api.github.com") << "github.com"
                                << QUrl("https://github.com");
    QTest::addRow("GitHub.com") << "GitHub.com" << QUrl("https://api.github.com") << "github.com"
                                << QUrl("https://github.com");
    QTest::addRow("enterprise") << "ghe.example.com" << QUrl("https://ghe.example.com/api/v3")
                                << "ghe.example.com" << QUrl("https://ghe.example.com");
    QTest::addRow("enterprise url")
        << "https://ghe.example.com/api/v3/" << QUrl("https://ghe.example.com/api/v3")
        << "ghe.example.com" << QUrl("https://ghe.example.com");
    QTest::addRow("enterprise port")
        << "ghe.example.com:8443" << QUrl("https://ghe.example.com:8443/api/v3")
        << "ghe.example.com:8443" << QUrl("https://ghe.example.com:8443");
    QTest::addRow("loopback emulator") << "127.0.0.1:4000" << QUrl("http://127.0.0.1:4000")
                                       << "127.0.0.1:4000" << QUrl("http://127.0.0.1:4000");
}

void AccountsTest::apiRootForHost()
{
    QFETCH(QString, input);
    QFETCH(QUrl, apiRoot);
    QFETCH(QString, host);
    QFETCH(QUrl, webRoot);
    QCOMPARE(Account::apiRootForHost(input), apiRoot);
    QCOMPARE(Account::hostForApiRoot(apiRoot), host);
    QCOMPARE(Account::webRootForApiRoot(apiRoot), webRoot);
    Account account;
    account.apiRoot = apiRoot;
    account.login = QStringLiteral("mona");
    QCOMPARE(account.keyringKey(), host + QStringLiteral(" mona"));
}

void AccountsTest::storeRemembersAccountsWithoutTokens()
{
    const QString file = m_dir.filePath("accounts.conf");
    {
        QSettings settings(file, QSettings::IniFormat);
        AccountStore store(&settings);
        QSignalSpy changed(&store, &AccountStore::accountsChanged);
        Account dotCom;
        dotCom.apiRoot = Account::apiRootForHost(QStringLiteral("github.com"));
        dotCom.login = QStringLiteral("mona");
        dotCom.userId = 2002;
        dotCom.scopes = {QStringLiteral("repo")};
        dotCom.tokenOrigin = Account::TokenOrigin::Keyring;
        Account enterprise = dotCom;
        enterprise.apiRoot = Account::apiRootForHost(QStringLiteral("ghe.example.com"));
        // When two accounts are added and one updated
        store.addOrUpdate(dotCom);
        store.addOrUpdate(enterprise);
        dotCom.avatarUrl = QUrl(QStringLiteral("https://example.test/mona.png"));
        store.addOrUpdate(dotCom);
        QCOMPARE(changed.size(), 3);
        // Then both are there, once each, updated in place
        const QList<Account> accounts = store.accounts();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).avatarUrl, dotCom.avatarUrl);
        QCOMPARE(accounts.at(0).tokenOrigin, Account::TokenOrigin::Keyring);
        QCOMPARE(accounts.at(1).host(), QStringLiteral("ghe.example.com"));
        QCOMPARE(store.accountsForHost(QStringLiteral("github.com")).size(), 1);
        QVERIFY(store.remove(enterprise.apiRoot, QStringLiteral("MONA")));
        QVERIFY(!store.remove(enterprise.apiRoot, QStringLiteral("mona")));
        QCOMPARE(store.accounts().size(), 1);
    }
    // A fresh store over the same file sees the same
    QSettings settings(file, QSettings::IniFormat);
    AccountStore store(&settings);
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.accounts().constFirst().userId, 2002);
}

void AccountsTest::storeRemembersRepositoryAccount()
{
    QSettings settings(m_dir.filePath("repositories.conf"), QSettings::IniFormat);
    AccountStore store(&settings);
    Account account;
    account.apiRoot = Account::apiRootForHost(QStringLiteral("ghe.example.com"));
    account.login = QStringLiteral("mona");
    store.addOrUpdate(account);
    const RepositoryId repository{QStringLiteral("acme"), QStringLiteral("storefront")};
    QVERIFY(!store.accountForRepository(repository));
    store.setAccountForRepository(repository, account);
    const std::optional<Account> used =
        store.accountForRepository({QStringLiteral("ACME"), QStringLiteral("StoreFront")});
    QVERIFY(used);
    QCOMPARE(used->login, QStringLiteral("mona"));
    QCOMPARE(used->host(), QStringLiteral("ghe.example.com"));
    // Forgetting the account forgets which repositories used it
    store.remove(account.apiRoot, account.login);
    QVERIFY(!store.accountForRepository(repository));
}

void AccountsTest::environmentTokenWinsForItsHost()
{
    QSettings settings(m_dir.filePath("environment.conf"), QSettings::IniFormat);
    AccountStore store(&settings);
    Account enterprise;
    enterprise.apiRoot = Account::apiRootForHost(QStringLiteral("ghe.example.com"));
    enterprise.login = QStringLiteral("mona");
    enterprise.tokenOrigin = Account::TokenOrigin::Keyring;
    store.addOrUpdate(enterprise);
    QVERIFY(!store.environmentAccount());
    QCOMPARE(AccountStore::environmentHost(), QString());

    qputenv("GH_TOKEN", "env-token");
    QCOMPARE(AccountStore::environmentHost(), QStringLiteral("github.com"));
    QCOMPARE(store.environmentAccount()->apiRoot, QUrl("https://api.github.com"));
    QCOMPARE(store.accounts().constFirst().tokenOrigin, Account::TokenOrigin::Keyring);
    // GH_HOST decides the host, as gh
    qputenv("GH_HOST", "ghe.example.com");
    QCOMPARE(store.environmentAccount()->host(), QStringLiteral("ghe.example.com"));
    QCOMPARE(store.accounts().constFirst().tokenOrigin, Account::TokenOrigin::Environment);
    QCOMPARE(Account::originText(Account::TokenOrigin::Environment),
             QStringLiteral("from the environment"));
    // and the environment origin is never written down
    store.addOrUpdate(store.accounts().constFirst());
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("environment"));
    QVERIFY(!written.contains("env-token"));
}

void AccountsTest::environmentToken_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("ghHost");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("variable");
    QTest::addRow("github.com") << "github.com" << QByteArray() << "gh"
                                << "GH_TOKEN";
    QTest::addRow("enterprise") << "ghe.example.com" << QByteArray() << "enterprise"
                                << "GH_ENTERPRISE_TOKEN";
    QTest::addRow("enterprise is GH_HOST")
        << "ghe.example.com" << QByteArray("ghe.example.com") << "gh"
        << "GH_TOKEN";
    QTest::addRow("loopback emulator") << "127.0.0.1:4000" << QByteArray() << "gh"
                                       << "GH_TOKEN";
}

void AccountsTest::environmentToken()
{
    QFETCH(QString, host);
    QFETCH(QByteArray, ghHost);
    QFETCH(QString, expected);
    QFETCH(QString, variable);
    qputenv("GH_TOKEN", "gh");
    qputenv("GITHUB_TOKEN", "github");
    qputenv("GH_ENTERPRISE_TOKEN", "enterprise");
    if (!ghHost.isEmpty())
        qputenv("GH_HOST", ghHost);
    QString from;
    QCOMPARE(TokenResolver::environmentToken(host, &from), expected);
    QCOMPARE(from, variable);
    // GITHUB_TOKEN when GH_TOKEN is unset; nothing enterprise for github.com
    qunsetenv("GH_TOKEN");
    qunsetenv("GH_ENTERPRISE_TOKEN");
    QCOMPARE(TokenResolver::environmentToken(QStringLiteral("github.com")),
             QStringLiteral("github"));
    qunsetenv("GITHUB_TOKEN");
    qputenv("GITHUB_ENTERPRISE_TOKEN", "enterprise2");
    QCOMPARE(TokenResolver::environmentToken(QStringLiteral("github.com")), QString());
    QCOMPARE(TokenResolver::environmentToken(QStringLiteral("ghe.example.com")),
             QStringLiteral("enterprise2"));
}

void AccountsTest::resolverTakesEnvironmentFirst()
{
    qputenv("GH_TOKEN", "from-env");
    QSettings settings(m_dir.filePath("resolver-env.conf"), QSettings::IniFormat);
    AccountStore store(&settings);
    TokenResolver resolver(&store);
    resolver.setGhProgram(writeGhScript("gh-never", "echo should-not-be-used\n"));
    QSignalSpy resolved(&resolver, &TokenResolver::resolved);
    resolver.resolve(QUrl(QStringLiteral("https://api.github.com")));
    QCOMPARE(resolved.size(), 0); // answers from the event loop
    QVERIFY(resolved.wait(TestTimeoutMs));
    const auto result = resolved.constFirst().constFirst().value<TokenResolver::Result>();
    QCOMPARE(result.token, QStringLiteral("from-env"));
    QCOMPARE(result.origin, Account::TokenOrigin::Environment);
}

void AccountsTest::resolverFallsBackToGhCli()
{
    // Given an account whose keyring entry cannot be read (no Secret Service) and a gh that
    // knows the host
    QSettings settings(m_dir.filePath("resolver-gh.conf"), QSettings::IniFormat);
    AccountStore store(&settings);
    Account account;
    account.apiRoot = Account::apiRootForHost(QStringLiteral("ghe.example.com"));
    account.login = QStringLiteral("mona");
    store.addOrUpdate(account);
    TokenKeyring keyring;
    keyring.setServiceName(QStringLiteral("DeployDeck-test"));
    TokenResolver resolver(&store, &keyring);
    resolver.setGhProgram(writeGhScript(
        "gh-knows", "[ \"$1 $2 $3 $4\" = \"auth token --hostname ghe.example.com\" ] || exit 1\n"
                    "echo gho_fromcli\n"));
    QSignalSpy resolved(&resolver, &TokenResolver::resolved);
    resolver.resolve(account.apiRoot);
    QVERIFY(resolved.wait(TestTimeoutMs));
    const auto result = resolved.constFirst().constFirst().value<TokenResolver::Result>();
    QCOMPARE(result.token, QStringLiteral("gho_fromcli"));
    QCOMPARE(result.origin, Account::TokenOrigin::GhCli);
    // and the keyring's reason was kept
    QVERIFY2(!result.notes.isEmpty(), qPrintable(result.notes.join('|')));
}

void AccountsTest::resolverNamesAllThreePlaces_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("ghReason");
    QTest::addRow("gh missing") << QString() << "not installed";
    QTest::addRow("gh not signed in")
        << "echo 'no oauth token found for ghe.example.com' >&2; exit 1"
        << "not signed in to ghe.example.com";
}

void AccountsTest::resolverNamesAllThreePlaces()
{
    QFETCH(QString, script);
    QFETCH(QString, ghReason);
    QSettings settings(m_dir.filePath("resolver-none.conf"), QSettings::IniFormat);
    AccountStore store(&settings);
    TokenResolver resolver(&store);
    resolver.setGhProgram(script.isEmpty() ? m_dir.filePath("no-such-gh")
                                           : writeGhScript("gh-none", script.toUtf8() + '\n'));
    QSignalSpy resolved(&resolver, &TokenResolver::resolved);
    resolver.resolve(Account::apiRootForHost(QStringLiteral("ghe.example.com")));
    QVERIFY(resolved.wait(TestTimeoutMs));
    QCOMPARE(resolved.size(), 1);
    const auto result = resolved.constFirst().constFirst().value<TokenResolver::Result>();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("GH_ENTERPRISE_TOKEN")), qPrintable(result.error));
    QVERIFY(result.error.contains(QLatin1String("keyring")));
    QVERIFY(result.error.contains(QLatin1String("gh auth token --hostname ghe.example.com")));
    QVERIFY2(result.notes.join(' ').contains(ghReason), qPrintable(result.notes.join('|')));
}

void AccountsTest::ghCliTimesOut()
{
    GhCliToken gh;
    gh.setProgram(writeGhScript("gh-hangs", "exec sleep 30\n"));
    gh.setTimeout(300);
    QSignalSpy finished(&gh, &GhCliToken::finished);
    gh.fetch(QStringLiteral("github.com"));
    QVERIFY(finished.wait(TestTimeoutMs));
    const auto result = finished.constFirst().constFirst().value<GhCliToken::Result>();
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("did not answer")), qPrintable(result.error));
    QVERIFY(!gh.isRunning());
}

QTEST_GUILESS_MAIN(AccountsTest)
#include "tst_accounts.moc"
