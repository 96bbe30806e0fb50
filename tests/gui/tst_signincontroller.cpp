// The sign-in dialogs wired to the accounts API by SignInController, against the in-process
// GitHub emulator: a pasted token ends in "Signed in as LOGIN" and an account, a refused or
// scope-less one in GitHub's reason with the text kept; the picker's typed repository is
// checked (404: not found); sign-out forgets the account.
#include "app/signincontroller.h"
#include "emulator/githubemulator.h"
#include "models/accountstore.h"
#include "models/githubclient.h"
#include "models/tokenkeyring.h"
#include "views/accountsdialog.h"
#include "views/repositorypicker.h"
#include "views/signindialog.h"

#include "testtimeout.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class SignInControllerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tokenSignsIn();
    void refusedTokens_data();
    void refusedTokens();
    void pickerChecksTypedRepository();

private:
    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<TokenKeyring> m_keyring;
    std::unique_ptr<SignInController> m_controller;
    QTemporaryDir m_dir;
};

void SignInControllerTest::init()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("GH_TOKEN");
    qunsetenv("GITHUB_TOKEN");
    m_emulator = std::make_unique<GitHubEmulator>();
    QVERIFY(m_emulator->listen());
    m_emulator->loadDemo(1);
    // Avatars from the emulator's avatar path: the tests stay on loopback.
    const QString avatars =
        m_emulator->baseUrl().toString() + QStringLiteral("/_emulator/avatars/");
    m_emulator->addUser("octocat", 1, "The Octocat", avatars + QStringLiteral("1.png"));
    m_emulator->addUser("mona", 2002, "Mona Lisa", avatars + QStringLiteral("2002.png"));
    m_emulator->addToken("ghp_mona", "mona");
    m_emulator->addToken("ghp_noscope", "mona", GitHubEmulator::TokenKind::Classic, {"read:org"});
    m_emulator->addToken("ghp_gone", "mona", GitHubEmulator::TokenKind::Classic, {"repo"}, true);
    m_settings = std::make_unique<QSettings>(m_dir.filePath("settings.ini"), QSettings::IniFormat);
    m_store = std::make_unique<AccountStore>(m_settings.get());
    m_keyring = std::make_unique<TokenKeyring>();
    m_controller = std::make_unique<SignInController>(m_store.get(), m_keyring.get());
    const QUrl root = m_emulator->baseUrl();
    m_controller->setApiRootResolver([root](const QString &) { return root; });
    m_controller->setGhProgram(m_dir.filePath("no-gh-here"));
}

void SignInControllerTest::cleanup()
{
    m_controller.reset();
    m_keyring.reset();
    m_store.reset();
    m_settings.reset();
    m_emulator.reset();
}

void SignInControllerTest::tokenSignsIn()
{
    QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
    SignInDialog *dialog = m_controller->openSignIn(nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->isMethodAvailable(SignInDialog::Method::GitHubCli));
    QTest::keyClicks(dialog->tokenEdit(), "ghp_mona");
    QTest::mouseClick(dialog->primaryButton(), Qt::LeftButton);
    QVERIFY(signedIn.wait(TestTimeoutMs));
    QCOMPARE(dialog->state(), SignInDialog::State::SignedIn);
    QCOMPARE(dialog->resultLabel()->text(), "Signed in as mona");
    const auto account = signedIn.at(0).at(0).value<Account>();
    QCOMPARE(account.login, "mona");
    QCOMPARE(signedIn.at(0).at(1).toString(), "ghp_mona");
    QCOMPARE(m_store->accounts().size(), 1);
    QCOMPARE(m_store->accounts().first().login, "mona");
    // The token is in no settings file
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("ghp_mona"));

    // Sign out asks, then forgets the account
    QSignalSpy signedOut(m_controller.get(), &SignInController::signedOut);
    AccountsDialog *accounts = m_controller->openAccounts(nullptr);
    QCOMPARE(accounts->accountList()->topLevelItemCount(), 1);
    // with mona's avatar (the emulator's red PNG), fetched without the token
    QTRY_VERIFY_WITH_TIMEOUT(accounts->accounts().value(0).avatar.toImage().pixelColor(1, 1) ==
                                 QColor(0xcc, 0x22, 0x22),
                             TestTimeoutMs);
    for (const GitHubEmulator::RecordedRequest &request : m_emulator->requests()) {
        if (request.path.startsWith(QLatin1String("/_emulator/avatars/")))
            QCOMPARE(request.header("Authorization"), QByteArray());
    }
    accounts->selectAccount(account.host(), "mona");
    accounts->signOutButton()->click();
    QTRY_VERIFY(accounts->signOutQuestion());
    accounts->signOutQuestion()->findChild<QPushButton *>("confirmSignOutButton")->click();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(m_store->accounts().isEmpty());
    QCOMPARE(accounts->accountList()->topLevelItemCount(), 0);
    accounts->close();
    dialog->close();
}

void SignInControllerTest::refusedTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected"); // in the problem text
    QTest::addRow("wrong") << "ghp_not_a_token"
                           << "bad credentials";
    QTest::addRow("revoked") << "ghp_gone"
                             << "bad credentials";
    QTest::addRow("no scope") << "ghp_noscope"
                              << "repo";
}

void SignInControllerTest::refusedTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, expected);
    QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
    SignInDialog *dialog = m_controller->openSignIn(nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->tokenEdit(), token);
    QTest::keyClick(dialog->tokenEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == SignInDialog::State::Editing, TestTimeoutMs);
    QVERIFY2(dialog->problem().contains(expected), qPrintable(dialog->problem()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->tokenEdit()->text(), token);
    QVERIFY(dialog->primaryButton()->hasFocus());
    QVERIFY(signedIn.isEmpty());
    QVERIFY(m_store->accounts().isEmpty());
    dialog->close();
}

void SignInControllerTest::pickerChecksTypedRepository()
{
    GitHubClient client;
    QVERIFY(client.setApiRoot(m_emulator->baseUrl()));
    client.setToken("demo-token");
    QSignalSpy chosen(m_controller.get(), &SignInController::repositoryChosen);
    RepositoryPicker *picker =
        m_controller->openRepositoryPicker(nullptr, &client, {"acme/storefront"});
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    QTest::keyClicks(picker->filterEdit(), "acme/nothing-here");
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->problem().isEmpty(), TestTimeoutMs);
    QCOMPARE(picker->problem(), "acme/nothing-here was not found, or this account cannot see it.");
    QCOMPARE(picker->filterEdit()->text(), "acme/nothing-here");
    picker->filterEdit()->setText("acme/payments-api");
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QVERIFY(chosen.wait(TestTimeoutMs));
    const auto entry = chosen.at(0).at(0).value<RepositoryEntry>();
    QCOMPARE(entry.id.fullName(), "acme/payments-api");
    QVERIFY(entry.canPush);
    QCOMPARE(m_controller->repositoryModel()->recent().first(), "acme/payments-api");
}

QTEST_MAIN(SignInControllerTest)
#include "tst_signincontroller.moc"
