#pragma once

#include "models/repositoryid.h"

#include <QComboBox>
#include <QStringList>

// The tool bar's repository chooser: the recent repositories (the current one first) and "Add
// Repository…". During the demo it offers the demo's repositories and keeps the user's own
// list untouched.
class RepositoryBox : public QComboBox
{
    Q_OBJECT
public:
    explicit RepositoryBox(QWidget *parent = nullptr);

    // The user's recent repositories, newest first ("owner/name").
    QStringList recentRepositories() const;
    void setRecentRepositories(const QStringList &repositories);
    // Puts `repository` first (at most ten are kept) and shows it as the current one.
    void setCurrentRepository(const RepositoryId &repository);
    void setDemoRepositories(bool demo, const QStringList &repositories = {});
    bool isDemo() const { return m_demo; }

Q_SIGNALS:
    void repositoryChosen(const RepositoryId &repository);
    void addRepositoryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QStringList m_recent;
    QStringList m_savedRecent; // the user's, while the demo runs
    bool m_hasCurrent = false;
    bool m_demo = false;
};
