#pragma once

#include <QDateTime>
#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class StatusHistoryDelegate;

// The details of the selected deployments. One: every field, the payload as pretty JSON, and
// its status history as a vertical timeline. Several: how many, and a summary of their states,
// environments and liveness. None: a hint to select one. Reads DeploymentRoles from deployment
// indexes (any model, proxies included) and follows their dataChanged; shows the statuses of a
// StatusModel (StatusRoles) set by the main window. Every API string is shown as plain text;
// URLs open only when they are http(s). Actions are signals for the main window, carrying the
// ids of exactly the deployments the pane shows.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    // The deployments to show: the selected rows (any column; one index per row is enough,
    // more are folded; indexes of another model than the first one's are ignored). The pane
    // follows those rows while they exist; a removed row leaves what it shows.
    void setSelection(const QModelIndexList &rows);
    // The rows shown (column 0), in the order given.
    QModelIndexList selection() const;
    // The ids of the deployments shown: what every action signal carries.
    QList<qint64> deploymentIds() const { return m_ids; }
    // One deployment (an invalid index shows none); the same as setSelection({index}).
    void setDeployment(const QModelIndex &index);
    // The deployment shown when there is exactly one; otherwise invalid.
    QModelIndex deployment() const;
    // The statuses of the shown deployment, newest first (a StatusModel); may be null. Shown
    // only while one deployment is.
    void setStatusModel(QAbstractItemModel *statuses);
    QAbstractItemModel *statusModel() const;
    // "Now" for relative times; the system clock by default.
    void setClock(Clock clock);

    // Whether the action buttons (mark inactive, new status, delete) may be enabled at all, e.g.
    // false while offline or read-only. Each is also enabled only when it applies to what is
    // shown; a disabled button's tool tip says why.
    void setActionsEnabled(bool enabled);

    // Opens http(s) URLs; QDesktopServices::openUrl by default (tests replace it). Only ever
    // called with http(s) URLs.
    void setUrlHandler(std::function<void(const QUrl &)> handler);

    // For tests and accessibility: the widgets showing each URL field.
    // "logUrl" / "environmentUrl" -> a link button when http(s), otherwise a plain label.
    QWidget *urlWidget(const QString &field) const;

public slots:
    // Re-reads every field from the model.
    void refresh();
    void copySha();
    void copyUrl();

signals:
    // The shown deployments (deploymentIds()); only those not inactive yet need a status.
    void markInactiveRequested(const QList<qint64> &ids);
    // Only while exactly one deployment is shown.
    void newStatusRequested(qint64 id);
    // The shown deployments; the pane asks nothing itself (the window confirms).
    void deleteRequested(const QList<qint64> &ids);
    // After copying to the clipboard (for a status bar message).
    void shaCopied(const QString &sha);
    void urlCopied(const QUrl &url);
    // Before opening an http(s) URL in the browser (the pane opens it itself).
    void urlOpened(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct UrlField;
    void retranslateUi();
    void setUrl(UrlField &field, const QUrl &url);
    void updateLinkText(UrlField &field);
    void openWebUrl(const QUrl &url);
    void onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateStatusPlaceholder();
    void refreshOne(const QModelIndex &index);
    void refreshSeveral();
    void updateActions();

    QList<QPersistentModelIndex> m_rows; // column 0
    QList<qint64> m_ids;                 // of m_rows still there, read at the last refresh
    QPointer<QAbstractItemModel> m_model;
    QPointer<QAbstractItemModel> m_statusModel;
    Clock m_clock;
    std::function<void(const QUrl &)> m_urlHandler;
    bool m_actionsEnabled = true;

    QLabel *m_emptyLabel = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_singleHeader = nullptr;
    QWidget *m_singleBody = nullptr;
    QWidget *m_multiHeader = nullptr;
    QWidget *m_multiBody = nullptr;
    QLabel *m_multiTitle = nullptr;
    QLabel *m_multiSubtitle = nullptr;
    QFormLayout *m_multiForm = nullptr;
    QLabel *m_multiStates = nullptr;
    QLabel *m_multiEnvironments = nullptr;
    QLabel *m_multiList = nullptr;
    QLabel *m_titleBadge = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_fieldLabels; // captions, for retranslation
    QLabel *m_id = nullptr;
    QLabel *m_environment = nullptr;
    QLabel *m_ref = nullptr;
    QLabel *m_sha = nullptr;
    QToolButton *m_copySha = nullptr;
    QLabel *m_task = nullptr;
    QLabel *m_creator = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_description = nullptr;
    UrlField *m_logUrl = nullptr;
    UrlField *m_environmentUrl = nullptr;
    QLabel *m_payloadCaption = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QLabel *m_historyCaption = nullptr;
    QListView *m_history = nullptr;
    QLabel *m_historyPlaceholder = nullptr;
    StatusHistoryDelegate *m_historyDelegate = nullptr;
    QPushButton *m_markInactive = nullptr;
    QPushButton *m_newStatus = nullptr;
    QPushButton *m_delete = nullptr;
    QToolButton *m_copyUrl = nullptr;
};
