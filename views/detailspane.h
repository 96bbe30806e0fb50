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

// The details of one deployment: every field, the payload as pretty JSON, and its status
// history as a vertical timeline. Reads DeploymentRoles from a deployment index (any model,
// proxies included) and follows that row's dataChanged; shows the statuses of a StatusModel
// (StatusRoles) set by the main window. Every API string is shown as plain text; URLs open
// only when they are http(s). Actions are signals for the main window.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    // The deployment to show (column ignored); an invalid index shows "No deployment selected".
    void setDeployment(const QModelIndex &index);
    QModelIndex deployment() const { return m_index; }
    // The statuses of the shown deployment, newest first (a StatusModel); may be null.
    void setStatusModel(QAbstractItemModel *statuses);
    QAbstractItemModel *statusModel() const;
    // "Now" for relative times; the system clock by default.
    void setClock(Clock clock);

    // Whether the action buttons (mark inactive, new status, delete) are enabled, e.g. false
    // while offline or read-only. Mark inactive is also disabled for inactive deployments.
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
    void markInactiveRequested(const QModelIndex &deployment);
    void newStatusRequested(const QModelIndex &deployment);
    void deleteRequested(const QModelIndex &deployment);
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

    QPersistentModelIndex m_index;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QAbstractItemModel> m_statusModel;
    Clock m_clock;
    std::function<void(const QUrl &)> m_urlHandler;
    bool m_actionsEnabled = true;

    QLabel *m_emptyLabel = nullptr;
    QWidget *m_content = nullptr;
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
