#pragma once

#include "models/repositorylistmodel.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;

// File > Add Repository: the account's repositories and the recent ones, narrowed as one types
// (owner or name). A typed OWNER/REPO that is not in the list is checked by the app first
// (checkRequested(), then showChecked() or showNotFound()); the dialog never touches the
// network. Read-only repositories are marked; Remove takes one off the list.
class RepositoryPicker : public QDialog
{
    Q_OBJECT
public:
    // `model` stays the caller's; the picker shows it through a filter.
    explicit RepositoryPicker(RepositoryListModel *model, QWidget *parent = nullptr);

    // Open (File > Add Repository, the default): choosing opens it, and "Also watch on the
    // Overview" adds it to the board as well. Watch (the Overview's Watch Repository…):
    // choosing only adds it to the board.
    enum class Purpose { Open, Watch };
    void setPurpose(Purpose purpose);
    Purpose purpose() const { return m_purpose; }
    // Open: whether "Also watch on the Overview" is ticked; Watch: always.
    bool watchRequested() const;

    // The account's list is loading / failed to load (the recent ones are there regardless).
    void setLoading(bool loading);
    void showListProblem(const QString &text);

    // --- the answer to checkRequested() ---
    // The repository exists: it is added on top and chosen.
    void showChecked(const RepositoryEntry &entry);
    // 404: "not found, or this account cannot see it".
    void showNotFound(const RepositoryId &id);
    void showProblem(const QString &text);

    bool isChecking() const { return m_checking; }
    // What was chosen (valid after accepted()).
    RepositoryEntry chosen() const { return m_chosen; }
    // Whether the choice was a typed name just checked with GET /repos (by this account).
    bool chosenWasChecked() const { return m_chosenWasChecked; }
    QString problem() const { return m_problem; }

    // For tests and screenshots.
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QListView *listView() const { return m_list; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QPushButton *openButton() const { return m_openButton; }
    QCheckBox *watchCheckBox() const { return m_watchCheck; }
    QPushButton *removeButton() const { return m_removeButton; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QLabel *problemLabel() const { return m_problemLabel; }

Q_SIGNALS:
    void checkRequested(const RepositoryId &id);
    void repositoryChosen(const RepositoryEntry &entry);
    // After the row went from the model (save the recent and hidden lists).
    void repositoryRemoved(const RepositoryId &id);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    void onFilterChanged(const QString &text);
    void updateButtons();
    void updateStatus();
    void openCurrent();
    void removeCurrent();
    void choose(const RepositoryEntry &entry);
    void setChecking(bool checking);
    // The typed text as a repository when it is one and not in the list.
    std::optional<RepositoryId> typedRepository() const;

    RepositoryListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    RepositoryEntry m_chosen;
    bool m_chosenWasChecked = false;
    Purpose m_purpose = Purpose::Open;
    QCheckBox *m_watchCheck = nullptr;
    QString m_problem;
    QString m_listProblem;
    bool m_loading = false;
    bool m_checking = false;

    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_openButton = nullptr;
};
