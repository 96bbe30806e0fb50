// The new-deployment dialog: JSON payload checked as it is typed, "skip checks" as [], and
// GitHub's 202 and 409 explained in words, against the in-process emulator.
#include "emulator/githubemulator.h"
#include "models/githubclient.h"
#include "views/newdeploymentdialog.h"

#include "testtimeout.h"

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
};

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

QTEST_MAIN(NewDeploymentDialogTest)
#include "tst_newdeploymentdialog.moc"
