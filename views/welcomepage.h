#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The page shown when no repository is open: without a token it offers the demo, signed in it
// asks for a repository.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    enum class Situation {
        NoToken,      // no GH_TOKEN / GITHUB_TOKEN: offer the demo
        NoRepository, // signed in, but no repository chosen yet
    };

    explicit WelcomePage(QWidget *parent = nullptr);

    void setSituation(Situation situation, bool offerDemo);
    Situation situation() const { return m_situation; }
    QPushButton *demoButton() const { return m_demoButton; }
    QPushButton *addRepositoryButton() const { return m_addButton; }
    QPushButton *signInButton() const { return m_signInButton; }

Q_SIGNALS:
    void demoRequested();
    void signInRequested();
    void addRepositoryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Situation m_situation = Situation::NoRepository;
    bool m_offerDemo = true;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_signInButton = nullptr;
};
