#include "deploymentactions.h"

#include "views/statestyle.h"

#include "models/deploymentstore.h"
#include "models/repositorysession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QPainter>
#include <QSettings>
#include <QStyle>
#include <QWidget>

namespace {

// The trash icon, and a clearly different disabled look: faded to a third, not just greyed.
QIcon deleteIcon()
{
    const QIcon base = QApplication::style()->standardIcon(QStyle::SP_TrashIcon);
    QIcon icon;
    for (int size : {16, 22, 24, 32}) {
        const QPixmap normal = base.pixmap(size, QIcon::Normal);
        icon.addPixmap(normal, QIcon::Normal);
        QPixmap faded(normal.size());
        faded.setDevicePixelRatio(normal.devicePixelRatio());
        faded.fill(Qt::transparent);
        QPainter painter(&faded);
        painter.setOpacity(0.3);
        painter.drawPixmap(0, 0, base.pixmap(size, QIcon::Disabled));
        painter.end();
        icon.addPixmap(faded, QIcon::Disabled);
    }
    return icon;
}

} // namespace

DeploymentActions::DeploymentActions(RepositorySession *session, QWidget *dialogParent,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    m_confirm = [this](const Confirmation &confirmation) {
        return Confirmation::askWithMessageBox(m_dialogParent, confirmation);
    };
    const auto make = [this](const char *name) {
        auto action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    QStyle *style = QApplication::style();

    m_newDeployment = make("newDeploymentAction");
    m_newDeployment->setIcon(style->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_newDeployment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDeployment, &QAction::triggered, this, &DeploymentActions::newDeploymentRequested);

    m_newStatus = make("newStatusAction");
    m_newStatus->setIcon(style->standardIcon(QStyle::SP_FileDialogContentsView));
    m_newStatus->setShortcut(QKeySequence::New);
    connect(m_newStatus, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            Q_EMIT newStatusRequested(m_selection.first());
    });

    m_markInactive = make("markInactiveAction");
    m_markInactive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_markInactive, &QAction::triggered, this, [this] { markInactive(m_selection); });

    m_delete = make("deleteAction");
    m_delete->setIcon(deleteIcon());
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, [this] {
        // Only what can be deleted as it is: an active one needs "Mark Inactive and Delete".
        if (whyNotDeletable(m_selection).isEmpty())
            remove(m_selection);
    });

    m_markInactiveAndDelete = make("markInactiveAndDeleteAction");
    connect(m_markInactiveAndDelete, &QAction::triggered, this, [this] { remove(m_selection); });

    m_stopWriting = make("stopWritingAction");
    m_stopWriting->setIcon(style->standardIcon(QStyle::SP_BrowserStop));
    connect(m_stopWriting, &QAction::triggered, this, [this] {
        if (BulkWriteJob *job = m_session ? m_session->bulkWriteJob() : nullptr)
            job->stop(tr("stopped by you"));
    });

    m_copySha = make("copyShaAction");
    m_copySha->setShortcut(QKeySequence::Copy);
    m_copySha->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copySha, &QAction::triggered, this, [this] {
        const DeploymentStore *store = m_session ? m_session->store() : nullptr;
        const DeploymentStore::Entry *entry =
            store && m_selection.size() == 1 ? store->find(m_selection.first()) : nullptr;
        if (!entry)
            return;
        QGuiApplication::clipboard()->setText(entry->deployment.sha);
        Q_EMIT message(tr("Copied %1").arg(entry->deployment.sha), false);
    });
    m_copyUrl = make("copyUrlAction");
    connect(m_copyUrl, &QAction::triggered, this, [this] {
        const DeploymentStore *store = m_session ? m_session->store() : nullptr;
        const DeploymentStore::Entry *entry =
            store && m_selection.size() == 1 ? store->find(m_selection.first()) : nullptr;
        if (!entry)
            return;
        const QUrl url = store->url(*entry);
        QGuiApplication::clipboard()->setText(url.toString());
        Q_EMIT message(tr("Copied %1").arg(url.toDisplayString()), false);
    });

    if (m_session) {
        connect(m_session, &RepositorySession::storeChanged, this, [this] {
            m_selection.clear();
            watchStore();
            updateActions();
        });
        connect(m_session, &RepositorySession::bulkWriteChanged, this, [this] {
            if (BulkWriteJob *job = m_session->bulkWriteJob()) {
                connect(job, &BulkWriteJob::progress, this, &DeploymentActions::writeProgress,
                        Qt::UniqueConnection);
                connect(job, &BulkWriteJob::finished, this, &DeploymentActions::onBulkFinished,
                        Qt::UniqueConnection);
            }
            updateActions();
        });
        watchStore();
    }
    retranslate();
    updateIcons(QApplication::palette());
}

DeploymentActions::~DeploymentActions() = default;

QList<QAction *> DeploymentActions::actions() const
{
    return {m_newDeployment,         m_newStatus,   m_markInactive, m_delete,
            m_markInactiveAndDelete, m_stopWriting, m_copySha,      m_copyUrl};
}

void DeploymentActions::watchStore()
{
    for (QMetaObject::Connection &connection : m_storeConnections)
        disconnect(connection);
    DeploymentStore *store = m_session->store();
    if (!store)
        return;
    m_storeConnections[0] = connect(store, &DeploymentStore::deploymentChanged, this,
                                    &DeploymentActions::updateActions);
    m_storeConnections[1] = connect(store, &DeploymentStore::deploymentsRemoved, this, [this] {
        // What is gone is no longer selected.
        const DeploymentStore *store = m_session->store();
        m_selection.erase(std::remove_if(m_selection.begin(), m_selection.end(),
                                         [store](qint64 id) { return !store->find(id); }),
                          m_selection.end());
        updateActions();
    });
    m_storeConnections[2] = connect(store, &DeploymentStore::deploymentsInserted, this,
                                    &DeploymentActions::updateActions);
    m_storeConnections[3] =
        connect(store, &DeploymentStore::statusesChanged, this, &DeploymentActions::updateActions);
}

void DeploymentActions::setSelection(const QList<qint64> &deploymentIds)
{
    m_selection = deploymentIds;
    updateActions();
}

void DeploymentActions::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason.isEmpty() ? tr("This account can read the repository but not "
                                             "write to it.")
                                        : reason;
    updateActions();
}

void DeploymentActions::setConfirmationProvider(ConfirmationProvider provider)
{
    m_confirm = std::move(provider);
}

QList<qint64> DeploymentActions::activeOnes(const QList<qint64> &ids) const
{
    QList<qint64> active;
    const DeploymentStore *store = m_session ? m_session->store() : nullptr;
    for (qint64 id : ids) {
        const DeploymentStore::Entry *entry = store ? store->find(id) : nullptr;
        if (entry && !entry->pending && !StatusStates::isInactive(entry->state()))
            active.append(id);
    }
    return active;
}

QString DeploymentActions::whyNotDeletable(const QList<qint64> &deploymentIds) const
{
    const DeploymentStore *store = m_session ? m_session->store() : nullptr;
    if (!store)
        return tr("No repository is open.");
    if (deploymentIds.isEmpty())
        return tr("Select an inactive deployment to delete.");
    for (qint64 id : deploymentIds) {
        const DeploymentStore::Entry *entry = store->find(id);
        if (!entry)
            return tr("The deployment is no longer there.");
        if (entry->pending)
            return tr("A status for #%1 is being posted.").arg(QString::number(id));
        // GitHub deletes an active deployment only when it is the repository's only one.
        if (!entry->isInactive() && store->count() > 1) {
            return tr("GitHub deletes only inactive deployments (or a repository's only "
                      "deployment). Mark it inactive first, or use \"Mark Inactive and "
                      "Delete\".");
        }
    }
    return {};
}

void DeploymentActions::updateActions()
{
    const DeploymentStore *store = m_session ? m_session->store() : nullptr;
    const BulkWriteJob *job = m_session ? m_session->bulkWriteJob() : nullptr;
    const bool open = store != nullptr;
    const int n = int(m_selection.size());
    const QList<qint64> active = activeOnes(m_selection);
    const QString whyNotDelete = whyNotDeletable(m_selection);
    const QString busy = job ? tr("Wait until the current changes are written (%1 of %2), or "
                                  "stop them.")
                                   .arg(QString::number(job->done()), QString::number(job->total()))
                             : QString();

    m_newDeployment->setEnabled(open);
    m_newStatus->setEnabled(open && n == 1 && store->find(m_selection.first()));

    m_markInactive->setEnabled(open && !job && !active.isEmpty());
    m_markInactive->setToolTip(
        !busy.isEmpty() ? busy
        : n == 0        ? tr("Select the deployments to mark inactive")
        : active.isEmpty()
            ? tr("The selected deployments are already inactive")
            : tr("Mark %n selected deployment(s) inactive (%1)", nullptr, int(active.size()))
                  .arg(m_markInactive->shortcut().toString(QKeySequence::NativeText)));

    m_delete->setEnabled(open && !job && whyNotDelete.isEmpty());
    m_delete->setToolTip(!busy.isEmpty() ? busy
                         : whyNotDelete.isEmpty()
                             ? tr("Delete %n selected deployment(s)…", nullptr, n)
                             : whyNotDelete);
    m_markInactiveAndDelete->setEnabled(open && !job && n > 0 && !whyNotDelete.isEmpty() &&
                                        !active.isEmpty());
    m_markInactiveAndDelete->setToolTip(
        !busy.isEmpty()
            ? busy
            : tr("Mark %n selected deployment(s) inactive, then delete them…", nullptr, n));
    m_stopWriting->setEnabled(job != nullptr);
    m_stopWriting->setVisible(job != nullptr);
    m_copySha->setEnabled(open && n == 1);
    m_copyUrl->setEnabled(open && n == 1);
    if (m_readOnly) {
        for (QAction *write :
             {m_newDeployment, m_newStatus, m_markInactive, m_delete, m_markInactiveAndDelete}) {
            write->setEnabled(false);
            write->setToolTip(m_readOnlyReason);
        }
    }
}

bool DeploymentActions::confirm(const Confirmation &confirmation)
{
    if (!confirmation.destructive && !confirmation.dontAskAgainKey.isEmpty() &&
        QSettings().value(confirmation.dontAskAgainKey, false).toBool())
        return true;
    return m_confirm ? m_confirm(confirmation) : false;
}

void DeploymentActions::markInactive(const QList<qint64> &deploymentIds)
{
    if (m_readOnly) {
        Q_EMIT message(m_readOnlyReason, true);
        return;
    }
    const DeploymentStore *store = m_session ? m_session->store() : nullptr;
    const QList<qint64> ids = activeOnes(deploymentIds);
    if (!store || ids.isEmpty())
        return;
    if (m_session->bulkWriteJob()) {
        Q_EMIT message(m_markInactive->toolTip(), true);
        return;
    }
    if (confirm(Confirmation::forMarkInactive(*store, ids)))
        startBulk(BulkWriteJob::Action::MarkInactive, ids);
}

void DeploymentActions::remove(const QList<qint64> &deploymentIds)
{
    if (m_readOnly) {
        Q_EMIT message(m_readOnlyReason, true);
        return;
    }
    const DeploymentStore *store = m_session ? m_session->store() : nullptr;
    if (!store || deploymentIds.isEmpty())
        return;
    if (m_session->bulkWriteJob()) {
        Q_EMIT message(m_delete->toolTip(), true);
        return;
    }
    const bool markFirst = !whyNotDeletable(deploymentIds).isEmpty();
    if (!confirm(Confirmation::forDelete(*store, deploymentIds, markFirst)))
        return;
    startBulk(markFirst ? BulkWriteJob::Action::MarkInactiveAndDelete
                        : BulkWriteJob::Action::Delete,
              deploymentIds);
}

void DeploymentActions::startBulk(BulkWriteJob::Action action, const QList<qint64> &ids)
{
    if (!m_session->startBulkWrite(action, ids))
        Q_EMIT message(tr("Wait until the current changes are written."), true);
}

void DeploymentActions::onBulkFinished(const BulkWriteJob::Result &result)
{
    Q_EMIT writeProgress(0, 0);
    const QStringList errors = result.errors();
    QString text = result.summary();
    if (!errors.isEmpty())
        text += QLatin1Char('\n') + errors.join(QLatin1Char('\n'));
    Q_EMIT message(text, !result.isComplete());
    updateActions();
}

void DeploymentActions::retranslate()
{
    m_newDeployment->setText(tr("New &Deployment…"));
    m_newDeployment->setIconText(tr("New Deployment"));
    m_newStatus->setText(tr("New &Status…"));
    m_newStatus->setIconText(tr("New Status"));
    m_markInactive->setText(tr("Mark &Inactive"));
    m_delete->setText(tr("De&lete…"));
    m_delete->setIconText(tr("Delete"));
    m_markInactiveAndDelete->setText(tr("Mark Inactive and Delete…"));
    m_stopWriting->setText(tr("Stop Writing"));
    m_stopWriting->setToolTip(
        tr("Stop after the write in progress; the rest are left as they are"));
    m_copySha->setText(tr("Copy &SHA"));
    m_copyUrl->setText(tr("Copy Deployment &URL"));
    updateActions();
}

void DeploymentActions::updateIcons(const QPalette &palette)
{
    m_markInactive->setIcon(StateStyle::icon(StatusState::Inactive, palette));
}
