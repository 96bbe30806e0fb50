#pragma once

#include "models/watchlist.h"

#include <QMainWindow>
#include <QPointer>

class BoardFilterProxy;
class BoardModel;
class BoardSessions;
class BoardView;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolBar;

// The Overview: every watched repository's environments on one board (BoardView over
// BoardModel through BoardFilterProxy), with filters by owner, name and environment, the watch
// list's Watch and Stop Watching, and a status line that says how polling goes (slowed or
// paused by the rate limit). Enter or a double-click asks to open that repository's timeline
// at that environment. It never touches the network: BoardSessions polls.
class OverviewWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit OverviewWindow(QWidget *parent = nullptr);
    ~OverviewWindow() override;

    // The board to show (both not owned; replaced when the demo starts or ends).
    void setBoard(BoardModel *model, BoardSessions *sessions);

    BoardView *view() const { return m_view; }
    BoardFilterProxy *proxy() const { return m_proxy; }
    QAction *watchAction() const { return m_watch; }
    QAction *unwatchAction() const { return m_unwatch; }
    QAction *refreshAction() const { return m_refresh; }
    // Clean Up Watched Repositories… (the Overview's CleanupController's action), placed in
    // the tool bar; enabled while anything is watched.
    void setCleanupAction(QAction *action);
    QLineEdit *nameFilter() const { return m_nameEdit; }
    QLineEdit *environmentFilter() const { return m_environmentEdit; }
    QComboBox *ownerFilter() const { return m_ownerBox; }
    QLabel *statusText() const { return m_status; }

Q_SIGNALS:
    void watchRequested();
    // Enter or a double-click on a cell: that repository, that environment ("" for the
    // repository column or a group) and the deployment the cell shows (0: none).
    void openRequested(const WatchedRepository &repository, const QString &environment,
                       qint64 deploymentId);
    void timelineRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateOwners();
    void updateStatus();
    void updatePage();
    void openIndex(const QModelIndex &index);
    void unwatchCurrent();

    QPointer<BoardModel> m_model;
    QPointer<BoardSessions> m_sessions;
    BoardFilterProxy *m_proxy = nullptr;
    BoardView *m_view = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QLabel *m_ownerLabel = nullptr;
    QComboBox *m_ownerBox = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_environmentEdit = nullptr;
    QCheckBox *m_foldCheck = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_watch = nullptr;
    QAction *m_unwatch = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_timeline = nullptr;
    QPointer<QAction> m_cleanup;
    QToolBar *m_toolBar = nullptr;
    QTimer *m_minuteTimer = nullptr;
};
