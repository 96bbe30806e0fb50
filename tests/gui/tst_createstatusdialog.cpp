// The create-status dialog: the 140-character limit as GitHub counts it, URL checks, the
// auto_inactive preview, GitHub's 422 shown inline, and after any failed post everything typed
// kept with Return ready to try again.
#include "emulator/githubemulator.h"
#include "models/githubclient.h"
#include "views/createstatusdialog.h"

#include "testtimeout.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "guitesthelpers.h"

class CreateStatusDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void descriptionLimit_data();
    void descriptionLimit();
    void typingPast140BlocksSubmit();
    void urlsMustBeWeb_data();
    void urlsMustBeWeb();
    void submitEmitsRequest();
    void previewNamesAffectedDeployments();
    void emulator422ShownInlineAndInputKept();
    void busyDisablesSubmit();
    void failedPostKeepsEverythingAndReturnRetries_data();
    void failedPostKeepsEverythingAndReturnRetries();
    void environmentUrlExample_data();
    void environmentUrlExample();
    void placeholderFollowsEnvironment();
    void copiedErrorHasNoHiddenBreaks();
    void retranslatesOnLanguageChange();

private:
    static CreateStatusDialog::Target target() { return {41, "main", "1a2b3c4d5e6f", "staging"}; }
};

void CreateStatusDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void CreateStatusDialogTest::descriptionLimit_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("140 ASCII") << QString(140, QLatin1Char('a')) << true;
    QTest::addRow("141 ASCII") << QString(141, QLatin1Char('a')) << false;
    QTest::addRow("140 Korean") << QString(140, QChar(0xBC30)) << true; // 배
    QTest::addRow("141 Korean") << QString(141, QChar(0xBC30)) << false;
    QTest::addRow("140 Japanese") << QString(140, QChar(0x30C7)) << true; // デ
    // 140 emoji outside the BMP are 280 UTF-16 units but 140 characters for GitHub.
    QString emoji;
    for (int i = 0; i < 140; ++i)
        emoji += QString::fromUcs4(U"\U0001F680", 1);
    QTest::addRow("140 emoji") << emoji << true;
    QTest::addRow("141 emoji") << emoji + QString::fromUcs4(U"\U0001F680", 1) << false;
}

void CreateStatusDialogTest::descriptionLimit()
{
    QFETCH(QString, description);
    QFETCH(bool, allowed);
    CreateStatusDialog dialog;
    dialog.setTarget(target());
    dialog.descriptionEdit()->setText(description);
    QCOMPARE(dialog.submitButton()->isEnabled(), allowed);
    QCOMPARE(dialog.descriptionErrorLabel()->isHidden(), allowed);
    QCOMPARE(dialog.validationProblem().isEmpty(), allowed);
    if (!allowed)
        QVERIFY(!dialog.submitButton()->toolTip().isEmpty());
}

void CreateStatusDialogTest::typingPast140BlocksSubmit()
{
    // Given a dialog with 139 characters typed by key events
    CreateStatusDialog dialog;
    dialog.setTarget(target());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.descriptionEdit()->setFocus();
    GuiTest::typeText(dialog.descriptionEdit(), QString(139, QLatin1Char('x')));
    QVERIFY(dialog.submitButton()->isEnabled());
    const QPalette normal = dialog.counterLabel()->palette();

    // When the 140th and the 141st are typed
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Y);
    QVERIFY(dialog.submitButton()->isEnabled());
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Z);

    // Then Submit is off, the counter is red and a reason is shown; Enter does not submit
    QVERIFY(!dialog.submitButton()->isEnabled());
    QVERIFY(dialog.counterLabel()->text().contains(QLatin1String("141")));
    QVERIFY(dialog.counterLabel()->palette().color(QPalette::WindowText) !=
            normal.color(QPalette::WindowText));
    QVERIFY(dialog.descriptionErrorLabel()->isVisible());
    QSignalSpy requested(&dialog, &CreateStatusDialog::statusRequested);
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QVERIFY(dialog.isVisible());

    // And one backspace makes it submittable again
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Backspace);
    QVERIFY(dialog.submitButton()->isEnabled());
    QVERIFY(dialog.descriptionErrorLabel()->isHidden());
}

void CreateStatusDialogTest::urlsMustBeWeb_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("empty") << QString() << true;
    QTest::addRow("https") << QStringLiteral("https://ci.example.com/builds/1") << true;
    QTest::addRow("http") << QStringLiteral("http://10.0.0.1:8080/x") << true;
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::addRow("no scheme") << QStringLiteral("ci.example.com/builds/1") << false;
    QTest::addRow("no host") << QStringLiteral("https://") << false;
    QTest::addRow("spaces") << QStringLiteral("https://exa mple.com") << false;
}

void CreateStatusDialogTest::urlsMustBeWeb()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(CreateStatusDialog::isAcceptableUrl(url), allowed);
    CreateStatusDialog dialog;
    dialog.setTarget(target());
    dialog.logUrlEdit()->setText(url);
    QCOMPARE(dialog.logUrlErrorLabel()->isHidden(), allowed);
    QCOMPARE(dialog.submitButton()->isEnabled(), allowed);
    dialog.logUrlEdit()->clear();
    dialog.environmentUrlEdit()->setText(url);
    QCOMPARE(dialog.environmentUrlErrorLabel()->isHidden(), allowed);
    QCOMPARE(dialog.submitButton()->isEnabled(), allowed);
}

void CreateStatusDialogTest::submitEmitsRequest()
{
    CreateStatusDialog dialog;
    dialog.setTarget(target());
    dialog.setKnownEnvironments({"production", "staging"});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setState(StatusState::Failure);
    GuiTest::typeText(dialog.descriptionEdit(), QStringLiteral("배포 실패"));
    dialog.logUrlEdit()->setText(QStringLiteral("https://ci.example.com/1"));
    dialog.environmentBox()->setCurrentText(QStringLiteral("production"));
    QTest::mouseClick(dialog.autoInactiveBox(), Qt::LeftButton, {},
                      QPoint(4, dialog.autoInactiveBox()->height() / 2));
    QSignalSpy requested(&dialog, &CreateStatusDialog::statusRequested);
    QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto request = requested.at(0).at(0).value<CreateStatusDialog::Request>();
    QCOMPARE(request.deploymentId, 41);
    QCOMPARE(request.state, StatusState::Failure);
    QCOMPARE(request.description, QStringLiteral("배포 실패"));
    QCOMPARE(request.logUrl, QUrl(QStringLiteral("https://ci.example.com/1")));
    QCOMPARE(request.environment, QStringLiteral("production"));
    QCOMPARE(request.autoInactive, false);
    QVERIFY(dialog.isVisible()); // it closes only when told the status was created
}

void CreateStatusDialogTest::previewNamesAffectedDeployments()
{
    CreateStatusDialog dialog;
    dialog.setTarget(target());
    QString askedEnvironment;
    dialog.setInactivePreview([&askedEnvironment](qint64 id, const QString &environment) {
        askedEnvironment = environment;
        QList<CreateStatusDialog::AffectedDeployment> affected;
        if (id == 41 && environment == QLatin1String("staging"))
            affected = {{38, "v1.2.0", "9f8e7d6c5b4a"}, {35, "main", "0123456789ab"}};
        return affected;
    });
    dialog.setState(StatusState::Success);
    QVERIFY(dialog.previewLabel()->text().contains(QLatin1String("#38 (v1.2.0, 9f8e7d6)")));
    QVERIFY(dialog.previewLabel()->text().contains(QLatin1String("#35 (main, 0123456)")));
    QVERIFY(dialog.previewLabel()->text().contains(QLatin1String("2")));
    QCOMPARE(askedEnvironment, QStringLiteral("staging"));

    dialog.environmentBox()->setCurrentText(QStringLiteral("qa"));
    QCOMPARE(askedEnvironment, QStringLiteral("qa"));
    QVERIFY(!dialog.previewLabel()->text().contains(QLatin1String("#38")));

    dialog.environmentBox()->setCurrentText(QStringLiteral("staging"));
    dialog.autoInactiveBox()->setChecked(false);
    QVERIFY(!dialog.previewLabel()->text().contains(QLatin1String("#38")));
    dialog.autoInactiveBox()->setChecked(true);
    dialog.setState(StatusState::Failure);
    QVERIFY(!dialog.previewLabel()->text().contains(QLatin1String("#38")));
}

void CreateStatusDialogTest::emulator422ShownInlineAndInputKept()
{
    // Given the emulator and a deployment on it
    GitHubEmulator emulator;
    QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
    emulator.loadDemo(1);
    const QString repo = QStringLiteral("acme/storefront");
    const qint64 id = emulator.deploymentIds(repo).value(0);
    QVERIFY(id > 0);
    GitHubClient client;
    QVERIFY(client.setApiRoot(emulator.baseUrl()));
    client.setToken(emulator.token());

    CreateStatusDialog dialog;
    dialog.setTarget({id, "main", "abcdef0", "production"});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString typed = QString(140, QChar(0xBC30));
    GuiTest::typeText(dialog.descriptionEdit(), typed);
    dialog.logUrlEdit()->setText(QStringLiteral("https://ci.example.com/7"));
    QVERIFY(dialog.submitButton()->isEnabled());

    // When the request goes to GitHub with one character more than the dialog allows
    // (a server counting differently than the dialog), GitHub answers 422
    QObject::connect(
        &dialog, &CreateStatusDialog::statusRequested, &client,
        [&](CreateStatusDialog::Request request) {
            dialog.setBusy(true);
            NewStatus status;
            status.state = request.state;
            status.description = request.description + QChar(0xBC30);
            status.logUrl = request.logUrl;
            StatusRequest *call = client.createStatus(*RepositoryId::parse(repo), id, status);
            QObject::connect(call, &GitHubRequest::failed, &dialog, &CreateStatusDialog::showError);
            QObject::connect(call, &GitHubRequest::finished, &dialog, &QDialog::accept);
        });
    const int statusesBefore = int(emulator.statusIds(repo, id).size());
    QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
    QVERIFY(!dialog.submitButton()->isEnabled());

    // Then the message is shown under the description, the dialog stays open, nothing is lost
    QTRY_VERIFY_WITH_TIMEOUT(dialog.descriptionErrorLabel()->isVisible(), TestTimeoutMs);
    QVERIFY(dialog.descriptionErrorLabel()->text().contains(QLatin1String("too long")));
    QVERIFY(dialog.generalErrorLabel()->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.descriptionEdit()->text(), typed);
    QCOMPARE(dialog.logUrlEdit()->text(), QStringLiteral("https://ci.example.com/7"));
    QVERIFY(dialog.submitButton()->isEnabled());
    QVERIFY(dialog.descriptionEdit()->isEnabled());
    QCOMPARE(int(emulator.statusIds(repo, id).size()), statusesBefore);

    // And editing the description clears GitHub's complaint about it
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Backspace);
    QVERIFY(dialog.descriptionErrorLabel()->isHidden());
}

void CreateStatusDialogTest::busyDisablesSubmit()
{
    CreateStatusDialog dialog;
    dialog.setTarget(target());
    dialog.descriptionEdit()->setText(QStringLiteral("ok"));
    QSignalSpy requested(&dialog, &CreateStatusDialog::statusRequested);
    dialog.setBusy(true);
    QVERIFY(!dialog.submitButton()->isEnabled());
    QVERIFY(!dialog.descriptionEdit()->isEnabled());
    QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    GitHubError error(GitHubError::Kind::Server, QString(), 502);
    dialog.showError(error);
    QVERIFY(dialog.submitButton()->isEnabled());
    QVERIFY(dialog.generalErrorLabel()->isVisibleTo(&dialog));
    QCOMPARE(dialog.descriptionEdit()->text(), QStringLiteral("ok"));
}

void CreateStatusDialogTest::failedPostKeepsEverythingAndReturnRetries_data()
{
    QTest::addColumn<GitHubEmulator::Fault>("fault");
    QTest::addColumn<int>("faults");    // how many POSTs the emulator fails
    QTest::addColumn<bool>("tooLong");  // the first post sends one character too many (422)
    QTest::addColumn<QString>("shown"); // words the message above the buttons contains
    // Two: after an ambiguous failure the client reads the statuses back and, not finding the
    // status, sends it once more (reconciletest); Qt itself no longer resends a POST.
    QTest::addRow("network down") << GitHubEmulator::Fault::DropConnection << 2 << false
                                  << QStringLiteral("Could not reach GitHub");
    QTest::addRow("500") << GitHubEmulator::Fault::Status500 << 2 << false
                         << QStringLiteral("HTTP 500");
    QTest::addRow("502 html") << GitHubEmulator::Fault::Status502Html << 2 << false
                              << QStringLiteral("HTTP 502");
    QTest::addRow("503") << GitHubEmulator::Fault::Status503 << 2 << false
                         << QStringLiteral("HTTP 503");
    QTest::addRow("422") << GitHubEmulator::Fault::Status500 << 0 << true
                         << QStringLiteral("next to the fields");
}

void CreateStatusDialogTest::failedPostKeepsEverythingAndReturnRetries()
{
    QFETCH(GitHubEmulator::Fault, fault);
    QFETCH(int, faults);
    QFETCH(bool, tooLong);
    QFETCH(QString, shown);

    // Given the emulator, a deployment on it, and a dialog with every field filled in
    GitHubEmulator emulator;
    QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
    emulator.loadDemo(1);
    // Long enough for a key press while the post runs, never waited for when all goes well.
    emulator.setLatency(std::chrono::milliseconds(300));
    const QString repo = QStringLiteral("acme/storefront");
    const qint64 id = emulator.deploymentIds(repo).value(0);
    QVERIFY(id > 0);
    GitHubClient client;
    QVERIFY(client.setApiRoot(emulator.baseUrl()));
    client.setToken(emulator.token());

    CreateStatusDialog dialog;
    dialog.setTarget({id, "main", "abcdef0", "production"});
    dialog.setKnownEnvironments({"production", "staging"});
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.setState(StatusState::Failure);
    GuiTest::typeText(dialog.descriptionEdit(), QStringLiteral("배포 실패: migrations"));
    dialog.logUrlEdit()->setText(QStringLiteral("https://ci.example.com/builds/7"));
    dialog.environmentBox()->setCurrentText(QStringLiteral("staging"));
    dialog.environmentUrlEdit()->setText(QStringLiteral("https://staging.example.com"));
    QTest::mouseClick(dialog.autoInactiveBox(), Qt::LeftButton, {},
                      QPoint(4, dialog.autoInactiveBox()->height() / 2));
    QVERIFY(!dialog.autoInactiveBox()->isChecked());
    dialog.environmentUrlEdit()->setFocus();
    QCOMPARE(dialog.focusWidget(), dialog.environmentUrlEdit());

    int posts = 0;
    QObject::connect(
        &dialog, &CreateStatusDialog::statusRequested, &client,
        [&](const CreateStatusDialog::Request &request) {
            ++posts;
            dialog.setBusy(true);
            NewStatus status;
            status.state = request.state;
            status.description = request.description;
            if (tooLong && posts == 1)
                status.description += QString(140, QLatin1Char('x'));
            status.logUrl = request.logUrl;
            status.environmentUrl = request.environmentUrl;
            status.environment = request.environment;
            status.autoInactive = request.autoInactive;
            StatusRequest *call = client.createStatus(*RepositoryId::parse(repo), id, status);
            QObject::connect(call, &GitHubRequest::failed, &dialog, &CreateStatusDialog::showError);
            QObject::connect(call, &GitHubRequest::finished, &dialog, &QDialog::accept);
        });
    if (faults > 0)
        emulator.injectFault(fault, faults, QStringLiteral("/statuses"), 1, "POST");
    const int statusesBefore = int(emulator.statusIds(repo, id).size());

    // When Return is pressed in the last field, and pressed again while the post runs
    QTest::keyClick(dialog.environmentUrlEdit(), Qt::Key_Return);
    QCOMPARE(posts, 1);
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.cancelButton()->isDefault());
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    QCOMPARE(posts, 1);
    QVERIFY(dialog.isVisible());

    // Then after the failure the dialog is open, with everything as typed, and not busy
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), TestTimeoutMs);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.generalErrorLabel()->isVisible(),
             qPrintable(dialog.generalErrorLabel()->text()));
    QVERIFY2(dialog.generalErrorLabel()->text().contains(shown),
             qPrintable(dialog.generalErrorLabel()->text()));
    QCOMPARE(dialog.request().state, StatusState::Failure);
    QCOMPARE(dialog.descriptionEdit()->text(), QStringLiteral("배포 실패: migrations"));
    QCOMPARE(dialog.logUrlEdit()->text(), QStringLiteral("https://ci.example.com/builds/7"));
    QCOMPARE(dialog.environmentBox()->currentText(), QStringLiteral("staging"));
    QCOMPARE(dialog.environmentUrlEdit()->text(), QStringLiteral("https://staging.example.com"));
    QVERIFY(!dialog.autoInactiveBox()->isChecked());
    QVERIFY(dialog.descriptionEdit()->isEnabled());
    QVERIFY(dialog.autoInactiveBox()->isEnabled());
    QCOMPARE(int(emulator.statusIds(repo, id).size()), statusesBefore);

    // And Post has the focus and is the default; Cancel is not
    QVERIFY(dialog.submitButton()->isEnabled());
    QCOMPARE(dialog.focusWidget(), dialog.submitButton());
    QVERIFY(dialog.submitButton()->isDefault());
    QVERIFY(!dialog.cancelButton()->isDefault());

    // And Return posts again, which now goes through
    emulator.clearFaults(); // the network is back (QNAM may not have used every fault)
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(posts, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), TestTimeoutMs);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(int(emulator.statusIds(repo, id).size()), statusesBefore + 1);
    QCOMPARE(emulator.latestState(repo, id), QStringLiteral("failure"));
}

void CreateStatusDialogTest::environmentUrlExample_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("example");
    QTest::addRow("production") << "production"
                                << "https://example.com";
    QTest::addRow("Production") << "Production"
                                << "https://example.com";
    QTest::addRow("staging") << "staging"
                             << "https://staging.example.com";
    QTest::addRow("preview/pr-42") << "preview/pr-42"
                                   << "https://pr-42.preview.example.com";
    QTest::addRow("spaces") << "Staging EU (2)"
                            << "https://staging-eu-2.example.com";
    QTest::addRow("production/eu") << "production/eu"
                                   << "https://eu.production.example.com";
    QTest::addRow("Korean") << QStringLiteral("스테이징") << "https://example.com";
    QTest::addRow("empty") << ""
                           << "https://example.com";
}

void CreateStatusDialogTest::environmentUrlExample()
{
    QFETCH(QString, environment);
    QFETCH(QString, example);
    QCOMPARE(CreateStatusDialog::environmentUrlExample(environment), example);
}

void CreateStatusDialogTest::placeholderFollowsEnvironment()
{
    CreateStatusDialog dialog;
    dialog.setTarget({41, "main", "1a2b3c4d5e6f", "preview/pr-42"});
    dialog.setKnownEnvironments({"production", "preview/pr-42"});
    QCOMPARE(dialog.environmentUrlEdit()->placeholderText(),
             QStringLiteral("https://pr-42.preview.example.com"));
    dialog.environmentBox()->setCurrentText(QStringLiteral("production"));
    QCOMPARE(dialog.environmentUrlEdit()->placeholderText(), QStringLiteral("https://example.com"));
    // Cleared: the status keeps the deployment's environment, and so does the example.
    dialog.environmentBox()->setCurrentText(QString());
    QCOMPARE(dialog.environmentUrlEdit()->placeholderText(),
             QStringLiteral("https://pr-42.preview.example.com"));
}

void CreateStatusDialogTest::copiedErrorHasNoHiddenBreaks()
{
    // Given a message with a long URL, which the label shows with hidden break opportunities
    CreateStatusDialog dialog;
    dialog.setTarget(target());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString message = QStringLiteral(
        "See https://docs.github.com/rest/deployments/statuses#create-a-deployment-status");
    dialog.showProblem(message);
    QLabel *label = dialog.generalErrorLabel();
    QVERIFY(label->isVisible());
    QVERIFY(label->text() != message);
    QCOMPARE(label->text().remove(QChar(0x200B)), message);

    // When all of it is selected and copied
    label->setSelection(0, int(label->text().size()));
    QVERIFY(label->hasSelectedText());
    QTest::keyClick(label, Qt::Key_C, Qt::ControlModifier);

    // Then the clipboard has the message as it was given
    QCOMPARE(QGuiApplication::clipboard()->text(), message);
}

void CreateStatusDialogTest::retranslatesOnLanguageChange()
{
    CreateStatusDialog dialog;
    dialog.setTarget(target());
    dialog.submitButton()->setText(QStringLiteral("stale"));
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dialog, &event);
    QVERIFY(dialog.submitButton()->text() != QLatin1String("stale"));
}

QTEST_MAIN(CreateStatusDialogTest)
#include "tst_createstatusdialog.moc"
