// TokenCheck against the in-process emulator: each kind of token, bad credentials, SAML SSO on a
// repository, and the per-host CA bundle over HTTPS (trusted, untrusted, none).
#include "emulator/githubemulator.h"
#include "emulator/testcertificates.h"
#include "models/githubclient.h"
#include "models/tokencheck.h"
#include "testtimeout.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TokenCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void enterprisePath();
    void cancelledCheckSaysNothing();
    void ssoHeader_data();
    void ssoHeader();
    void ssoRequiredOnRepository();
    void caBundle_data();
    void caBundle();
    void loadCaBundleErrors();

private:
    TokenCheck::Result check(const QUrl &apiRoot, const QString &token,
                             const QList<QSslCertificate> &ca = {});
    GitHubEmulator m_emulator;
};

void TokenCheckTest::initTestCase()
{
    m_emulator.loadDemo();
    m_emulator.addDemoAccounts();
    m_emulator.addUser(QStringLiteral("mona"), 2002, QStringLiteral("Mona Lisa"),
                       QStringLiteral("https://example.test/mona.png"));
    m_emulator.addToken(QStringLiteral("ghp_mona"), QStringLiteral("mona"));
    m_emulator.addToken(QStringLiteral("ghp_deployonly"), QStringLiteral("mona"),
                        GitHubEmulator::TokenKind::Classic, {QStringLiteral("repo_deployment")});
    m_emulator.setTokenExpiry(QStringLiteral("ghp_mona"), m_emulator.now().addDays(30));
    QVERIFY(m_emulator.listen());
}

TokenCheck::Result TokenCheckTest::check(const QUrl &apiRoot, const QString &token,
                                         const QList<QSslCertificate> &ca)
{
    TokenCheck check;
    check.setCaCertificates(ca);
    QSignalSpy states(&check, &TokenCheck::stateChanged);
    QSignalSpy finished(&check, &TokenCheck::finished);
    check.start(apiRoot, token);
    if (check.state() != TokenCheck::State::Running)
        return {};
    if (!finished.wait(TestTimeoutMs) || finished.size() != 1)
        return {};
    if (check.state() != TokenCheck::State::Done || states.size() != 2)
        return {};
    return finished.constFirst().constFirst().value<TokenCheck::Result>();
}

void TokenCheckTest::verdicts_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<TokenCheck::Verdict>("verdict");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("inMessage");
    QTest::addRow("classic with repo") << "ghp_mona" << TokenCheck::Verdict::Valid << "mona"
                                       << "Signed in as mona.";
    QTest::addRow("classic with repo_deployment")
        << "ghp_deployonly" << TokenCheck::Verdict::Valid << "mona"
        << "Signed in as mona.";
    QTest::addRow("classic without scope")
        << "noscope-token" << TokenCheck::Verdict::ClassicMissingScope << "octocat"
        << "needs \"repo\"";
    QTest::addRow("fine-grained") << "github_pat_demo" << TokenCheck::Verdict::FineGrained
                                  << "octocat"
                                  << "Deployments: read and write";
    QTest::addRow("revoked") << "revoked-token" << TokenCheck::Verdict::BadCredentials << ""
                             << "bad credentials";
    QTest::addRow("expired") << "expired-token" << TokenCheck::Verdict::BadCredentials << ""
                             << "expired";
    QTest::addRow("unknown") << "ghp_nobody" << TokenCheck::Verdict::BadCredentials << ""
                             << "copied whole";
}

void TokenCheckTest::verdicts()
{
    QFETCH(QString, token);
    QFETCH(TokenCheck::Verdict, verdict);
    QFETCH(QString, login);
    QFETCH(QString, inMessage);
    const TokenCheck::Result result = check(m_emulator.baseUrl(), token);
    QCOMPARE(result.verdict, verdict);
    QCOMPARE(result.account.login, login);
    QVERIFY2(result.message().contains(inMessage), qPrintable(result.message()));
    QVERIFY(!result.message().contains(token));
    QCOMPARE(result.signedIn(), !login.isEmpty());
    if (login == QLatin1String("mona")) {
        QCOMPARE(result.account.userId, 2002);
        QCOMPARE(result.account.avatarUrl, QUrl("https://example.test/mona.png"));
        QVERIFY(result.hasScopesHeader);
    }
    if (token == QLatin1String("ghp_mona")) {
        QCOMPARE(result.scopes, (QStringList{"repo", "read:org"}));
        QVERIFY(result.expiresAt.isValid());
        QVERIFY(result.expiresAt > QDateTime::currentDateTimeUtc().addDays(29));
    }
}

void TokenCheckTest::enterprisePath()
{
    QUrl root = m_emulator.baseUrl();
    root.setPath(QStringLiteral("/api/v3"));
    const TokenCheck::Result result = check(root, QStringLiteral("ghp_mona"));
    QCOMPARE(result.verdict, TokenCheck::Verdict::Valid);
    QCOMPARE(result.account.apiRoot, root);
}

void TokenCheckTest::cancelledCheckSaysNothing()
{
    TokenCheck check;
    QSignalSpy finished(&check, &TokenCheck::finished);
    check.start(m_emulator.baseUrl(), QStringLiteral("ghp_mona"));
    check.cancel();
    QCOMPARE(check.state(), TokenCheck::State::Idle);
    // A second check after the cancel answers alone
    check.start(m_emulator.baseUrl(), QStringLiteral("ghp_mona"));
    QVERIFY(finished.wait(TestTimeoutMs));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(check.result().verdict, TokenCheck::Verdict::Valid);
}

void TokenCheckTest::ssoHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QUrl>("url");
    QTest::addRow("required with url")
        << QByteArray("required; url=https://github.com/orgs/acme/sso?authorization_request=A1")
        << true << QUrl("https://github.com/orgs/acme/sso?authorization_request=A1");
    QTest::addRow("required without url") << QByteArray("required") << true << QUrl();
    QTest::addRow("http url is not offered")
        << QByteArray("required; url=http://evil.example/sso") << true << QUrl();
    QTest::addRow("javascript url is not offered")
        << QByteArray("required; url=javascript:alert(1)") << true << QUrl();
    QTest::addRow("partial results")
        << QByteArray("partial-results; organizations=21955855") << false << QUrl();
    QTest::addRow("absent") << QByteArray() << false << QUrl();
}

void TokenCheckTest::ssoHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, required);
    QFETCH(QUrl, url);
    QUrl parsed;
    QCOMPARE(GitHubError::parseSsoHeader(header, &parsed), required);
    QCOMPARE(parsed, url);
}

void TokenCheckTest::ssoRequiredOnRepository()
{
    GitHubClient client;
    client.setApiRoot(m_emulator.baseUrl());
    client.setToken(QStringLiteral("demo-token"));
    QPointer<RepositoryRequest> request =
        client.repository({QStringLiteral("acme"), QStringLiteral("compliance")});
    QSignalSpy failed(request.data(), &GitHubRequest::failed);
    QVERIFY(failed.wait(TestTimeoutMs));
    const auto error = failed.constFirst().constFirst().value<GitHubError>();
    QCOMPARE(error.kind, GitHubError::Kind::Forbidden);
    QVERIFY(error.ssoRequired);
    QCOMPARE(error.ssoUrl, QUrl(m_emulator.ssoUrl(QStringLiteral("acme/compliance"))));
    QCOMPARE(error.ssoUrl.scheme(), QStringLiteral("https"));
    const QString text = error.toDisplayString();
    QVERIFY2(text.startsWith(QLatin1String("The organisation requires SAML single sign-on "
                                           "authorisation for this token.")),
             qPrintable(text));
    QVERIFY(text.contains(error.ssoUrl.toString(QUrl::FullyEncoded)));
}

void TokenCheckTest::caBundle_data()
{
    QTest::addColumn<QString>("trust");
    QTest::addRow("the host's CA bundle") << "right";
    QTest::addRow("no bundle") << "none";
    QTest::addRow("another CA") << "wrong";
}

void TokenCheckTest::caBundle()
{
    QFETCH(QString, trust);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath("server")) && QDir().mkpath(dir.filePath("other")));
    const TestCertificates certs = TestCertificates::generate(dir.filePath("server"));
    QVERIFY2(certs.isValid(), qPrintable(certs.error));
    GitHubEmulator tls;
    tls.loadEmpty();
    tls.addToken(QStringLiteral("ghp_mona"), QStringLiteral("mona"));
    QVERIFY(tls.listenTls(QHostAddress::LocalHost, 0, certs.serverCertificate, certs.serverKey));
    QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));

    QList<QSslCertificate> bundle;
    if (trust == QLatin1String("right")) {
        QVERIFY(GitHubClient::loadCaBundle(certs.caPath, &bundle));
    } else if (trust == QLatin1String("wrong")) {
        const TestCertificates other = TestCertificates::generate(dir.filePath("other"));
        QVERIFY2(other.isValid(), qPrintable(other.error));
        QVERIFY(GitHubClient::loadCaBundle(other.caPath, &bundle));
    }
    const TokenCheck::Result result = check(tls.baseUrl(), QStringLiteral("ghp_mona"), bundle);
    if (trust == QLatin1String("right")) {
        QCOMPARE(result.verdict, TokenCheck::Verdict::Valid);
        QCOMPARE(result.account.login, QStringLiteral("mona"));
        return;
    }
    QCOMPARE(result.verdict, TokenCheck::Verdict::Failed);
    QCOMPARE(result.error.kind, GitHubError::Kind::Network);
    QVERIFY(!result.error.certificateProblems.isEmpty());
    const QString text = result.error.toDisplayString();
    // The certificate's subject and issuer and the reason, in the sentence people see
    QVERIFY2(text.contains(QLatin1String("certificate subject:")), qPrintable(text));
    QVERIFY2(
        text.contains(certs.serverCertificate.subjectInfo(QSslCertificate::CommonName).value(0)),
        qPrintable(text));
    QVERIFY2(text.contains(certs.ca.subjectInfo(QSslCertificate::CommonName).value(0)),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("ghp_mona")));
}

void TokenCheckTest::loadCaBundleErrors()
{
    QTemporaryDir dir;
    QList<QSslCertificate> certificates;
    QString error;
    QVERIFY(!GitHubClient::loadCaBundle(dir.filePath("missing.pem"), &certificates, &error));
    QVERIFY2(error.contains(QLatin1String("missing.pem")), qPrintable(error));
    QFile junk(dir.filePath("junk.pem"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    QVERIFY(!GitHubClient::loadCaBundle(junk.fileName(), &certificates, &error));
    QVERIFY2(error.contains(QLatin1String("no PEM certificate")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TokenCheckTest)
#include "tst_tokencheck.moc"
