// The sign-in dialogs as a person meets them, with no network: each is told the outcome the app
// got. Sign-in (token, GitHub CLI, browser code; success and each failure: typed text stays,
// the dialog stays open, Return retries), Accounts (sign out asks, naming the account, Cancel
// the default), the repository picker (type-ahead, typed owner/name checked, 404, read only,
// remove) and Settings. Each dialog fits in en/ko/ja (tests/layoutcheck.h); with
// DEPLOYDECK_SCREENSHOT_DIR set, each state is saved as a PNG.
#include "models/repositorylistmodel.h"
#include "models/uilanguage.h"
#include "views/accountsdialog.h"
#include "views/repositorypicker.h"
#include "views/settingsdialog.h"
#include "views/signindialog.h"

#include "layoutcheck.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace {

const QString GitHubBadCredentials = QStringLiteral(
    "GitHub refused the token (401 Bad credentials): it is wrong, expired or revoked.");

RepositoryEntry entry(const QString &name, int daysAgo, bool canPush = true)
{
    RepositoryEntry e;
    e.id = *RepositoryId::parse(name);
    e.canPush = canPush;
    e.pushedAt = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC).addDays(-daysAgo);
    return e;
}

void fillModel(RepositoryListModel *model)
{
    model->setRecent({QStringLiteral("acme/storefront")});
    model->mergeAccountRepositories({entry("acme/storefront", 1), entry("acme/payments-api", 2),
                                     entry("octocat/hello-world", 3, false),
                                     entry("acme/mobile-app", 4),
                                     entry("acme/a-repository-with-a-rather-long-name", 5, false)});
}

// The problems a person would see; the PNG goes to DEPLOYDECK_SCREENSHOT_DIR if set.
QStringList look(QWidget *dialog, const QString &name)
{
    LayoutCheck::settle();
    const QString dir = qEnvironmentVariable("DEPLOYDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString language = QString::fromLatin1(QTest::currentDataTag()).section(' ', 0, 0);
        QDir().mkpath(dir);
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language)));
    }
    return LayoutCheck::problems(dialog);
}

} // namespace

class SignInDialogsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void apiRootForHost_data();
    void apiRootForHost();
    void hostShowsTheDerivedUrlAndTokenPage();

    void tokenSignedIn();
    void tokenFailureKeepsTextAndReturnRetries();
    void gitHubCliOnlyWhenAvailable();
    void browserSignInFollowsTheHost();
    void browserCodeWaitsAndCancels();
    void browserFailures_data();
    void browserFailures();
    void welcomeOffersTheDemo();

    void accountsSignOutAsksWithCancelDefault();
    void environmentAccountCannotSignOutHere();

    void pickerTypeAhead();
    void pickerTypedRepositoryIsChecked();
    void pickerNotFoundKeepsText();
    void pickerRemoves();

    void settingsStoreRefreshInterval();

    void layouts_data();
    void layouts();

private:
};

void SignInDialogsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void SignInDialogsTest::cleanup()
{
    UiLanguage::apply(UiLanguage::Choice::English);
    QSettings().clear();
}

void SignInDialogsTest::apiRootForHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("apiRoot"); // empty: refused
    QTest::addColumn<QString>("tokenPage");
    QTest::addRow("github.com") << "github.com"
                                << "https://api.github.com"
                                << "https://github.com/settings/tokens";
    QTest::addRow("spelled differently") << "  GitHub.COM/ "
                                         << "https://api.github.com"
                                         << "https://github.com/settings/tokens";
    QTest::addRow("api host") << "api.github.com"
                              << "https://api.github.com"
                              << "https://github.com/settings/tokens";
    QTest::addRow("pasted URL") << "https://github.com/settings"
                                << "https://api.github.com"
                                << "https://github.com/settings/tokens";
    QTest::addRow("enterprise") << "ghe.example.com"
                                << "https://ghe.example.com/api/v3"
                                << "https://ghe.example.com/settings/tokens";
    QTest::addRow("enterprise URL") << "https://GHE.example.com/login"
                                    << "https://ghe.example.com/api/v3"
                                    << "https://ghe.example.com/settings/tokens";
    QTest::addRow("enterprise port") << "ghe.example.com:8443"
                                     << "https://ghe.example.com:8443/api/v3"
                                     << "https://ghe.example.com:8443/settings/tokens";
    QTest::addRow("loopback") << "127.0.0.1:8080"
                              << "http://127.0.0.1:8080/api/v3"
                              << "http://127.0.0.1:8080/settings/tokens";
    QTest::addRow("empty") << ""
                           << ""
                           << "";
    QTest::addRow("spaces") << "ghe example com"
                            << ""
                            << "";
    QTest::addRow("markup") << "<b>ghe</b>"
                            << ""
                            << "";
    QTest::addRow("javascript") << "javascript:alert(1)"
                                << ""
                                << "";
    QTest::addRow("bad port") << "ghe.example.com:99999"
                              << ""
                              << "";
    QTest::addRow("hyphen edge") << "-ghe.example.com"
                                 << ""
                                 << "";
}

void SignInDialogsTest::apiRootForHost()
{
    QFETCH(QString, host);
    QFETCH(QString, apiRoot);
    QFETCH(QString, tokenPage);
    QString problem;
    const QUrl url = SignInDialog::apiRootForHost(host, &problem);
    QCOMPARE(url.toString(), apiRoot);
    QCOMPARE(problem.isEmpty(), !apiRoot.isEmpty());
    QCOMPARE(SignInDialog::tokenPageForHost(host).toString(), tokenPage);
}

void SignInDialogsTest::hostShowsTheDerivedUrlAndTokenPage()
{
    SignInDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.apiUrlLabel()->text().contains("https://api.github.com"));
    dialog.hostEdit()->clear();
    QTest::keyClicks(dialog.hostEdit(), "ghe.corp.example");
    QVERIFY(dialog.apiUrlLabel()->text().contains("https://ghe.corp.example/api/v3"));
    QVERIFY(dialog.tokenHelpLabel()->text().contains("repo_deployment"));
    QVERIFY(dialog.tokenHelpLabel()->text().contains("Deployments: Read and write"));
    const auto link = dialog.findChild<QLabel *>("tokenLinkLabel");
    QVERIFY(link->text().contains("href=\"https://ghe.corp.example/settings/tokens\""));
    // An invalid host says why and cannot be submitted
    QTest::keyClicks(dialog.hostEdit(), " x");
    QVERIFY(dialog.apiUrlLabel()->text().contains("is not a host name"));
    QTest::keyClicks(dialog.tokenEdit(), "ghp_abc");
    QVERIFY(!dialog.primaryButton()->isEnabled());
}

void SignInDialogsTest::tokenSignedIn()
{
    SignInDialog dialog;
    QSignalSpy submitted(&dialog, &SignInDialog::tokenSubmitted);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.primaryButton()->isEnabled()); // no token yet
    QTest::keyClicks(dialog.tokenEdit(), "  ghp_secret123 ");
    QTest::keyClick(dialog.tokenEdit(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.at(0).at(0).toString(), "github.com");
    QCOMPARE(submitted.at(0).at(1).toString(), "ghp_secret123");
    QCOMPARE(dialog.state(), SignInDialog::State::Checking);
    QVERIFY(!dialog.primaryButton()->isEnabled());
    QVERIFY(!dialog.tokenEdit()->isEnabled());
    QCOMPARE(dialog.resultLabel()->text(), "Checking with GitHub…");

    dialog.showSignedIn("octocat");
    QCOMPARE(dialog.state(), SignInDialog::State::SignedIn);
    QCOMPARE(dialog.resultLabel()->text(), "Signed in as octocat");
    QVERIFY(dialog.findChild<QLabel *>("avatarLabel")->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>("avatarLabel")->pixmap().isNull());
    QVERIFY(dialog.primaryButton()->hasFocus());
    QCOMPARE(dialog.primaryButton()->text(), "&Continue");
    QVERIFY(accepted.isEmpty());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(submitted.count(), 1);
}

void SignInDialogsTest::tokenFailureKeepsTextAndReturnRetries()
{
    SignInDialog dialog;
    QSignalSpy submitted(&dialog, &SignInDialog::tokenSubmitted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.hostEdit()->setText("ghe.example.com");
    QTest::keyClicks(dialog.tokenEdit(), "ghp_wrong");
    QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    dialog.showProblem(GitHubBadCredentials);
    // Still open, text kept, GitHub's reason shown, focus on the primary button
    QVERIFY(dialog.isVisible());
    QVERIFY(rejected.isEmpty());
    QCOMPARE(dialog.state(), SignInDialog::State::Editing);
    QCOMPARE(dialog.tokenEdit()->text(), "ghp_wrong");
    QCOMPARE(dialog.hostEdit()->text(), "ghe.example.com");
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY(dialog.problemLabel()->text().contains("Bad credentials"));
    QVERIFY(dialog.primaryButton()->hasFocus());
    QVERIFY(dialog.primaryButton()->isDefault());
    // Return tries again with the same text
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 2);
    QCOMPARE(submitted.at(1).at(0).toString(), "ghe.example.com");
    QCOMPARE(submitted.at(1).at(1).toString(), "ghp_wrong");
    // A missing scope is explained the same way
    dialog.showProblem("This classic token has no repo or repo_deployment scope.");
    QVERIFY(dialog.problemLabel()->text().contains("repo_deployment"));
    QCOMPARE(dialog.tokenEdit()->text(), "ghp_wrong");
}

void SignInDialogsTest::gitHubCliOnlyWhenAvailable()
{
    SignInDialog dialog;
    QSignalSpy requested(&dialog, &SignInDialog::gitHubCliSignInRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.methodTabs()->isTabVisible(int(SignInDialog::Method::GitHubCli)));
    QVERIFY(!dialog.methodTabs()->isTabVisible(int(SignInDialog::Method::Browser)));
    dialog.setGitHubCliAvailable(true);
    dialog.setMethod(SignInDialog::Method::GitHubCli);
    QCOMPARE(dialog.method(), SignInDialog::Method::GitHubCli);
    QCOMPARE(dialog.primaryButton()->text(), "&Use GitHub CLI's Sign-in");
    QVERIFY(dialog.primaryButton()->isEnabled());
    QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), "github.com");
    dialog.showProblem("GitHub CLI is not signed in to github.com. Run \"gh auth login\".");
    QVERIFY(dialog.problemLabel()->text().contains("gh auth login"));
    QVERIFY(dialog.primaryButton()->hasFocus());
    dialog.showSignedIn("mona", QPixmap());
    QCOMPARE(dialog.resultLabel()->text(), "Signed in as mona");
}

void SignInDialogsTest::browserSignInFollowsTheHost()
{
    // Given an OAuth client ID configured for github.com and ghe.example.com only
    SignInDialog dialog;
    QStringList asked;
    dialog.setBrowserSignInAvailability([&asked](const QString &host) {
        asked.append(host);
        return host == "github.com" || host == "ghe.example.com";
    });
    dialog.setPage(SignInDialog::Page::SignIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTabWidget *tabs = dialog.methodTabs();
    const int browser = int(SignInDialog::Method::Browser);
    QVERIFY(tabs->isTabVisible(browser));
    dialog.setMethod(SignInDialog::Method::Browser);
    QCOMPARE(dialog.method(), SignInDialog::Method::Browser);

    // When the user types a host without one, the browser way goes (and Token is current)
    dialog.hostEdit()->clear();
    QVERIFY(tabs->isTabVisible(browser)); // an empty host changes nothing yet
    QTest::keyClicks(dialog.hostEdit(), "ghe.internal.test");
    QVERIFY(!tabs->isTabVisible(browser));
    QVERIFY(!dialog.isMethodAvailable(SignInDialog::Method::Browser));
    QCOMPARE(dialog.method(), SignInDialog::Method::Token);
    QVERIFY(asked.contains("ghe.internal.test"));

    // When the user types a host with one, it is offered again
    dialog.hostEdit()->clear();
    QTest::keyClicks(dialog.hostEdit(), "https://GHE.example.com/");
    QVERIFY(tabs->isTabVisible(browser));
    QVERIFY(dialog.isMethodAvailable(SignInDialog::Method::Browser));
    QCOMPARE(asked.last(), "ghe.example.com");                // normalized
    QCOMPARE(dialog.method(), SignInDialog::Method::Browser); // where the user was
    QSignalSpy requested(&dialog, &SignInDialog::browserSignInRequested);
    QVERIFY(dialog.primaryButton()->isEnabled());
    QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), "ghe.example.com");
}

void SignInDialogsTest::browserCodeWaitsAndCancels()
{
    SignInDialog dialog;
    QSignalSpy requested(&dialog, &SignInDialog::browserSignInRequested);
    QSignalSpy cancelled(&dialog, &SignInDialog::browserSignInCancelled);
    QSignalSpy opened(&dialog, &SignInDialog::verificationPageOpened);
    dialog.setBrowserSignInAvailable(true);
    dialog.setMethod(SignInDialog::Method::Browser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    dialog.showDeviceCode("WDJB-MJHT", QUrl("https://github.com/login/device"));
    QCOMPARE(dialog.state(), SignInDialog::State::Waiting);
    QCOMPARE(dialog.userCodeLabel()->text(), "WDJB-MJHT");
    QVERIFY(dialog.userCodeLabel()->isVisible());
    QVERIFY(dialog.userCodeLabel()->font().pointSizeF() > dialog.font().pointSizeF() * 1.5);
    QVERIFY(!dialog.primaryButton()->isEnabled());
    QVERIFY(dialog.resultLabel()->text().contains("Waiting"));
    QTest::mouseClick(dialog.copyCodeButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), "WDJB-MJHT");
    // A javascript: URL from a server would never open
    dialog.showDeviceCode("WDJB-MJHT", QUrl("javascript:alert(1)"));
    QTest::mouseClick(dialog.openGitHubButton(), Qt::LeftButton);
    QCOMPARE(opened.count(), 0);
    // Stop Waiting ends the wait, not the dialog
    QTest::mouseClick(dialog.stopWaitingButton(), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.state(), SignInDialog::State::Editing);
    QVERIFY(dialog.primaryButton()->isEnabled());
    // Cancel while waiting cancels the flow too
    QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
    dialog.showDeviceCode("ABCD-EFGH", QUrl("https://github.com/login/device"));
    dialog.reject();
    QCOMPARE(cancelled.count(), 2);
}

void SignInDialogsTest::browserFailures_data()
{
    QTest::addColumn<QString>("message");
    QTest::addRow("expired") << "The code expired before it was entered. Start again.";
    QTest::addRow("denied") << "The sign-in was denied on GitHub.";
    QTest::addRow("no client") << "No OAuth app is configured for this host.";
}

void SignInDialogsTest::browserFailures()
{
    QFETCH(QString, message);
    SignInDialog dialog;
    QSignalSpy requested(&dialog, &SignInDialog::browserSignInRequested);
    dialog.setBrowserSignInAvailable(true);
    dialog.setMethod(SignInDialog::Method::Browser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.primaryButton(), Qt::LeftButton);
    dialog.showDeviceCode("WDJB-MJHT", QUrl("https://github.com/login/device"));
    dialog.showProblem(message);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.userCodeLabel()->isVisible());
    QCOMPARE(dialog.problemLabel()->text().remove(QChar(0x200B)), message);
    QVERIFY(dialog.primaryButton()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(requested.count(), 2);
}

void SignInDialogsTest::welcomeOffersTheDemo()
{
    SignInDialog dialog;
    QSignalSpy demo(&dialog, &SignInDialog::demoRequested);
    dialog.setPage(SignInDialog::Page::Welcome);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.signInButton()->isVisible());
    QVERIFY(dialog.demoButton()->isVisible());
    QVERIFY(!dialog.primaryButton()->isVisible());
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QCOMPARE(dialog.page(), SignInDialog::Page::SignIn);
    dialog.setPage(SignInDialog::Page::Welcome);
    QTest::mouseClick(dialog.demoButton(), Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void SignInDialogsTest::accountsSignOutAsksWithCancelDefault()
{
    AccountsDialog dialog;
    QSignalSpy signOut(&dialog, &AccountsDialog::signOutRequested);
    QSignalSpy add(&dialog, &AccountsDialog::addAccountRequested);
    dialog.setAccounts({{"github.com", "octocat", AccountsDialog::Source::Keyring, {}},
                        {"ghe.example.com", "mona", AccountsDialog::Source::GitHubCli, {}}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.accountList()->topLevelItemCount(), 2);
    QCOMPARE(dialog.accountList()->topLevelItem(1)->text(AccountsDialog::SourceColumn),
             "GitHub CLI");
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QCOMPARE(add.count(), 1);

    dialog.selectAccount("ghe.example.com", "mona");
    QVERIFY(dialog.signOutButton()->isEnabled());
    QTest::mouseClick(dialog.signOutButton(), Qt::LeftButton);
    QMessageBox *question = dialog.signOutQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(question->text(), "Sign out mona on ghe.example.com?");
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QCOMPARE(question->escapeButton(), question->button(QMessageBox::Cancel));
    QTest::keyClick(question, Qt::Key_Return); // the default: Cancel
    QTRY_VERIFY(!dialog.signOutQuestion());
    QCOMPARE(signOut.count(), 0);

    QTest::mouseClick(dialog.signOutButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.signOutQuestion() && dialog.signOutQuestion()->isVisible());
    auto confirm = dialog.signOutQuestion()->findChild<QPushButton *>("confirmSignOutButton");
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(signOut.count(), 1);
    QCOMPARE(signOut.at(0).at(0).toString(), "ghe.example.com");
    QCOMPARE(signOut.at(0).at(1).toString(), "mona");
}

void SignInDialogsTest::environmentAccountCannotSignOutHere()
{
    AccountsDialog dialog;
    dialog.setAccounts({{"github.com", "octocat", AccountsDialog::Source::Environment, {}}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.accountList()->topLevelItem(0)->text(AccountsDialog::SourceColumn),
             "from the environment");
    QVERIFY(!dialog.signOutButton()->isEnabled());
    QVERIFY(dialog.signOutButton()->toolTip().contains("GH_TOKEN"));
    dialog.setAccounts({});
    QVERIFY(dialog.emptyLabel()->isVisible());
    QVERIFY(!dialog.signOutButton()->isEnabled());
}

void SignInDialogsTest::pickerTypeAhead()
{
    RepositoryListModel model;
    fillModel(&model);
    RepositoryPicker picker(&model);
    QSignalSpy chosen(&picker, &RepositoryPicker::repositoryChosen);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QCOMPARE(picker.proxy()->rowCount(), 5);
    QCOMPARE(picker.proxy()->index(0, 0).data().toString(), "acme/storefront"); // recent first
    QVERIFY(picker.filterEdit()->hasFocus());
    // By name
    QTest::keyClicks(picker.filterEdit(), "PAY");
    QCOMPARE(picker.proxy()->rowCount(), 1);
    // By owner
    picker.filterEdit()->clear();
    QTest::keyClicks(picker.filterEdit(), "octocat/");
    QCOMPARE(picker.proxy()->rowCount(), 1);
    const QModelIndex readOnly = picker.proxy()->index(0, 0);
    QVERIFY(readOnly.data(RepositoryListModel::ReadOnlyRole).toBool());
    QCOMPARE(picker.openButton()->text(), "&Open");
    // Return opens the best match
    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(picker.chosen().id.fullName(), "octocat/hello-world");
    QVERIFY(!picker.chosen().canPush);
    QCOMPARE(picker.result(), int(QDialog::Accepted));
}

void SignInDialogsTest::pickerTypedRepositoryIsChecked()
{
    RepositoryListModel model;
    fillModel(&model);
    RepositoryPicker picker(&model);
    QSignalSpy check(&picker, &RepositoryPicker::checkRequested);
    QSignalSpy chosen(&picker, &RepositoryPicker::repositoryChosen);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QTest::keyClicks(picker.filterEdit(), "torvalds/linux");
    QCOMPARE(picker.proxy()->rowCount(), 0);
    QCOMPARE(picker.openButton()->text(), "&Check and Open");
    QVERIFY(picker.statusLabel()->text().contains("torvalds/linux"));
    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    QCOMPARE(check.count(), 1);
    QCOMPARE(check.at(0).at(0).value<RepositoryId>().fullName(), "torvalds/linux");
    QVERIFY(picker.isChecking());
    QVERIFY(!picker.openButton()->isEnabled());
    QVERIFY(chosen.isEmpty());
    RepositoryEntry found = entry("torvalds/linux", 0, false);
    picker.showChecked(found);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(model.rowOf(found.id), 0);
    QVERIFY(model.index(0).data(RepositoryListModel::RecentRole).toBool());
    QCOMPARE(picker.result(), int(QDialog::Accepted));
}

void SignInDialogsTest::pickerNotFoundKeepsText()
{
    RepositoryListModel model;
    fillModel(&model);
    RepositoryPicker picker(&model);
    QSignalSpy check(&picker, &RepositoryPicker::checkRequested);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QTest::keyClicks(picker.filterEdit(), "acme/secret");
    QTest::mouseClick(picker.openButton(), Qt::LeftButton);
    QCOMPARE(check.count(), 1);
    picker.showNotFound(*RepositoryId::parse("acme/secret"));
    QVERIFY(picker.isVisible());
    QCOMPARE(picker.filterEdit()->text(), "acme/secret");
    QVERIFY(picker.problemLabel()->isVisible());
    QCOMPARE(picker.problem(), "acme/secret was not found, or this account cannot see it.");
    QVERIFY(picker.openButton()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(check.count(), 2);
    // Typing clears the stale problem
    picker.showProblem("network down");
    QTest::keyClick(picker.filterEdit(), Qt::Key_Backspace);
    QVERIFY(picker.problem().isEmpty());
    QVERIFY(!picker.problemLabel()->isVisible());
}

void SignInDialogsTest::pickerRemoves()
{
    RepositoryListModel model;
    fillModel(&model);
    RepositoryPicker picker(&model);
    QSignalSpy removed(&picker, &RepositoryPicker::repositoryRemoved);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QTest::keyClicks(picker.filterEdit(), "mobile");
    QVERIFY(picker.removeButton()->isEnabled());
    QTest::mouseClick(picker.removeButton(), Qt::LeftButton);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<RepositoryId>().fullName(), "acme/mobile-app");
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.hidden(), QStringList{"acme/mobile-app"});
    QCOMPARE(picker.proxy()->rowCount(), 0);
    QVERIFY(!picker.removeButton()->isEnabled());
}

void SignInDialogsTest::settingsStoreRefreshInterval()
{
    QCOMPARE(SettingsDialog::storedRefreshInterval(), 60);
    SettingsDialog dialog;
    QSignalSpy changed(&dialog, &SettingsDialog::refreshIntervalChanged);
    QSignalSpy accounts(&dialog, &SettingsDialog::accountsRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.languageBox()->count(), UiLanguage::availableChoices().size());
    QTest::mouseClick(dialog.accountsButton(), Qt::LeftButton);
    QCOMPARE(accounts.count(), 1);
    dialog.setRefreshInterval(120);
    QCOMPARE(dialog.refreshBox()->currentData().toInt(), 120);
    dialog.accept();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 120);
    QCOMPARE(SettingsDialog::storedRefreshInterval(), 120);
    QSettings().setValue("refresh/intervalSeconds", "nonsense");
    QCOMPARE(SettingsDialog::storedRefreshInterval(), 60);
    QSettings().setValue("refresh/intervalSeconds", 1);
    QCOMPARE(SettingsDialog::storedRefreshInterval(), SettingsDialog::MinimumRefreshSeconds);
}

void SignInDialogsTest::layouts_data()
{
    QTest::addColumn<int>("choice");
    QTest::addRow("en") << int(UiLanguage::Choice::English);
    QTest::addRow("ko") << int(UiLanguage::Choice::Korean);
    QTest::addRow("ja") << int(UiLanguage::Choice::Japanese);
}

void SignInDialogsTest::layouts()
{
    QFETCH(int, choice);
    const auto language = UiLanguage::Choice(choice);
    QVERIFY(UiLanguage::apply(language));
    QStringList problems;
    auto check = [&](QWidget *dialog, const QString &name) {
        for (const QString &problem : look(dialog, name))
            problems.append(name + QLatin1String(": ") + problem);
    };

    {
        SignInDialog dialog;
        dialog.setPage(SignInDialog::Page::Welcome);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        check(&dialog, "signin-welcome");
        if (language == UiLanguage::Choice::Korean)
            QCOMPARE(dialog.demoButton()->text(), QString::fromUtf8("데모 사용해 보기"));
        dialog.setPage(SignInDialog::Page::SignIn);
        dialog.setGitHubCliAvailable(true);
        dialog.setBrowserSignInAvailable(true);
        dialog.tokenEdit()->setText("ghp_example");
        check(&dialog, "signin-token");
        dialog.showChecking();
        check(&dialog, "signin-checking");
        dialog.showProblem(QStringLiteral(
            "GitHub refused the token (401 Bad credentials): it is wrong, expired or revoked. "
            "See https://docs.github.com/rest/overview/authenticating-to-the-rest-api"));
        check(&dialog, "signin-failed");
        dialog.showSignedIn("octocat");
        check(&dialog, "signin-success");
        dialog.hostEdit()->setText("not a host");
        check(&dialog, "signin-badhost");
        dialog.hostEdit()->setText("github.example.com");
        dialog.setMethod(SignInDialog::Method::GitHubCli);
        dialog.showProblem(
            "GitHub CLI is not signed in to github.example.com. Run \"gh auth login\" first.");
        check(&dialog, "signin-cli-failed");
        dialog.setMethod(SignInDialog::Method::Browser);
        dialog.showProblem(QString());
        dialog.showDeviceCode("WDJB-MJHT", QUrl("https://github.example.com/login/device"));
        check(&dialog, "signin-browser-code");
        dialog.showProblem("The code expired before it was entered. Start again.");
        check(&dialog, "signin-browser-expired");
    }
    {
        AccountsDialog dialog;
        dialog.setAccounts({{"github.com", "octocat", AccountsDialog::Source::Environment, {}},
                            {"github.com", "mona", AccountsDialog::Source::Keyring, {}},
                            {"ghe.example.com", "hubot", AccountsDialog::Source::GitHubCli, {}},
                            {"127.0.0.1:8080", "reader", AccountsDialog::Source::Session, {}}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        check(&dialog, "accounts");
        dialog.selectAccount("github.com", "mona");
        dialog.signOutButton()->click();
        QTRY_VERIFY(dialog.signOutQuestion() && dialog.signOutQuestion()->isVisible());
        check(dialog.signOutQuestion(), "accounts-signout");
        dialog.signOutQuestion()->reject();
    }
    {
        RepositoryListModel model;
        fillModel(&model);
        RepositoryPicker picker(&model);
        picker.setLoading(true);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        check(&picker, "picker-loading");
        picker.setLoading(false);
        check(&picker, "picker");
        picker.filterEdit()->setText("acme/does-not-exist");
        picker.openButton()->click();
        picker.showNotFound(*RepositoryId::parse("acme/does-not-exist"));
        check(&picker, "picker-notfound");
        picker.showListProblem("GitHub refused the token (401 Bad credentials).");
        check(&picker, "picker-listfailed");
    }
    {
        SettingsDialog dialog;
        dialog.setAccountSummary("octocat (github.com), hubot (ghe.example.com)");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        check(&dialog, "settings");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(SignInDialogsTest)
#include "tst_signindialogs.moc"
