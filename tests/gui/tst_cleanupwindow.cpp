// The cleanup window (issue 15) on the demo app: Deployment → Clean Up…, a rule, the preview
// table and its counts, one confirmation naming the counts with the repository's name to type
// for deletes (Cancel the default; cancelling writes nothing), the apply and its report; and
// screenshots of the dialog and the confirmation in en, ko and ja, checked by LayoutCheck.

#include "demowindow.h"
#include "layoutcheck.h"

#include "app/cleanupcontroller.h"
#include "app/confirmation.h"
#include "emulator/githubemulator.h"
#include "models/cleanupplan.h"
#include "models/uilanguage.h"
#include "views/cleanupdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

namespace {
const QString repo = QStringLiteral("acme/storefront");

void fillRule(CleanupDialog *dialog)
{
    dialog->patternsEdit()->setText(QStringLiteral("preview/*"));
    dialog->olderThanEdit()->setText(QStringLiteral("7d"));
    dialog->actionBox()->setCurrentIndex(int(CleanupRule::Action::Delete));
    dialog->includeLiveBox()->setChecked(true);
}
} // namespace

class tst_CleanupWindow : public QObject
{
    Q_OBJECT
private:
    QDir m_shots;

    void save(QWidget *widget, const QString &name)
    {
        QVERIFY(widget->grab().save(m_shots.filePath(name + QStringLiteral(".png"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString dir = qEnvironmentVariable("DEPLOYDECK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(DEPLOYDECK_BIN_DIR "/../screenshots");
        QVERIFY(QDir().mkpath(dir));
        m_shots = QDir(dir);
    }

    void init() { QVERIFY(UiLanguage::apply(UiLanguage::Choice::English)); }

    void previewConfirmApplyReport()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(DemoWindow::waitUntilLoaded(window));
        GitHubEmulator *emulator = app->emulator();
        QTemporaryDir journals;
        CleanupController *cleanup = window->cleanup();
        cleanup->setJournalDirectory(journals.path());
        cleanup->setPacer(WritePacer({}, 0)); // GitHub's pace is tested in tst_cleanupjob
        QList<Confirmation> asked;
        bool answer = false;
        window->setConfirmationProvider([&](const Confirmation &c) {
            asked.append(c);
            return answer;
        });
        int writes = 0;
        connect(emulator, &GitHubEmulator::requestReceived, this,
                [&](const QByteArray &method) { writes += method != "GET" ? 1 : 0; });

        // Given the Clean Up… action in the Deployment menu
        QVERIFY(cleanup->action()->isEnabled());
        cleanup->action()->trigger();
        CleanupDialog *dialog = cleanup->dialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->applyButton()->isEnabled()); // nothing previewed yet

        // When previews older than a week are to be deleted, live ones too
        fillRule(dialog);
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        const CleanupPlan expected = CleanupPlan::compute(
            *window->session()->store(), {dialog->rule()}, window->session()->store()->now());
        // Then the table lists exactly the plan, with its counts
        QVERIFY(expected.items.size() > 3);
        QCOMPARE(dialog->table()->topLevelItemCount(), expected.items.size());
        QCOMPARE(dialog->summaryLabel()->text(), expected.summary());
        QCOMPARE(dialog->table()->topLevelItem(0)->text(CleanupDialog::RuleColumn),
                 QStringLiteral("rule 1"));
        QVERIFY(dialog->applyButton()->isEnabled());
        for (const CleanupItem &item : expected.items)
            QVERIFY2(!(item.live && item.environment == QLatin1String("production")),
                     qPrintable(item.key()));

        // And applying asks once, naming the counts and the repository to type; Cancel writes
        // nothing
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        const Confirmation &c = asked.first();
        QVERIFY(c.destructive);
        QCOMPARE(c.typeToConfirm, repo);
        QVERIFY(c.text.contains(repo));
        QVERIFY2(c.informativeText.contains(
                     QStringLiteral("Delete %1 deployments").arg(expected.items.size())),
                 qPrintable(c.informativeText));
        QVERIFY(c.informativeText.contains(QLatin1String("cannot be undone")));
        QTest::qWait(0);
        QCOMPARE(writes, 0);
        QCOMPARE(dialog->phase(), CleanupDialog::Phase::Planned);

        // When it is confirmed
        answer = true;
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return dialog->phase() == CleanupDialog::Phase::Finished; },
                                4 * TestTimeoutMs));
        // Then every planned deployment is gone from GitHub, and the report says so
        const QList<qint64> left = emulator->deploymentIds(repo);
        for (const CleanupItem &item : expected.items)
            QVERIFY2(!left.contains(item.deploymentId), qPrintable(item.key()));
        QCOMPARE(writes, expected.writes());
        QVERIFY2(dialog->summaryLabel()->text().startsWith(
                     QStringLiteral("%1 done").arg(expected.items.size())),
                 qPrintable(dialog->summaryLabel()->text()));
        QCOMPARE(dialog->table()->topLevelItem(0)->text(CleanupDialog::OutcomeColumn),
                 QStringLiteral("Done"));
        QVERIFY(!QFile::exists(cleanup->journalPath())); // finished: nothing to resume
        QVERIFY(dialog->table()->isColumnHidden(CleanupDialog::OutcomeColumn) == false);
    }

    void typedNameGatesTheConfirmation()
    {
        CleanupPlan plan;
        plan.repository = *RepositoryId::parse(repo);
        CleanupItem item;
        item.action = CleanupRule::Action::Delete;
        item.deploymentId = 7;
        item.environment = QStringLiteral("preview/pr-1");
        plan.items = {item};
        const Confirmation c = Confirmation::forCleanup(plan);
        QCOMPARE(c.typeToConfirm, repo);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            auto *typed = box->findChild<QLineEdit *>(QStringLiteral("typeToConfirm"));
            QVERIFY(typed);
            QPushButton *accept = nullptr;
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    accept = qobject_cast<QPushButton *>(b);
            }
            QVERIFY(accept);
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            QVERIFY(!accept->isEnabled());
            QTest::keyClicks(typed, QStringLiteral("acme/store"));
            QVERIFY(!accept->isEnabled());
            QTest::keyClicks(typed, QStringLiteral("front"));
            QVERIFY(accept->isEnabled());
            checked = true;
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!Confirmation::askWithMessageBox(nullptr, c));
        QVERIFY(checked);
    }

    void screenshots_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << int(UiLanguage::Choice::English) << "en";
        QTest::addRow("ko") << int(UiLanguage::Choice::Korean) << "ko";
        QTest::addRow("ja") << int(UiLanguage::Choice::Japanese) << "ja";
    }

    void screenshots()
    {
        QFETCH(int, choice);
        QFETCH(QString, language);
        QVERIFY(UiLanguage::apply(UiLanguage::Choice(choice)));
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(DemoWindow::waitUntilLoaded(window));
        CleanupDialog *dialog = window->cleanup()->open();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        fillRule(dialog);
        dialog->stateBox(StatusState::Success)->setChecked(true);
        dialog->stateBox(StatusState::Inactive)->setChecked(true);
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        QVERIFY(dialog->table()->topLevelItemCount() > 0);
        LayoutCheck::settle();
        QStringList problems = LayoutCheck::problems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        save(dialog, QStringLiteral("cleanup-preview-") + language);

        // A run paused by GitHub: what the dialog says (the texts the controller gives it)
        const int total = dialog->table()->topLevelItemCount();
        dialog->setProgress(3, total,
                            window->cleanup()
                                ->tr("GitHub's secondary rate limit: paused until %1")
                                .arg(QLocale().toString(QTime(14, 32, 5), QLocale::LongFormat)),
                            QDateTime::currentDateTime().addSecs(600));
        dialog->setItemResult(0, window->cleanup()->tr("Done"), {}, false);
        dialog->setItemResult(1, window->cleanup()->tr("Skipped"),
                              CleanupJob::tr("it changed since the dry run: it is live now"),
                              false);
        dialog->setItemResult(2, window->cleanup()->tr("Done"), {}, false);
        LayoutCheck::settle();
        problems = LayoutCheck::problems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        save(dialog, QStringLiteral("cleanup-running-") + language);
        // While it runs, no rule can be edited
        for (QWidget *w : std::initializer_list<QWidget *>{
                 dialog->patternsEdit(), dialog->olderThanEdit(), dialog->keepEdit(),
                 dialog->actionBox(), dialog->includeLiveBox(), dialog->previewButton()})
            QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));

        // The confirmation, with the repository's name half typed
        const Confirmation c = Confirmation::forCleanup(dialog->plan());
        bool shot = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::keyClicks(box->findChild<QLineEdit *>(QStringLiteral("typeToConfirm")),
                             QStringLiteral("acme/"));
            LayoutCheck::settle();
            const QStringList boxProblems = LayoutCheck::problems(box);
            QVERIFY2(boxProblems.isEmpty(), qPrintable(boxProblems.join(QLatin1Char('\n'))));
            save(box, QStringLiteral("cleanup-confirm-") + language);
            shot = true;
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!Confirmation::askWithMessageBox(dialog, c));
        QVERIFY(shot);
        dialog->setFinished(QStringLiteral("3 done; 1 skipped (stopped: stopped by you)"));
    }
};

QTEST_MAIN(tst_CleanupWindow)
#include "tst_cleanupwindow.moc"
