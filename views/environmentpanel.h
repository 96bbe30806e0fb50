#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;
class QModelIndex;

// The environments column: a caption over the list of environments (EnvironmentModel, drawn by
// EnvironmentDelegate). A click or Enter on one asks for its live deployment; filtering by
// environment is the filter bar's.
class EnvironmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentPanel(QAbstractItemModel *environments, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    // Marks `row` (of the model) as the selected deployment's environment; -1 marks none.
    void setCurrentRow(int row);

Q_SIGNALS:
    void environmentActivated(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_caption = nullptr;
    QListView *m_list = nullptr;
};
