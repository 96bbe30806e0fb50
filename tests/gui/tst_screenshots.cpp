// Renders the main window (demo data) and each dialog offscreen in English, Korean and
// Japanese to PNGs, for people to look at: DEPLOYDECK_SCREENSHOT_DIR, else
// <build>/screenshots. scripts/screenshots runs it.
#include "app/desktopapp.h"
#include "app/mainwindow.h"
#include "emulator/githubemulator.h"
#include "models/deploymentfilterproxy.h"
#include "models/deploymentroles.h"
#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/githuberror.h"
#include "models/repositorysession.h"
#include "models/uilanguage.h"
#include "views/createstatusdialog.h"
#include "views/newdeploymentdialog.h"

#include "testtimeout.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class Screenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void render_data();
    void render();

private:
    void save(QWidget *widget, const QString &name, const QString &language);
    QDir m_dir;
};

void Screenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QString dir = qEnvironmentVariable("DEPLOYDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(DEPLOYDECK_BIN_DIR "/../screenshots");
    QVERIFY(QDir().mkpath(dir));
    m_dir = QDir(dir);
    qInfo("screenshots go to %s", qPrintable(m_dir.absolutePath()));
}

void Screenshots::render_data()
{
    QTest::addColumn<int>("choice");
    QTest::addRow("en") << int(UiLanguage::Choice::English);
    QTest::addRow("ko") << int(UiLanguage::Choice::Korean);
    QTest::addRow("ja") << int(UiLanguage::Choice::Japanese);
}

void Screenshots::save(QWidget *widget, const QString &name, const QString &language)
{
    QCoreApplication::processEvents();
    const QString path =
        m_dir.filePath(name + QLatin1Char('-') + language + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void Screenshots::render()
{
    QFETCH(int, choice);
    const QString language = QString::fromLatin1(QTest::currentDataTag());
    UiLanguage::apply(UiLanguage::Choice(choice));

    DesktopApp::Options options;
    options.demo = true;
    options.liveSeconds = 0;
    DesktopApp app(options);
    QVERIFY(app.prepare().isEmpty());
    app.start();
    MainWindow *window = app.window();
    // At the default window size (1280 x 800): what a new user sees.
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(QTest::qWaitFor(
        [&] {
            DeploymentStore *store = window->session()->store();
            return store && store->loadState() == DeploymentStore::LoadState::Ready &&
                   !window->session()->isLoading();
        },
        TestTimeoutMs));
    // A live deployment selected, as a person would have it.
    QAbstractItemModel *model = window->filterProxy();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(DeploymentRoles::IsActiveRole).toBool()) {
            window->selectDeployment(index.data(DeploymentRoles::IdRole).toLongLong());
            break;
        }
    }
    save(window, QStringLiteral("mainwindow"), language);

    // The create-status dialog with a success preview and GitHub's 422 next to the field.
    CreateStatusDialog *status = window->openCreateStatusDialog(StatusState::Success);
    QVERIFY(status);
    QVERIFY(QTest::qWaitForWindowExposed(status));
    status->descriptionEdit()->setText(
        QStringLiteral("Deployed to production by the release train"));
    status->logUrlEdit()->setText(QStringLiteral("https://ci.example.com/builds/4812"));
    status->adjustSize();
    save(status, QStringLiteral("createstatus"), language);
    GitHubError error = GitHubError::fromResponse(
        422, "application/json; charset=utf-8",
        "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"DeploymentStatus\","
        "\"field\":\"environment_url\",\"code\":\"custom\",\"message\":\"environment_url is not "
        "a valid URL\"}]}");
    status->environmentUrlEdit()->setText(QStringLiteral("https://staging.example.com"));
    status->descriptionEdit()->setText(QString(150, QChar(0x30C7)));
    status->showError(error);
    status->adjustSize();
    save(status, QStringLiteral("createstatus-errors"), language);
    status->reject();

    NewDeploymentDialog *deployment = window->openNewDeploymentDialog();
    QVERIFY(deployment);
    QVERIFY(QTest::qWaitForWindowExposed(deployment));
    deployment->refEdit()->setText(QStringLiteral("release/2.4"));
    deployment->payloadEdit()->setPlainText(
        QStringLiteral("{\n  \"canary\": true,\n  \"region\" \"eu\"\n}"));
    deployment->adjustSize();
    save(deployment, QStringLiteral("newdeployment"), language);
    deployment->payloadEdit()->setPlainText(QStringLiteral("{\"canary\": true}"));
    deployment->showError(GitHubError::fromResponse(
        409, "application/json",
        "{\"message\":\"Conflict: Commit status checks failed for release/2.4.\"}"));
    deployment->adjustSize();
    save(deployment, QStringLiteral("newdeployment-409"), language);
    deployment->reject();

    // The welcome page without a token.
    window->setDemoMode(false);
    DesktopApp::Options noToken;
    DesktopApp empty(noToken);
    QVERIFY(empty.prepare().isEmpty());
    empty.start();
    empty.window()->resize(1100, 700);
    QVERIFY(QTest::qWaitForWindowExposed(empty.window()));
    save(empty.window(), QStringLiteral("welcome"), language);
    empty.window()->close();
    window->close();
    QSettings().clear();
}

QTEST_MAIN(Screenshots)
#include "tst_screenshots.moc"
