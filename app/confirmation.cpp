#include "confirmation.h"

#include "views/plainmessagebox.h"
#include "views/timeformat.h"

#include "models/cleanupplan.h"
#include "models/deploymentstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace {

// A confirmation lists at most this many deployments by name, then "and N more": a box taller
// than the screen hides its buttons.
constexpr int maxListed = 12;

const char confirmMarkInactiveKey[] = "confirm/skipMarkInactive";

QString listOf(const DeploymentStore &store, const QList<qint64> &ids)
{
    QStringList lines;
    for (qint64 id : ids.mid(0, maxListed))
        lines.append(Confirmation::describe(store, id));
    if (ids.size() > maxListed)
        lines.append(Confirmation::tr("…and %n more", nullptr, int(ids.size()) - maxListed));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString Confirmation::describe(const DeploymentStore &store, qint64 id)
{
    const DeploymentStore::Entry *entry = store.find(id);
    if (!entry)
        return tr("#%1 (no longer there)").arg(QString::number(id));
    //: One deployment in a confirmation: #id · environment · ref · short SHA
    return tr("#%1 · %2 · %3 · %4")
        .arg(QString::number(id), entry->environment, entry->deployment.ref,
             TimeFormat::shortSha(entry->deployment.sha));
}

Confirmation Confirmation::forDelete(const DeploymentStore &store, const QList<qint64> &ids,
                                     bool markInactiveFirst)
{
    Confirmation c;
    const int n = int(ids.size());
    c.destructive = true;
    if (markInactiveFirst) {
        c.title = tr("Mark Inactive and Delete");
        c.text = tr("Mark %n deployment(s) inactive and delete them?", nullptr, n);
        c.acceptText = tr("Mark Inactive and Delete");
    } else {
        c.title = tr("Delete Deployments");
        c.text = tr("Delete %n deployment(s)?", nullptr, n);
        c.acceptText = tr("Delete");
    }
    c.informativeText = tr("%1\n\nThis cannot be undone: GitHub keeps no copy of a deleted "
                           "deployment or its statuses.")
                            .arg(listOf(store, ids));
    return c;
}

Confirmation Confirmation::forCleanup(const CleanupPlan &plan)
{
    Confirmation c;
    const QString repository = plan.repository.fullName();
    const int deletes = plan.count(CleanupRule::Action::Delete) +
                        plan.count(CleanupRule::Action::DeleteEnvironment);
    const QList<RepositoryId> touched = plan.repositoriesWithItems();
    const bool several = touched.size() > 1;
    c.title = tr("Apply the Cleanup");
    c.text = several
                 //: %n the number of repositories
                 ? tr("Apply this cleanup to %n repositories?", nullptr, int(touched.size()))
                 //: %1 the repository, owner/name
                 : tr("Apply this cleanup to %1?").arg(repository);
    QStringList lines;
    if (const int n = plan.count(CleanupRule::Action::MarkInactive))
        lines.append(tr("Mark %n deployment(s) inactive", nullptr, n));
    if (const int n = plan.count(CleanupRule::Action::Delete))
        lines.append(
            tr("Delete %n deployment(s) (marked inactive first where needed)", nullptr, n));
    if (const int n = plan.count(CleanupRule::Action::DeleteEnvironment))
        lines.append(tr("Delete %n environment(s)", nullptr, n));
    if (several) {
        // Each repository with what happens there, so a wrong one stands out.
        for (const RepositoryId &r : touched) {
            QStringList parts;
            if (const int n = plan.count(r, CleanupRule::Action::MarkInactive))
                parts.append(tr("%n to mark inactive", nullptr, n));
            if (const int n = plan.count(r, CleanupRule::Action::Delete))
                parts.append(tr("%n to delete", nullptr, n));
            if (const int n = plan.count(r, CleanupRule::Action::DeleteEnvironment))
                parts.append(tr("%n environment(s) to delete", nullptr, n));
            //: %1 a repository, %2 what happens there ("3 to delete, 1 to mark inactive")
            lines.append(tr("  %1: %2").arg(r.fullName(), parts.join(tr(", "))));
        }
    }
    //: %n the number of writes to GitHub
    lines.append(tr("%n write(s) to GitHub, paced under its limits; each target is checked "
                    "again just before it is written.",
                    nullptr, plan.writes()));
    c.informativeText = lines.join(QLatin1Char('\n'));
    c.acceptText = tr("Apply");
    if (deletes > 0) {
        c.destructive = true;
        c.informativeText += QLatin1String("\n\n") +
                             tr("This cannot be undone: GitHub keeps no copy of a deleted "
                                "deployment or environment.") +
                             QLatin1String("\n\n");
        if (several) {
            // No name covers several repositories: the number of deletes does, and typing it
            // means having read it (digits, the same in every language).
            c.typeToConfirm = QString::number(deletes);
            //: %1 the number of deployments and environments to delete, %n the repositories
            c.informativeText += tr("Type %1, the number of deletes in %n repositories, to "
                                    "confirm.",
                                    nullptr, int(touched.size()))
                                     .arg(c.typeToConfirm);
        } else {
            //: %1 the repository's name, owner/name
            c.informativeText += tr("Type %1 to confirm.").arg(repository);
            c.typeToConfirm = repository;
        }
    }
    return c;
}

Confirmation Confirmation::forMarkInactive(const DeploymentStore &store, const QList<qint64> &ids)
{
    Confirmation c;
    const int n = int(ids.size());
    c.title = tr("Mark Inactive");
    c.text = tr("Mark %n deployment(s) inactive?", nullptr, n);
    c.acceptText = tr("Mark Inactive");

    QStringList special;
    bool liveProduction = false;
    for (qint64 id : ids) {
        const DeploymentStore::Entry *entry = store.find(id);
        if (!entry || entry->isInactive())
            continue;
        if (entry->active && entry->deployment.productionEnvironment) {
            liveProduction = true;
            special.append(tr("#%1 is the live deployment of %2: %2 will have no live "
                              "deployment.")
                               .arg(QString::number(id), entry->environment));
        } else if (entry->deployment.transientEnvironment) {
            special.append(tr("#%1 is in the transient environment %2: it will show as "
                              "destroyed.")
                               .arg(QString::number(id), entry->environment));
        } else if (entry->active) {
            special.append(tr("#%1 is the live deployment of %2.")
                               .arg(QString::number(id), entry->environment));
        }
    }
    QString text = listOf(store, ids);
    if (!special.isEmpty())
        text += QLatin1String("\n\n") + special.mid(0, maxListed).join(QLatin1Char('\n'));
    c.informativeText =
        tr("%1\n\nAn inactive deployment is no longer shown as live in its environment.").arg(text);
    // Taking production's live deployment away is asked every time, with Cancel the default.
    c.destructive = liveProduction;
    if (!liveProduction)
        c.dontAskAgainKey = QLatin1String(confirmMarkInactiveKey);
    return c;
}

bool Confirmation::askWithMessageBox(QWidget *parent, const Confirmation &confirmation)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("confirmationBox"));
    box.setIcon(confirmation.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box.setWindowTitle(confirmation.title);
    box.setTextFormat(Qt::PlainText);
    box.setText(confirmation.text);
    // Names refs and environments from the API: plain text, never links.
    PlainMessageBox::setInformativeText(&box, confirmation.informativeText);
    QPushButton *accept = box.addButton(confirmation.acceptText, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(confirmation.destructive ? cancel : accept);
    box.setEscapeButton(cancel);
    if (!confirmation.typeToConfirm.isEmpty()) {
        // Typed, not clicked: the accept button waits for the exact text.
        if (auto grid = qobject_cast<QGridLayout *>(box.layout())) {
            auto *typed = new QLineEdit(&box);
            typed->setObjectName(QStringLiteral("typeToConfirm"));
            typed->setPlaceholderText(confirmation.typeToConfirm);
            // Above the buttons: the button box moves down a row.
            auto *buttons = box.findChild<QDialogButtonBox *>();
            const int index = buttons ? grid->indexOf(buttons) : -1;
            int row = grid->rowCount(), column = 0, rows = 1, columns = grid->columnCount();
            if (index >= 0) {
                grid->getItemPosition(index, &row, &column, &rows, &columns);
                grid->removeWidget(buttons);
                grid->addWidget(buttons, row + 1, column, rows, columns);
            }
            grid->addWidget(typed, row, 1, 1, grid->columnCount() - 1);
            accept->setEnabled(false);
            QObject::connect(typed, &QLineEdit::textChanged, accept,
                             [accept, expected = confirmation.typeToConfirm](const QString &text) {
                                 accept->setEnabled(text.trimmed() == expected);
                             });
            typed->setFocus();
        }
    }
    QCheckBox *dontAsk = nullptr;
    if (!confirmation.dontAskAgainKey.isEmpty() && !confirmation.destructive) {
        dontAsk = new QCheckBox(tr("Don't ask again"));
        box.setCheckBox(dontAsk);
    }
    // QMessageBox wraps at a narrow width: "#id · environment · ref · sha" lines would break in
    // two. A spacer across the grid makes it wide enough for one such line.
    if (auto grid = qobject_cast<QGridLayout *>(box.layout())) {
        const int width = box.fontMetrics().averageCharWidth() * 56;
        grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Fixed),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
    box.exec();
    const bool accepted = box.clickedButton() == accept;
    if (accepted && dontAsk && dontAsk->isChecked())
        QSettings().setValue(confirmation.dontAskAgainKey, true);
    return accepted;
}
