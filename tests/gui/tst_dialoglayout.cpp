// The write dialogs at their default size in English, Korean and Japanese, with what makes
// them grow (GitHub's errors, the auto_inactive preview, long branch names and URLs): nothing
// clipped, nothing drawn over something else, nothing wider than the screen. And the layout
// checker itself finds what it is for.
#include "models/githuberror.h"
#include "models/uilanguage.h"
#include "views/createstatusdialog.h"
#include "views/formerror.h"
#include "views/newdeploymentdialog.h"

#include "layoutcheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace {

// A 422 with an error for one field and a long unbroken URL in GitHub's message.
GitHubError statusValidationError()
{
    return GitHubError::fromResponse(
        422, "application/json; charset=utf-8",
        "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"DeploymentStatus\","
        "\"field\":\"environment_url\",\"code\":\"custom\",\"message\":\"environment_url is not "
        "a valid URL\"},{\"resource\":\"DeploymentStatus\",\"field\":\"log_url\",\"code\":"
        "\"custom\",\"message\":\"see https://docs.github.com/rest/deployments/statuses"
        "#create-a-deployment-status-for-the-deployment-with-a-long-anchor\"}]}");
}

GitHubError checksFailed()
{
    return GitHubError::fromResponse(
        409, "application/json",
        "{\"message\":\"Conflict: Commit status checks failed for "
        "dependabot/npm_and_yarn/frontend/webpack-dev-server-4.15.1.\",\"documentation_url\":"
        "\"https://docs.github.com/rest/deployments/deployments#create-a-deployment\"}");
}

const QString LongRef =
    QStringLiteral("dependabot/npm_and_yarn/frontend/webpack-dev-server-4.15.1");

// What the default-sized window shows; the PNG goes to DEPLOYDECK_SCREENSHOT_DIR if set.
QStringList problemsOf(QWidget *dialog, const QString &name)
{
    LayoutCheck::settle();
    const QString dir = qEnvironmentVariable("DEPLOYDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString language = QString::fromLatin1(QTest::currentDataTag());
        dialog->grab().save(
            QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language.section(' ', 0, 0))));
    }
    return LayoutCheck::problems(dialog);
}

} // namespace

class DialogLayoutTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void checkerFindsClippedOverlappingAndOutside();
    void checkerAcceptsSoundLayout();
    void checkerAcceptsStockWindow();
    void createStatus_data() { languages(); }
    void createStatus();
    void newDeployment_data() { languages(); }
    void newDeployment();
    void grownDialogStaysOnScreen();
    void languageSwitchWhileOpen();
    void wrappable_data();
    void wrappable();

private:
    static void languages();
};

void DialogLayoutTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void DialogLayoutTest::cleanup()
{
    UiLanguage::apply(UiLanguage::Choice::English);
    QSettings().clear();
}

void DialogLayoutTest::languages()
{
    QTest::addColumn<int>("choice");
    QTest::addRow("en") << int(UiLanguage::Choice::English);
    QTest::addRow("ko") << int(UiLanguage::Choice::Korean);
    QTest::addRow("ja") << int(UiLanguage::Choice::Japanese);
}

void DialogLayoutTest::checkerFindsClippedOverlappingAndOutside()
{
    // Given a window with a label squeezed below its text, two overlapping buttons and a
    // label sticking out of its parent, placed by hand (no layout)
    QWidget window;
    window.resize(300, 200);
    auto squeezed = new QLabel(QStringLiteral("A label with far more text than fits"), &window);
    squeezed->setObjectName(QStringLiteral("squeezed"));
    squeezed->setGeometry(0, 0, 40, 30);
    auto first = new QPushButton(QStringLiteral("One"), &window);
    first->setGeometry(0, 60, 120, 40);
    auto second = new QPushButton(QStringLiteral("Two"), &window);
    second->setGeometry(100, 60, 120, 40);
    auto wrapped = new QLabel(QStringLiteral("Wrapped words need more lines when narrow"), &window);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 110, 120, wrapped->fontMetrics().height());
    auto outside = new QLabel(QStringLiteral("Out"), &window);
    outside->setObjectName(QStringLiteral("outside"));
    outside->setGeometry(280, 180, 80, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // When it is checked
    const QStringList problems = LayoutCheck::problems(&window);
    const QString all = problems.join(QLatin1Char('\n'));

    // Then each problem is named, with the widget's name, text and rectangle
    QVERIFY2(all.contains(QLatin1String("clipped: QLabel 'squeezed' \"A label with far more")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("40x30 at (0,0)")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("clipped: QLabel \"Wrapped words")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("overlap: QPushButton \"One\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("20x40 at (100,60)")), qPrintable(all)); // the overlap
    QVERIFY2(all.contains(QLatin1String("outside its parent: QLabel 'outside'")), qPrintable(all));
    QCOMPARE(problems.size(), 4); // "Out" is short enough: it is not clipped too
}

void DialogLayoutTest::checkerAcceptsSoundLayout()
{
    QWidget window;
    auto layout = new QVBoxLayout(&window);
    auto label = new QLabel(QStringLiteral("Some words that wrap when the window is narrow"));
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(new QLineEdit(QStringLiteral("text")));
    layout->addWidget(new QPushButton(QStringLiteral("OK")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LayoutCheck::settle();
    const QStringList problems = LayoutCheck::problems(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void DialogLayoutTest::checkerAcceptsStockWindow()
{
    // Given a main window made of Qt's own widgets, which place their parts themselves
    // (scroll bars, headers, splitter handles, tab bar buttons, status bar messages)
    QMainWindow window;
    auto toolBar = window.addToolBar(QStringLiteral("Tools"));
    toolBar->addAction(QStringLiteral("Refresh"));
    toolBar->addWidget(new QComboBox);
    auto splitter = new QSplitter;
    auto table = new QTableWidget(50, 6);
    splitter->addWidget(table);
    auto tabs = new QTabWidget;
    for (int i = 0; i < 8; ++i)
        tabs->addTab(new QTreeWidget, QStringLiteral("A rather long tab title %1").arg(i));
    splitter->addWidget(tabs);
    window.setCentralWidget(splitter);
    auto dock = new QDockWidget(QStringLiteral("Details"));
    dock->setWidget(new QPlainTextEdit(QString(2000, QLatin1Char('x'))));
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Signed in")));
    window.statusBar()->addWidget(new QLabel(QStringLiteral("Ready")));
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.statusBar()->showMessage(QStringLiteral("Refreshed 3 deployments"));
    table->scrollToBottom();

    // Then the checker finds nothing to complain about but its size: wider than the offscreen
    // platform's 800x800 screen, which a test may ask it to overlook
    LayoutCheck::settle();
    QStringList problems = LayoutCheck::problems(&window, LayoutCheck::IgnoreScreenSize);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(window.frameGeometry().width() > window.screen()->availableGeometry().width());
    problems = LayoutCheck::problems(&window);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QLatin1String("larger than the screen")),
             qPrintable(problems.first()));
}

void DialogLayoutTest::createStatus()
{
    QFETCH(int, choice);
    QVERIFY(UiLanguage::apply(UiLanguage::Choice(choice)));

    // Given the dialog as it opens, for a deployment with a long branch name
    CreateStatusDialog dialog;
    dialog.setTarget({41, LongRef, "1a2b3c4d5e6f", "preview/pr-42"});
    dialog.setKnownEnvironments({"production", "staging", "preview/pr-42"});
    dialog.setInactivePreview([](qint64, const QString &) {
        QList<CreateStatusDialog::AffectedDeployment> affected;
        for (int i = 0; i < 7; ++i)
            affected.append(
                {38 - i, i % 2 ? LongRef : QStringLiteral("v1.2.%1").arg(i), "9f8e7d6c5b4a"});
        return affected;
    });
    dialog.setState(StatusState::Success);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize opened = dialog.size();
    QVERIFY(dialog.previewLabel()->isVisible());
    QVERIFY(dialog.previewLabel()->text().contains(QLatin1String("#34")));
    QStringList problems = problemsOf(&dialog, QStringLiteral("createstatus-opened"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // When text is typed and GitHub refuses it
    dialog.descriptionEdit()->setText(QString(150, QChar(0x30C7)));
    dialog.logUrlEdit()->setText(
        QStringLiteral("https://ci.example.com/builds/4812?attempt=2&job=deploy-production"));
    dialog.environmentUrlEdit()->setText(QStringLiteral("https://pr-42.preview.example.com"));
    dialog.showError(statusValidationError());
    QVERIFY(dialog.generalErrorLabel()->isVisible());
    QVERIFY(dialog.descriptionErrorLabel()->isVisible());
    QVERIFY(dialog.logUrlErrorLabel()->isVisible());
    QVERIFY(dialog.environmentUrlErrorLabel()->isVisible());

    // Then the dialog has grown to show every word, and nothing is clipped or drawn over
    problems = problemsOf(&dialog, QStringLiteral("createstatus"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(dialog.height() > opened.height());
    QCOMPARE(dialog.width(), opened.width()); // long words wrap: the dialog is no wider
}

void DialogLayoutTest::newDeployment()
{
    QFETCH(int, choice);
    QVERIFY(UiLanguage::apply(UiLanguage::Choice(choice)));

    // Given the dialog as it opens in a repository, with a long ref typed and a broken payload
    NewDeploymentDialog dialog;
    dialog.setRepositoryName(QStringLiteral("acme/storefront"));
    dialog.setKnownEnvironments({"production", "staging"});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize opened = dialog.size();
    QStringList problems = problemsOf(&dialog, QStringLiteral("newdeployment-opened"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    dialog.refEdit()->setText(LongRef);
    dialog.payloadEdit()->setPlainText(QStringLiteral("{\n  \"canary\": true,\n  \"region\" 1\n}"));
    QVERIFY(dialog.payloadErrorLabel()->isVisible());
    problems = problemsOf(&dialog, QStringLiteral("newdeployment-payload"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // When GitHub answers 409 (failing checks) for it
    dialog.payloadEdit()->setPlainText(QStringLiteral("{\"canary\": true}"));
    dialog.showError(checksFailed());
    QVERIFY(dialog.generalErrorLabel()->isVisible());

    // Then its explanation fits, every word of it
    problems = problemsOf(&dialog, QStringLiteral("newdeployment-409"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(dialog.width(), opened.width());

    // And so does the 202 notice
    dialog.showMerged(QStringLiteral("Auto-merged master into ") + LongRef +
                      QStringLiteral(" on deployment."));
    QVERIFY(dialog.noticeLabel()->isVisible());
    problems = problemsOf(&dialog, QStringLiteral("newdeployment-202"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void DialogLayoutTest::grownDialogStaysOnScreen()
{
    // Given a dialog already as tall as the screen allows
    CreateStatusDialog dialog;
    dialog.setTarget({41, "main", "1a2b3c4d5e6f", "staging"});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QRect available = dialog.screen()->availableGeometry();

    // When an error far longer than the screen is shown
    QString longText;
    for (int i = 0; i < 200; ++i)
        longText += QStringLiteral("https://example.com/%1/a-very-long-path ").arg(i);
    dialog.showProblem(longText);
    LayoutCheck::settle();

    // Then the dialog stops at the screen's edges
    QVERIFY(dialog.frameGeometry().height() <= available.height());
    QVERIFY(dialog.frameGeometry().width() <= available.width());
    QVERIFY(available.contains(dialog.frameGeometry()));
}

void DialogLayoutTest::languageSwitchWhileOpen()
{
    // Given the create-status dialog open in English with GitHub's errors shown
    QVERIFY(UiLanguage::apply(UiLanguage::Choice::English));
    CreateStatusDialog dialog;
    dialog.setTarget({41, LongRef, "1a2b3c4d5e6f", "staging"});
    dialog.setInactivePreview([](qint64, const QString &) {
        return QList<CreateStatusDialog::AffectedDeployment>{{38, LongRef, "9f8e7d6c5b4a"}};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showError(statusValidationError());
    LayoutCheck::settle();
    QStringList problems = LayoutCheck::problems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // When the UI switches to Japanese, then Korean, with the dialog open
    for (const auto choice : {UiLanguage::Choice::Japanese, UiLanguage::Choice::Korean}) {
        QVERIFY(UiLanguage::apply(choice));
        // Then the longer texts still fit
        LayoutCheck::settle();
        problems = LayoutCheck::problems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void DialogLayoutTest::wrappable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("changed");
    QTest::addRow("short words") << QStringLiteral("GitHub refused the status.") << false;
    QTest::addRow("24 characters") << QString(24, QLatin1Char('a')) << false;
    QTest::addRow("URL")
        << QStringLiteral(
               "see https://docs.github.com/rest/deployments/statuses#create-a-deployment-status")
        << true;
    QTest::addRow("no separators") << QString(100, QLatin1Char('x')) << true;
    QTest::addRow("Japanese") << QStringLiteral(
                                     "チェック失敗：GitHubはデプロイメントを作成しませんでした。"
                                     "チェックの完了を待つか修正してください。")
                              << false;
    QString emoji;
    for (int i = 0; i < 40; ++i)
        emoji += QString::fromUcs4(U"\U0001F680", 1);
    QTest::addRow("emoji") << emoji << true;
}

void DialogLayoutTest::wrappable()
{
    QFETCH(QString, text);
    QFETCH(bool, changed);
    const QString shown = FormError::wrappable(text);
    QCOMPARE(shown != text, changed);
    QCOMPARE(FormError::unwrappable(shown), text);
    // No run without a space or a break opportunity is longer than 24 characters (CJK text
    // breaks between its characters by itself), and no surrogate pair is split.
    const QStringList runs = shown.split(QRegularExpression(QStringLiteral("[\\s\\x{200B}]")));
    for (const QString &run : runs) {
        const bool cjk =
            !run.isEmpty() && run.at(0).unicode() >= 0x2E80 && !run.at(0).isSurrogate();
        if (!cjk)
            QVERIFY2(run.toUcs4().size() <= 24, qPrintable(run));
        QVERIFY(!run.startsWith(QChar(0xDE80))); // the low half of U+1F680
    }
}

QTEST_MAIN(DialogLayoutTest)
#include "tst_dialoglayout.moc"
