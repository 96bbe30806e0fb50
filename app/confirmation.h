#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class CleanupPlan;
class DeploymentStore;
class QWidget;

// What the user is asked before a write, and the questions DeployDeck asks: each names what
// will change, and a destructive one has Cancel as its default and no "Don't ask again".
struct Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)
public:
    QString title;
    QString text;
    QString informativeText;
    QString acceptText;
    QString dontAskAgainKey; // QSettings key remembering "Don't ask again"; empty: always ask
    bool destructive = false;
    // Non-empty: the accept button stays disabled until exactly this is typed (GitHub's own
    // dangerous actions ask for the repository's name the same way).
    QString typeToConfirm;

    // Deleting deployments: GitHub keeps no copy. Lists each one (id, environment, ref, short
    // SHA). `markInactiveFirst` for the ones that are still active.
    static Confirmation forDelete(const DeploymentStore &store, const QList<qint64> &ids,
                                  bool markInactiveFirst);
    // Marking deployments inactive: names the live deployment of a production environment
    // (then always asked, Cancel the default) and transient ones that will show as destroyed.
    static Confirmation forMarkInactive(const DeploymentStore &store, const QList<qint64> &ids);

    // Applying a cleanup: the counts per action; with deletes, destructive and the repository's
    // name to type.
    static Confirmation forCleanup(const CleanupPlan &plan);

    // One line for a deployment: "#42 · production · v2.3.1 · 1a2b3c4".
    static QString describe(const DeploymentStore &store, qint64 id);

    // The default way to ask: a QMessageBox (Cancel the default when destructive), with a
    // "Don't ask again" check box only when dontAskAgainKey is set.
    static bool askWithMessageBox(QWidget *parent, const Confirmation &confirmation);
};

// Returns true to go ahead. Tests replace it so no modal box blocks them.
using ConfirmationProvider = std::function<bool(const Confirmation &)>;
