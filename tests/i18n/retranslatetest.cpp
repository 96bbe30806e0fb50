// Switching the language at run time, as Settings > Language does: the main window's menus
// and actions, an open dialog's labels and Qt's own buttons follow at once, without a restart.
#include "app/mainwindow.h"
#include "models/deploymentroles.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/uilanguage.h"
#include "views/createstatusdialog.h"
#include "views/newdeploymentdialog.h"

#include "statecolumn.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

// The titles of the menu bar's menus, accelerators and all ("&File").
QStringList menuTitles(MainWindow *window)
{
    QStringList titles;
    for (QAction *action : window->menuBar()->actions())
        titles.append(action->text());
    return titles;
}

// The texts of a form's labels ("&State:", ...).
QStringList formLabels(QWidget *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            texts.append(label->text());
    }
    texts.sort();
    return texts;
}

// Delivers the LanguageChange events QApplication posts to every window.
void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace

class RetranslateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowFollowsLanguage_data();
    void mainWindowFollowsLanguage();
    void openDialogFollowsLanguage();
    void newDeploymentDialogFollowsLanguage();
    void languageMenuSwitchesLanguage();
    void lineEditContextMenuIsTranslated();

private:
    GitHubClient *m_client = nullptr;
    RepositorySession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void RetranslateTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DeployDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("i18n_retranslate"));
    QSettings().clear();
}

void RetranslateTest::init()
{
    UiLanguage::apply(UiLanguage::Choice::English);
    deliverLanguageChange();
    m_client = new GitHubClient(this);
    m_session = new RepositorySession(m_client, this);
    m_window = new MainWindow(m_session);
    m_window->setConfirmationProvider([](const MainWindow::Confirmation &) { return false; });
    m_window->show();
}

void RetranslateTest::cleanup()
{
    delete m_window;
    delete m_session;
    delete m_client;
    UiLanguage::apply(UiLanguage::Choice::English);
    QSettings().clear();
}

void RetranslateTest::mainWindowFollowsLanguage_data()
{
    QTest::addColumn<UiLanguage::Choice>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("settingsMenu");
    QTest::addColumn<QString>("markInactive");
    QTest::addColumn<QString>("newStatus");
    QTest::addRow("ko") << UiLanguage::Choice::Korean << QStringLiteral("파일(&F)")
                        << QStringLiteral("설정(&S)") << QStringLiteral("비활성으로 표시(&I)")
                        << QStringLiteral("새 상태(&S)…");
    QTest::addRow("ja") << UiLanguage::Choice::Japanese << QStringLiteral("ファイル(&F)")
                        << QStringLiteral("設定(&S)") << QStringLiteral("非アクティブにする(&I)")
                        << QStringLiteral("新しいステータス(&S)…");
}

void RetranslateTest::mainWindowFollowsLanguage()
{
    QFETCH(UiLanguage::Choice, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, settingsMenu);
    QFETCH(QString, markInactive);
    QFETCH(QString, newStatus);

    // Given the window in English
    QVERIFY2(menuTitles(m_window).contains(QStringLiteral("&File")),
             qPrintable(menuTitles(m_window).join(QLatin1Char(','))));
    QCOMPARE(m_window->markInactiveAction()->text(), QStringLiteral("Mark &Inactive"));

    // When the language is switched at run time
    QVERIFY(UiLanguage::apply(language));
    deliverLanguageChange();

    // Then menus and actions are in the new language, with the accelerators kept
    const QStringList titles = menuTitles(m_window);
    QVERIFY2(titles.contains(fileMenu), qPrintable(titles.join(QLatin1Char(','))));
    QVERIFY2(titles.contains(settingsMenu), qPrintable(titles.join(QLatin1Char(','))));
    QCOMPARE(m_window->markInactiveAction()->text(), markInactive);
    QCOMPARE(m_window->newStatusAction()->text(), newStatus);
    for (const QString &title : titles)
        QVERIFY2(!title.contains(QRegularExpression(QStringLiteral("^&?[A-Z][a-z]+$"))),
                 qPrintable(QStringLiteral("menu still in English: ") + title));
    // And the table's State column fits every state's name in the new language (badge included)
    const QStringList notFitting = statesNotFitting(m_window->tableView());
    QVERIFY2(notFitting.isEmpty(), qPrintable(notFitting.join(QStringLiteral(", "))));

    // And at a small laptop's width, no toolbar action is pushed into the overflow menu
    m_window->resize(1100, 700);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCoreApplication::processEvents();
    const auto *overflow =
        m_window->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(overflow);
    QVERIFY2(!overflow->isVisible(),
             qPrintable(QStringLiteral("toolbar overflows at %1 px").arg(m_window->width())));

    // And back to English
    QVERIFY(UiLanguage::apply(UiLanguage::Choice::English));
    deliverLanguageChange();
    QVERIFY(menuTitles(m_window).contains(QStringLiteral("&File")));
    QCOMPARE(m_window->markInactiveAction()->text(), QStringLiteral("Mark &Inactive"));
}

void RetranslateTest::openDialogFollowsLanguage()
{
    // Given an open create-status dialog in English
    CreateStatusDialog dialog(m_window);
    dialog.setState(StatusState::InProgress);
    dialog.show();
    QVERIFY(formLabels(&dialog).contains(QStringLiteral("&State:")));
    QCOMPARE(dialog.stateBox()->currentText(), QStringLiteral("In progress"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));

    // When the language changes to Korean while it is open
    UiLanguage::apply(UiLanguage::Choice::Korean);
    deliverLanguageChange();

    // Then its labels, its state names and Qt's own Cancel are Korean; nothing typed is lost
    const QStringList labels = formLabels(&dialog);
    QVERIFY2(labels.contains(QStringLiteral("상태(&S):")), qPrintable(labels.join(u',')));
    QVERIFY2(labels.contains(QStringLiteral("설명(&D):")), qPrintable(labels.join(u',')));
    QCOMPARE(dialog.stateBox()->currentText(), QStringLiteral("진행 중"));
    QCOMPARE(dialog.request().state, StatusState::InProgress);
    QCOMPARE(cancel->text(), QStringLiteral("취소"));
    QVERIFY(dialog.submitButton()->text().contains(QStringLiteral("상태")));

    // And in Japanese
    UiLanguage::apply(UiLanguage::Choice::Japanese);
    deliverLanguageChange();
    QVERIFY2(formLabels(&dialog).contains(QStringLiteral("状態(&S):")),
             qPrintable(formLabels(&dialog).join(u',')));
    QCOMPARE(dialog.stateBox()->currentText(), QStringLiteral("進行中"));
    QCOMPARE(cancel->text(), QStringLiteral("キャンセル"));
}

void RetranslateTest::newDeploymentDialogFollowsLanguage()
{
    // Given an open new-deployment dialog with a ref typed in
    NewDeploymentDialog dialog(m_window);
    dialog.show();
    QTest::keyClicks(dialog.refEdit(), QStringLiteral("release/2.4"));
    QVERIFY(formLabels(&dialog).contains(QStringLiteral("&Ref:")));

    // When the language changes to Japanese, then the labels and buttons follow, the text stays
    UiLanguage::apply(UiLanguage::Choice::Japanese);
    deliverLanguageChange();
    const QStringList labels = formLabels(&dialog);
    QVERIFY2(labels.contains(QStringLiteral("ref(&R):")), qPrintable(labels.join(u',')));
    QVERIFY2(labels.contains(QStringLiteral("環境(&E):")), qPrintable(labels.join(u',')));
    QCOMPARE(dialog.submitButton()->text(), QStringLiteral("デプロイメントを作成(&C)"));
    QCOMPARE(dialog.refEdit()->text(), QStringLiteral("release/2.4"));
}

void RetranslateTest::languageMenuSwitchesLanguage()
{
    // Settings > Language offers the four choices with their native names
    QList<QAction *> languageActions;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("한국어") ||
            action->text() == QStringLiteral("日本語") ||
            action->text() == QStringLiteral("English") ||
            action->text() == QStringLiteral("System"))
            languageActions.append(action);
    }
    QCOMPARE(languageActions.size(), 4);
    QAction *korean = nullptr;
    for (QAction *action : std::as_const(languageActions)) {
        if (action->text() == QStringLiteral("한국어"))
            korean = action;
    }
    QVERIFY(korean);

    // Choosing 한국어 switches the window, and is remembered for the next start
    korean->trigger();
    deliverLanguageChange();
    QCOMPARE(UiLanguage::current(), UiLanguage::Choice::Korean);
    QVERIFY(korean->isChecked());
    QVERIFY(menuTitles(m_window).contains(QStringLiteral("파일(&F)")));
    QCOMPARE(UiLanguage::storedChoice(), UiLanguage::Choice::Korean);
    // "System" is translated; the languages keep their own names
    QVERIFY(std::any_of(languageActions.cbegin(), languageActions.cend(),
                        [](QAction *a) { return a->text() == QStringLiteral("시스템 기본값"); }));
    QCOMPARE(korean->text(), QStringLiteral("한국어"));
}

void RetranslateTest::lineEditContextMenuIsTranslated()
{
    // Qt's own strings come from qtbase_ko.qm / qtbase_ja.qm: the context menu of a text field
    QLineEdit edit;
    edit.setText(QStringLiteral("release/2.4"));
    edit.selectAll();
    const auto menuTexts = [&edit] {
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (QAction *action : menu->actions())
            texts.append(action->text().section(QLatin1Char('\t'), 0, 0));
        return texts;
    };
    QVERIFY2(menuTexts().contains(QStringLiteral("&Copy")), qPrintable(menuTexts().join(u',')));

    UiLanguage::apply(UiLanguage::Choice::Korean);
    QVERIFY2(menuTexts().contains(QStringLiteral("복사(&C)")), qPrintable(menuTexts().join(u',')));
    QVERIFY2(menuTexts().contains(QStringLiteral("실행 취소(&U)")),
             qPrintable(menuTexts().join(u',')));

    UiLanguage::apply(UiLanguage::Choice::Japanese);
    QVERIFY2(menuTexts().contains(QStringLiteral("元に戻す(&U)")),
             qPrintable(menuTexts().join(u',')));
}

QTEST_MAIN(RetranslateTest)
#include "retranslatetest.moc"
