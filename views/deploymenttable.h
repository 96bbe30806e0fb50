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
    // Drawn in the middle while the model has no rows and `shown` (e.g. "No deployment matches
    // the filters.", only when there is something the filters hide).
    void setPlaceholderText(const QString &text);
    void setPlaceholderShown(bool shown);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setDefaultColumns();

    QString m_placeholder;
    bool m_placeholderShown = false;
};
