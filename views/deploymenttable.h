#pragma once

#include <QTableView>

// The deployments table: sortable, several rows selectable, the state drawn by StatusDelegate,
// and the columns whose every value matters (state, short SHA, relative times) as wide as the
// UI language needs, with Created and Latest status early enough to be seen at 1280x800.
class DeploymentTable : public QTableView
{
    Q_OBJECT
public:
    explicit DeploymentTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Widens the fitted columns for the current language; a user's wider column stays.
    void fitColumns();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setDefaultColumns();
};
