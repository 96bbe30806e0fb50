// The new-deployment dialog: JSON payload checked as it is typed, "skip checks" as [],
// GitHub's 202 and 409 explained in words (for the ref they were about), and after a failed
// create everything typed kept with Return ready to try again, against the in-process emulator.
#include "emulator/githubemulator.h"
#include "models/githubclient.h"
#include "views/newdeploymentdialog.h"

#include "testtimeout.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "guitesthelpers.h"

class NewDeploymentDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void payload_data();
    void payload();
    void refIsRequired();
    void requestCarriesTheForm();
    void productionFollowsEnvironmentUntilTouched();
    void githubAnswers_data();
    void githubAnswers();
    void failedCreateKeepsEverythingAndReturnRetries_data();
    void failedCreateKeepsEverythingAndReturnRetries();
    void explanationBelongsToTheRef_data();
    void explanationBelongsToTheRef();
    void noFieldErrorUnderDisabledField();

private:
    // Sends the dialog's requests to `client` and its answers back, as the main window does.
    static void connectToClient(NewDeploymentDialog *dialog, GitHubClient *client,
                                const QString &repo, int *posts = nullptr);
};

void NewDeploymentDialogTest::connectToClient(NewDeploymentDialog *dialog, GitHubClient *client,
                                              const QString &repo, int *posts)
{
    QObject::connect(dialog, &NewDeploymentDialog::deploymentRequested, client,
                     [dialog, client, repo, posts](const NewDeploymentDialog::Request &request) {
                         if (posts)
                             ++*posts;
                         dialog->setBusy(true);
                         NewDeployment deployment;
                         deployment.ref = request.ref;
                         deployment.task = request.task;
                         deployment.environment = request.environment;
                         deployment.description = request.description;
                         deployment.payload = request.payload;
                         deployment.requiredContexts = request.requiredContexts;
                         deployment.autoMerge = request.autoMerge;
                         deployment.transientEnvironment = request.transientEnvironment;
                         deployment.productionEnvironment = request.productionEnvironment;
                         DeploymentRequest *call =
                             client->createDeployment(*RepositoryId::parse(repo), deployment);
                         QObject::connect(call, &GitHubRequest::failed, dialog,
                                          &NewDeploymentDialog::showError);
                         QObject::connect(call, &GitHubRequest::finished, dialog, [dialog, call] {
                             if (call->merged())
                                 dialog->showMerged(call->message());
                             else
                                 dialog->accept();
                         });
                     });
}

void NewDeploymentDialogTest::payload_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("position");
    QTest::addRow("empty") << QString() << true << QString();
    QTest::addRow("object") << QStringLiteral("{\"a\": 1}") << true << QString();
    QTest::addRow("missing comma")
        << QStringLiteral("{\n  \"a\": 1\n  \"b\": 2\n}") << false << QStringLiteral("line 3");
    QTest::addRow("array") << QStringLiteral("[1, 2]") << false << QString();
    QTest::addRow("unterminated") << QStringLiteral("{\"a\": \"x") << false
                                  << QStringLiteral("line 1");
}

void NewDeploymentDialogTest::payload()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, position);
    NewDeploymentDialog dialog;
    dialog.refEdit()->setText(QStringLiteral("main"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.payloadEdit()->setFocus();
    GuiTest::typeText(dialog.payloadEdit(), text);
    QCOMPARE(dialog.submitButton()->isEnabled(), valid);
    QCOMPARE(dialog.payloadErrorLabel()->isVisible(), !valid);
    if (!position.isEmpty())
        QVERIFY2(dialog.payloadErrorLabel()->text().contains(position),
                 qPrintable(dialog.payloadErrorLabel()->text()));
    QCOMPARE(dialog.payloadEdit()->toPlainText(), text);
}

void NewDeploymentDialogTest::refIsRequired()
{
    NewDeploymentDialog dialog;
    QVERIFY(!dialog.submitButton()->isEnabled());
    QVERIFY(!dialog.submitButton()->toolTip().isEmpty());
    dialog.refEdit()->setText(QStringLiteral("v1.2.0"));
    QVERIFY(dialog.submitButton()->isEnabled());
}

void NewDeploymentDialogTest::requestCarriesTheForm()
{
    NewDeploymentDialog dialog;
    dialog.setKnownEnvironments({"production", "staging"});
    dialog.refEdit()->setText(QStringLiteral("release/2.0"));
    dialog.environmentBox()->setCurrentText(QStringLiteral("staging"));
    dialog.payloadEdit()->setPlainText(QStringLiteral("{\"canary\": true}"));
    dialog.checksButton(NewDeploymentDialog::Checks::Skip)->setChecked(true);
    dialog.transientBox()->setChecked(true);
    QSignalSpy requested(&dialog, &NewDeploymentDialog::deploymentRequested);
    QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto request = requested.at(0).at(0).value<NewDeploymentDialog::Request>();
    QCOMPARE(request.ref, QStringLiteral("release/2.0"));
    QCOMPARE(request.task, QStringLiteral("deploy"));
    QCOMPARE(request.environment, QStringLiteral("staging"));
    QVERIFY(request.payload.isObject());
    QCOMPARE(request.payload.toObject().value(QStringLiteral("canary")).toBool(), true);
    QVERIFY(request.requiredContexts.has_value());
    QVERIFY(request.requiredContexts->isEmpty());
    QVERIFY(request.transientEnvironment);
    QVERIFY(!request.productionEnvironment);

    dialog.checksButton(NewDeploymentDialog::Checks::Only)->setChecked(true);
    QVERIFY(!dialog.submitButton()->isEnabled()); // names needed
    dialog.contextsEdit()->setText(QStringLiteral("ci/build, ci/test ,"));
    QCOMPARE(*dialog.request().requiredContexts, QStringList({"ci/build", "ci/test"}));
    dialog.checksButton(NewDeploymentDialog::Checks::All)->setChecked(true);
    QVERIFY(!dialog.request().requiredContexts.has_value());
}

void NewDeploymentDialogTest::productionFollowsEnvironmentUntilTouched()
{
    NewDeploymentDialog dialog;
    QVERIFY(dialog.productionBox()->isChecked()); // "production" by default
    dialog.environmentBox()->setCurrentText(QStringLiteral("staging"));
    QVERIFY(!dialog.productionBox()->isChecked());
    dialog.environmentBox()->setCurrentText(QStringLiteral("production"));
    QVERIFY(dialog.productionBox()->isChecked());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.productionBox(), Qt::LeftButton, {},
                      QPoint(4, dialog.productionBox()->height() / 2));
    QVERIFY(!dialog.productionBox()->isChecked());
    dialog.environmentBox()->setCurrentText(QStringLiteral("staging"));
    dialog.environmentBox()->setCurrentText(QStringLiteral("production"));
    QVERIFY(!dialog.productionBox()->isChecked()); // the user's choice stays
}

void NewDeploymentDialogTest::githubAnswers_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("explanation"); // words the explanation must contain
    QTest::addColumn<bool>("notice");         // 202 is a notice, not an error
    QTest::addRow("202 merged") << QStringLiteral("needs-merge")
                                << QStringLiteral("merged the default branch") << true;
    QTest::addRow("409 checks") << QStringLiteral("failing-checks")
                                << QStringLiteral("Checks failed") << false;
    QTest::addRow("409 conflict") << QStringLiteral("merge-conflict")
                                  << QStringLiteral("merge conflict") << false;
}

void NewDeploymentDialogTest::githubAnswers()
{
    QFETCH(QString, ref);
    QFETCH(QString, explanation);
    QFETCH(bool, notice);
    GitHubEmulator emulator;
    QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
    emulator.loadDemo(1);
    const QString repo = QStringLiteral("acme/storefront");
    GitHubClient client;
    QVERIFY(client.setApiRoot(emulator.baseUrl()));
    client.setToken(emulator.token());
    const int before = emulator.deploymentCount(repo);

    NewDeploymentDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    GuiTest::typeText(dialog.refEdit(), ref);
    dialog.descriptionEdit()->setText(QStringLiteral("hotfix"));
    QObject::connect(&dialog, &NewDeploymentDialog::deploymentRequested, &client,
                     [&](const NewDeploymentDialog::Request &request) {
                         dialog.setBusy(true);
                         NewDeployment deployment;
                         deployment.ref = request.ref;
                         deployment.description = request.description;
                         deployment.requiredContexts = request.requiredContexts;
                         deployment.autoMerge = request.autoMerge;
                         DeploymentRequest *call =
                             client.createDeployment(*RepositoryId::parse(repo), deployment);
                         QObject::connect(call, &GitHubRequest::failed, &dialog,
                                          &NewDeploymentDialog::showError);
                         QObject::connect(call, &GitHubRequest::finished, &dialog, [&dialog, call] {
                             if (call->merged())
                                 dialog.showMerged(call->message());
                             else
                                 dialog.accept();
                         });
                     });
    QTest::mouseClick(dialog.submitButton(), Qt::LeftButton);
    QLabel *shown = notice ? dialog.noticeLabel() : dialog.generalErrorLabel();
    QTRY_VERIFY_WITH_TIMEOUT(shown->isVisible(), TestTimeoutMs);
    QVERIFY2(shown->text().contains(explanation, Qt::CaseInsensitive), qPrintable(shown->text()));
    QVERIFY(shown->text().contains(ref));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.refEdit()->text(), ref);
    QCOMPARE(dialog.descriptionEdit()->text(), QStringLiteral("hotfix"));
    QVERIFY(dialog.submitButton()->isEnabled());
    QCOMPARE(emulator.deploymentCount(repo), before);
}

void NewDeploymentDialogTest::failedCreateKeepsEverythingAndReturnRetries_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<GitHubEmulator::Fault>("fault");
    QTest::addColumn<int>("faults");
    QTest::addColumn<QString>("shown");   // words the message above the buttons contains
    QTest::addColumn<bool>("retryWorks"); // the second try creates the deployment
    // QNetworkAccessManager resends a request whose connection closes twice by itself.
    QTest::addRow("network down") << "release/2.0" << GitHubEmulator::Fault::DropConnection << 3
                                  << "Could not reach GitHub" << true;
    QTest::addRow("500") << "release/2.0" << GitHubEmulator::Fault::Status500 << 1 << "HTTP 500"
                         << true;
    QTest::addRow("502 html") << "release/2.0" << GitHubEmulator::Fault::Status502Html << 1
                              << "HTTP 502" << true;
    QTest::addRow("409 checks") << "failing-checks" << GitHubEmulator::Fault::Status500 << 0
                                << "Checks failed" << false;
}

void NewDeploymentDialogTest::failedCreateKeepsEverythingAndReturnRetries()
{
    QFETCH(QString, ref);
    QFETCH(GitHubEmulator::Fault, fault);
    QFETCH(int, faults);
    QFETCH(QString, shown);
    QFETCH(bool, retryWorks);

    // Given the emulator and a dialog with every field filled in
    GitHubEmulator emulator;
    QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
    emulator.loadDemo(1);
    // Long enough for a key press while the request runs, never waited for when all goes well.
    emulator.setLatency(std::chrono::milliseconds(300));
    const QString repo = QStringLiteral("acme/storefront");
    GitHubClient client;
    QVERIFY(client.setApiRoot(emulator.baseUrl()));
    client.setToken(emulator.token());
    const int before = emulator.deploymentCount(repo);

    NewDeploymentDialog dialog;
    dialog.setKnownEnvironments({"production", "staging"});
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    GuiTest::typeText(dialog.refEdit(), ref);
    dialog.environmentBox()->setCurrentText(QStringLiteral("staging"));
    dialog.taskEdit()->setText(QStringLiteral("deploy:migrations"));
    dialog.descriptionEdit()->setText(QStringLiteral("핫픽스 デプロイ"));
    dialog.payloadEdit()->setPlainText(QStringLiteral("{\"canary\": true}"));
    dialog.transientBox()->setChecked(true);
    dialog.checksButton(NewDeploymentDialog::Checks::Only)->setChecked(true);
    dialog.contextsEdit()->setText(QStringLiteral("ci/build"));
    dialog.descriptionEdit()->setFocus();
    const auto typed = [&dialog] {
        QStringList fields = {dialog.refEdit()->text(),
                              dialog.environmentBox()->currentText(),
                              dialog.taskEdit()->text(),
                              dialog.descriptionEdit()->text(),
                              dialog.payloadEdit()->toPlainText(),
                              dialog.contextsEdit()->text()};
        for (QAbstractButton *box : {static_cast<QAbstractButton *>(dialog.transientBox()),
                                     static_cast<QAbstractButton *>(dialog.productionBox()),
                                     static_cast<QAbstractButton *>(dialog.autoMergeBox()),
                                     static_cast<QAbstractButton *>(
                                         dialog.checksButton(NewDeploymentDialog::Checks::Only))})
            fields.append(box->isChecked() ? QStringLiteral("on") : QStringLiteral("off"));
        return fields;
    };
    const QStringList typedBefore = typed();

    int posts = 0;
    connectToClient(&dialog, &client, repo, &posts);
    if (faults > 0)
        emulator.injectFault(fault, faults, QStringLiteral("/deployments"));

    // When Return is pressed in a field, and pressed again while the request runs
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Return);
    QCOMPARE(posts, 1);
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.cancelButton()->isDefault());
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    QCOMPARE(posts, 1);

    // Then after the failure the dialog is open with everything as typed, and not busy
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), TestTimeoutMs);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.generalErrorLabel()->isVisible() &&
                 dialog.generalErrorLabel()->text().contains(shown),
             qPrintable(dialog.generalErrorLabel()->text()));
    QCOMPARE(typed(), typedBefore);
    QVERIFY(dialog.refEdit()->isEnabled());
    QVERIFY(dialog.contextsEdit()->isEnabled());
    QCOMPARE(emulator.deploymentCount(repo), before);

    // And Create has the focus and is the default; Cancel is not
    QVERIFY(dialog.submitButton()->isEnabled());
    QCOMPARE(dialog.focusWidget(), dialog.submitButton());
    QVERIFY(dialog.submitButton()->isDefault());
    QVERIFY(!dialog.cancelButton()->isDefault());

    // And Return sends the request again
    emulator.clearFaults(); // the network is back (QNAM may not have used every fault)
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(posts, 2);
    if (retryWorks) {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), TestTimeoutMs);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(emulator.deploymentCount(repo), before + 1);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), TestTimeoutMs);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.generalErrorLabel()->text().contains(shown));
        QCOMPARE(typed(), typedBefore);
        QCOMPARE(dialog.focusWidget(), dialog.submitButton());
        QCOMPARE(emulator.deploymentCount(repo), before);
    }
}

void NewDeploymentDialogTest::explanationBelongsToTheRef_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<bool>("notice"); // 202 is a notice, not an error
    QTest::addRow("202 merged") << QStringLiteral("needs-merge") << true;
    QTest::addRow("409 checks") << QStringLiteral("failing-checks") << false;
    QTest::addRow("409 conflict") << QStringLiteral("merge-conflict") << false;
}

void NewDeploymentDialogTest::explanationBelongsToTheRef()
{
    QFETCH(QString, ref);
    QFETCH(bool, notice);
    GitHubEmulator emulator;
    QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
    emulator.loadDemo(1);
    const QString repo = QStringLiteral("acme/storefront");
    GitHubClient client;
    QVERIFY(client.setApiRoot(emulator.baseUrl()));
    client.setToken(emulator.token());

    // Given GitHub's explanation about the ref that was sent
    NewDeploymentDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    GuiTest::typeText(dialog.refEdit(), ref);
    connectToClient(&dialog, &client, repo);
    QTest::keyClick(dialog.refEdit(), Qt::Key_Return);
    QLabel *shown = notice ? dialog.noticeLabel() : dialog.generalErrorLabel();
    QTRY_VERIFY_WITH_TIMEOUT(shown->isVisible(), TestTimeoutMs);
    QVERIFY(shown->text().contains(ref));

    // When the ref is edited (a person adds "-2" to it)
    dialog.refEdit()->setFocus();
    dialog.refEdit()->end(false);
    GuiTest::typeText(dialog.refEdit(), QStringLiteral("-2"));
    QCOMPARE(dialog.refEdit()->text(), ref + QStringLiteral("-2"));

    // Then the explanation is gone, not rewritten for the new ref, and stays gone
    QVERIFY(shown->isHidden());
    QVERIFY(dialog.noticeLabel()->isHidden());
    QVERIFY(dialog.generalErrorLabel()->isHidden());
    QVERIFY(!dialog.generalErrorLabel()->text().contains(QLatin1String("-2")));
    QVERIFY(!dialog.noticeLabel()->text().contains(QLatin1String("-2")));
    QTest::keyClick(dialog.refEdit(), Qt::Key_Backspace);
    QTest::keyClick(dialog.refEdit(), Qt::Key_Backspace);
    QCOMPARE(dialog.refEdit()->text(), ref);
    QVERIFY(shown->isHidden());

    // And editing another field keeps an explanation that is still about the ref
    QTest::keyClick(dialog.refEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shown->isVisible(), TestTimeoutMs);
    dialog.descriptionEdit()->setText(QStringLiteral("another try"));
    QVERIFY(shown->isVisible());
    QVERIFY(shown->text().contains(ref));
}

void NewDeploymentDialogTest::noFieldErrorUnderDisabledField()
{
    // Given "All checks" chosen, so the check names field is disabled
    NewDeploymentDialog dialog;
    dialog.refEdit()->setText(QStringLiteral("main"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.contextsEdit()->isEnabled());
    auto contextsError = dialog.findChild<QLabel *>(QStringLiteral("contextsError"));
    QVERIFY(contextsError);

    // When GitHub refuses required_contexts anyway
    dialog.showError(GitHubError::fromResponse(
        422, "application/json",
        "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Deployment\","
        "\"field\":\"required_contexts\",\"code\":\"custom\",\"message\":\"ci/lint is not a "
        "known context\"}]}"));

    // Then the message is shown above the buttons, not under the disabled field
    QVERIFY(contextsError->isHidden());
    QVERIFY(dialog.generalErrorLabel()->isVisible());
    QVERIFY2(dialog.generalErrorLabel()
                 ->text()
                 .remove(QChar(0x200B))
                 .contains(QLatin1String("ci/lint is not a known context")),
             qPrintable(dialog.generalErrorLabel()->text()));

    // And where the field can be edited, the message is under it
    dialog.checksButton(NewDeploymentDialog::Checks::Only)->setChecked(true);
    dialog.contextsEdit()->setText(QStringLiteral("ci/lint"));
    dialog.showError(GitHubError::fromResponse(
        422, "application/json",
        "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Deployment\","
        "\"field\":\"required_contexts\",\"code\":\"custom\",\"message\":\"ci/lint is not a "
        "known context\"}]}"));
    QVERIFY(contextsError->isVisible());
    QVERIFY(dialog.contextsEdit()->isEnabled());
}

QTEST_MAIN(NewDeploymentDialogTest)
#include "tst_newdeploymentdialog.moc"
