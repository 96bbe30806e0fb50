// The cleanup window with several rules and several repositories (issue 15), on the demo app:
// two rules in the open repository's dialog (the preview names the rule that chose each row);
// the Overview's Clean Up Watched Repositories… (every watched repository offered and checked,
// one unchecked stays out, the preview names each row's repository, one confirmation over all
// of them with the number of deletes to type, the apply across repositories); and screenshots
// of the dialog and the confirmation in en, ko and ja, checked by LayoutCheck.

#include "demowindow.h"
#include "layoutcheck.h"

#include "app/cleanupcontroller.h"
#include "app/confirmation.h"
#include "app/overviewwindow.h"
#include "emulator/githubemulator.h"
#include "models/cleanupplan.h"
#include "models/uilanguage.h"
#include "views/cleanupdialog.h"
#include "views/cleanupruleeditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

namespace {
const QString repo = QStringLiteral("acme/storefront");

// Rule 1: previews older than a week, deleted (live ones too); rule 2: failures, inactive.
void fillTwoRules(CleanupDialog *dialog)
{
    dialog->patternsEdit()->setText(QStringLiteral("preview/*"));
    dialog->olderThanEdit()->setText(QStringLiteral("7d"));
    dialog->actionBox()->setCurrentIndex(int(CleanupRule::Action::Delete));
    dialog->includeLiveBox()->setChecked(true);
    QTest::mouseClick(dialog->ruleEditor()->addButton(), Qt::LeftButton);
    dialog->stateBox(StatusState::Failure)->setChecked(true);
    dialog->stateBox(StatusState::Error)->setChecked(true);
    dialog->actionBox()->setCurrentIndex(int(CleanupRule::Action::MarkInactive));
}

QStringList column(const QTreeWidget *table, int column)
{
    QStringList values;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        values.append(table->topLevelItem(i)->text(column));
    return values;
}
} // namespace

class tst_CleanupWatched : public QObject
{
    Q_OBJECT
private:
    QDir m_shots;

    void save(QWidget *widget, const QString &name)
    {
        QVERIFY(widget->grab().save(m_shots.filePath(name + QStringLiteral(".png"))));
    }

    // The Overview's cleanup dialog, previewed with two rules over the watched repositories
    // but `unchecked`.
    CleanupDialog *previewWatched(DesktopApp *app, const QString &unchecked)
    {
        app->overview()->window();
        CleanupController *cleanup = app->overview()->cleanup();
        if (!cleanup || !cleanup->action()->isEnabled())
            return nullptr;
        cleanup->action()->trigger();
        CleanupDialog *dialog = cleanup->dialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        for (int i = 0; i < dialog->repositoryList()->count(); ++i) {
            QListWidgetItem *item = dialog->repositoryList()->item(i);
            if (item->text() == unchecked)
                item->setCheckState(Qt::Unchecked);
        }
        fillTwoRules(dialog);
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return dialog->phase() == CleanupDialog::Phase::Planned; },
                             TestTimeoutMs))
            return nullptr;
        return dialog;
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

    void twoRulesInThePreview()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(DemoWindow::waitUntilLoaded(window));
        CleanupDialog *dialog = window->cleanup()->open();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->repositoryList()->isVisible()); // the open repository: no choice
        QVERIFY(!dialog->ruleEditor()->removeButton()->isEnabled()); // one rule is kept

        // Given two rules
        fillTwoRules(dialog);
        QCOMPARE(dialog->ruleEditor()->ruleList()->count(), 2);
        QVERIFY(dialog->ruleEditor()->removeButton()->isEnabled());
        const QList<CleanupRule> rules = dialog->rules();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[0].environmentPatterns, QStringList{QStringLiteral("preview/*")});
        QCOMPARE(rules[1].states, (QList<StatusState>{StatusState::Failure, StatusState::Error}));
        // And the list says what each one does
        QVERIFY2(
            dialog->ruleEditor()->ruleList()->item(0)->text().contains(QLatin1String("preview/*")),
            qPrintable(dialog->ruleEditor()->ruleList()->item(0)->text()));

        // When previewed: the table is the plan of both rules, each row naming its rule
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        DeploymentStore *store = window->session()->store();
        const CleanupPlan expected = CleanupPlan::compute(*store, rules, store->now());
        QCOMPARE(dialog->table()->topLevelItemCount(), expected.items.size());
        const QStringList ruleColumn = column(dialog->table(), CleanupDialog::RuleColumn);
        QVERIFY(ruleColumn.contains(QStringLiteral("rule 1")));
        QVERIFY(ruleColumn.contains(QStringLiteral("rule 2")));
        for (int i = 0; i < expected.items.size(); ++i) {
            QCOMPARE(ruleColumn[i], expected.items[i].ruleName);
            QVERIFY(!(expected.items[i].live &&
                      expected.items[i].environment == QLatin1String("production")));
        }
        QVERIFY(dialog->table()->isColumnHidden(CleanupDialog::RepositoryColumn));

        // And selecting rule 1 shows its form; removing rule 2 makes the preview out of date
        dialog->ruleEditor()->ruleList()->setCurrentRow(0);
        QCOMPARE(dialog->patternsEdit()->text(), QStringLiteral("preview/*"));
        dialog->ruleEditor()->ruleList()->setCurrentRow(1);
        QTest::mouseClick(dialog->ruleEditor()->removeButton(), Qt::LeftButton);
        QCOMPARE(dialog->rules().size(), 1);
        QCOMPARE(dialog->phase(), CleanupDialog::Phase::Editing);
        QVERIFY(!dialog->applyButton()->isEnabled());

        // And a wrong rule 2 is named when previewing
        QTest::mouseClick(dialog->ruleEditor()->addButton(), Qt::LeftButton);
        dialog->olderThanEdit()->setText(QStringLiteral("3y"));
        QString error;
        dialog->rules(&error);
        QVERIFY2(error.startsWith(QLatin1String("Rule 2: ")), qPrintable(error));
    }

    void watchedRepositoriesPreviewConfirmApply()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(DemoWindow::waitUntilLoaded(window, app.get()));
        GitHubEmulator *emulator = app->emulator();
        CleanupController *cleanup = (app->overview()->window(), app->overview()->cleanup());
        QVERIFY(cleanup);
        QVERIFY(cleanup != window->cleanup());
        QTemporaryDir journals;
        cleanup->setJournalDirectory(journals.path());
        cleanup->setPacer(WritePacer({}, 0));
        QList<Confirmation> asked;
        bool answer = false;
        cleanup->setConfirmationProvider([&](const Confirmation &c) {
            asked.append(c);
            return answer;
        });
        int writes = 0;
        QSet<QString> written; // repositories written to
        connect(emulator, &GitHubEmulator::requestReceived, this,
                [&](const QByteArray &method, const QString &path) {
                    if (method == "GET")
                        return;
                    ++writes;
                    written.insert(path.section(QLatin1Char('/'), 2, 3));
                });

        // Given the Overview's action in its tool bar, and every watched repository offered
        QVERIFY(app->overview()->window()->findChildren<QAction *>().contains(cleanup->action()));
        const QStringList watched = [&] {
            QStringList names;
            for (const WatchedRepository &w : app->overview()->watchList()->repositories())
                names.append(w.repository.fullName());
            return names;
        }();
        QVERIFY(watched.size() >= 3);
        const QString left = watched.last();

        // When one is unchecked and two rules are previewed
        CleanupDialog *dialog = previewWatched(app.get(), left);
        QVERIFY(dialog);
        QCOMPARE(dialog->repositoryList()->count(), watched.size());
        QCOMPARE(dialog->checkedRepositories().size(), watched.size() - 1);

        // Then each row names its repository, all of them checked ones, the unchecked one none
        const CleanupPlan plan = dialog->plan();
        QVERIFY(plan.spansRepositories());
        QVERIFY(plan.repositoriesWithItems().size() >= 2);
        QVERIFY(!dialog->table()->isColumnHidden(CleanupDialog::RepositoryColumn));
        const QStringList repositories = column(dialog->table(), CleanupDialog::RepositoryColumn);
        QCOMPARE(repositories.size(), plan.items.size());
        QVERIFY(!repositories.contains(left));
        for (int i = 0; i < plan.items.size(); ++i) {
            QCOMPARE(repositories[i], plan.items[i].repository.fullName());
            QVERIFY(
                !(plan.items[i].live && plan.items[i].environment == QLatin1String("production")));
        }
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String(" repositories")),
                 qPrintable(dialog->summaryLabel()->text()));
        const int deletes = plan.count(CleanupRule::Action::Delete) +
                            plan.count(CleanupRule::Action::DeleteEnvironment);
        QVERIFY(deletes > 0);

        // And applying asks once for all of them: each repository named, the deletes typed
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        const Confirmation &c = asked.first();
        QVERIFY(c.destructive);
        QCOMPARE(c.typeToConfirm, QString::number(deletes));
        QVERIFY2(c.text.contains(
                     QStringLiteral("%1 repositories").arg(plan.repositoriesWithItems().size())),
                 qPrintable(c.text));
        for (const RepositoryId &r : plan.repositoriesWithItems())
            QVERIFY2(c.informativeText.contains(r.fullName() + QLatin1Char(':')),
                     qPrintable(c.informativeText));
        QVERIFY(c.informativeText.contains(QStringLiteral("Type %1,").arg(deletes)));
        QTest::qWait(0);
        QCOMPARE(writes, 0);

        // When it is confirmed: every planned item is done in its own repository
        answer = true;
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return dialog->phase() == CleanupDialog::Phase::Finished; },
                                4 * TestTimeoutMs));
        QCOMPARE(writes, plan.writes());
        QVERIFY(!written.contains(left));
        for (const CleanupItem &item : plan.items) {
            const QString name = item.repository.fullName();
            if (item.action == CleanupRule::Action::Delete)
                QVERIFY2(!emulator->deploymentIds(name).contains(item.deploymentId),
                         qPrintable(item.key()));
            else if (item.action == CleanupRule::Action::MarkInactive)
                QCOMPARE(emulator->latestState(name, item.deploymentId),
                         QStringLiteral("inactive"));
        }
        QVERIFY2(dialog->summaryLabel()->text().startsWith(
                     QStringLiteral("%1 done").arg(plan.items.size())),
                 qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(!QFile::exists(cleanup->journalPath(plan.repositories)));
    }

    void stoppedWatchedCleanupResumes()
    {
        auto app = DemoWindow::start();
        QVERIFY(app);
        QVERIFY(DemoWindow::waitUntilLoaded(app->window(), app.get()));
        GitHubEmulator *emulator = app->emulator();
        CleanupController *cleanup = (app->overview()->window(), app->overview()->cleanup());
        QTemporaryDir journals;
        cleanup->setJournalDirectory(journals.path());
        cleanup->setPacer(WritePacer({}, 0));
        cleanup->setConfirmationProvider([](const Confirmation &) { return true; });
        QStringList writes;
        connect(emulator, &GitHubEmulator::requestReceived, this,
                [&](const QByteArray &method, const QString &path) {
                    if (method != "GET")
                        writes.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);
                });

        // Given a cleanup of the watched repositories stopped after its second item
        const QString left =
            app->overview()->watchList()->repositories().last().repository.fullName();
        CleanupDialog *dialog = previewWatched(app.get(), left);
        QVERIFY(dialog);
        const CleanupPlan plan = dialog->plan();
        QVERIFY(plan.items.size() > 4);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(cleanup->job());
        CleanupJob *job = cleanup->job();
        connect(job, &CleanupJob::itemFinished, job, [job](int index) {
            if (index == 1)
                job->cancel(QStringLiteral("stopped by the test"));
        });
        QVERIFY(QTest::qWaitFor([&] { return dialog->phase() == CleanupDialog::Phase::Finished; },
                                4 * TestTimeoutMs));
        const qsizetype firstRun = writes.size();
        QVERIFY(firstRun > 0 && firstRun < plan.writes());
        QVERIFY(QFile::exists(cleanup->journalPath(plan.repositories)));

        // When the window is opened again: the journal is offered, naming its repositories
        QVERIFY(QTest::qWaitFor([&] { return !cleanup->job(); }, TestTimeoutMs));
        QCOMPARE(cleanup->open(), dialog);
        QVERIFY(dialog->resumeJournalButton()->isVisible());
        // And resumed: the rest is done, nothing twice
        QTest::mouseClick(dialog->resumeJournalButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cleanup->job() == nullptr &&
                       dialog->phase() == CleanupDialog::Phase::Finished &&
                       writes.size() > firstRun;
            },
            4 * TestTimeoutMs));
        QCOMPARE(int(writes.size()), plan.writes());
        QCOMPARE(QSet<QString>(writes.cbegin(), writes.cend()).size(), plan.writes());
        QVERIFY2(dialog->summaryLabel()->text().startsWith(
                     QStringLiteral("%1 done").arg(plan.items.size())),
                 qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(!QFile::exists(cleanup->journalPath(plan.repositories)));
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
        QVERIFY(DemoWindow::waitUntilLoaded(app->window(), app.get()));
        const QList<WatchedRepository> watched = app->overview()->watchList()->repositories();
        QVERIFY(!watched.isEmpty());
        CleanupDialog *dialog = previewWatched(app.get(), watched.last().repository.fullName());
        QVERIFY(dialog);
        QVERIFY(dialog->table()->topLevelItemCount() > 0);
        LayoutCheck::settle();
        QStringList problems = LayoutCheck::problems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        save(dialog, QStringLiteral("cleanup-watched-") + language);

        // The Overview's tool bar with the action
        OverviewWindow *overview = app->overview()->window();
        overview->show();
        QVERIFY(QTest::qWaitForWindowExposed(overview));
        LayoutCheck::settle();
        save(overview, QStringLiteral("cleanup-overview-") + language);

        // The confirmation over several repositories, the number half typed
        const Confirmation c = Confirmation::forCleanup(dialog->plan());
        bool shot = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::keyClicks(box->findChild<QLineEdit *>(QStringLiteral("typeToConfirm")),
                             c.typeToConfirm.left(1));
            LayoutCheck::settle();
            const QStringList boxProblems = LayoutCheck::problems(box);
            QVERIFY2(boxProblems.isEmpty(), qPrintable(boxProblems.join(QLatin1Char('\n'))));
            save(box, QStringLiteral("cleanup-watched-confirm-") + language);
            shot = true;
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!Confirmation::askWithMessageBox(dialog, c));
        QVERIFY(shot);
    }
};

QTEST_MAIN(tst_CleanupWatched)
#include "tst_cleanupwatched.moc"
