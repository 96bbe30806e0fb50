// The create-status dialog: the 140-character limit as GitHub counts it, URL checks, the
// auto_inactive preview, and GitHub's 422 shown inline with everything typed kept.
#include "emulator/githubemulator.h"
#include "models/githubclient.h"
#include "views/createstatusdialog.h"

#include "testtimeout.h"

#include <QCheckBox>
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
