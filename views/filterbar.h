#pragma once

#include "models/statusstate.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QMenu;
class QPushButton;

// The bar above the timeline and the table that filters them: environment, states and text.
// It only says what the user chose (filtersChanged); the window applies it to the proxy.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The environments offered (in lane order); the chosen one stays even when not listed.
    void setEnvironments(const QStringList &environments);
    QString environment() const; // empty: all
    void setEnvironment(const QString &environment);
    QList<StatusState> states() const; // empty: all
    void setStates(const QList<StatusState> &states);
    QString text() const;
    void setText(const QString &text);
    void focusText();

    // Stable codes for saving the state filter in settings.
    static QString stateCode(StatusState state);
    static std::optional<StatusState> stateFromCode(const QString &code);

    QComboBox *environmentBox() const { return m_environmentBox; }
    QPushButton *stateButton() const { return m_stateButton; }
    QLineEdit *textEdit() const { return m_textEdit; }

Q_SIGNALS:
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStateButton();
    void updateIcons();

    QComboBox *m_environmentBox = nullptr;
    QPushButton *m_stateButton = nullptr;
    QMenu *m_stateMenu = nullptr;
    QList<QAction *> m_stateActions;
    QAction *m_clearStates = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QStringList m_environments;
};
