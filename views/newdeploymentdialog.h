#pragma once

#include "models/githuberror.h"
#include "writedialog.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// Creates a deployment: ref, environment, task, description, a JSON payload checked as it is
// typed, transient/production flags, auto-merge and the required checks ("skip checks" sends
// an empty list). GitHub's 202 (it merged the default branch instead) and 409 (failing checks,
// merge conflict) are explained in words. The dialog never touches the network: it emits
// deploymentRequested() and hears back through setBusy(), showError(), showMerged(), accept().
class NewDeploymentDialog : public WriteDialog
{
    Q_OBJECT
public:
    // The body of POST /repos/{owner}/{repo}/deployments as the user filled it in.
    struct Request
    {
        QString ref;
        QString task;
        QString environment;
        QString description;
        QJsonValue payload = QJsonValue::Undefined; // Undefined: no payload
        bool autoMerge = true;
        std::optional<QStringList> requiredContexts; // nullopt: every check; empty: skip
        bool transientEnvironment = false;
        bool productionEnvironment = false;
    };

    enum class Checks { All, Skip, Only };

    explicit NewDeploymentDialog(QWidget *parent = nullptr);
    ~NewDeploymentDialog() override;

    void setRepositoryName(const QString &fullName);
    void setKnownEnvironments(const QStringList &environments);
    void setEnvironment(const QString &environment);
    void setRef(const QString &ref);

    Request request() const;
    // Empty when the form can be submitted; otherwise the first reason why not (translated).
    QString validationProblem() const;
    // Empty when `text` is empty or a JSON object; otherwise a translated message with the
    // position of the problem.
    static QString payloadProblem(const QString &text);
    bool isBusy() const { return m_busy; }

    // For tests and screenshots.
    QLineEdit *refEdit() const { return m_refEdit; }
    QComboBox *environmentBox() const { return m_environmentBox; }
    QLineEdit *taskEdit() const { return m_taskEdit; }
    QLineEdit *descriptionEdit() const { return m_descriptionEdit; }
    QPlainTextEdit *payloadEdit() const { return m_payloadEdit; }
    QCheckBox *transientBox() const { return m_transientBox; }
    QCheckBox *productionBox() const { return m_productionBox; }
    QCheckBox *autoMergeBox() const { return m_autoMergeBox; }
    QRadioButton *checksButton(Checks checks) const;
    QLineEdit *contextsEdit() const { return m_contextsEdit; }
    QLabel *payloadErrorLabel() const { return m_payloadError; }
    QLabel *generalErrorLabel() const { return m_generalError; }
    QLabel *noticeLabel() const { return m_noticeLabel; }

public Q_SLOTS:
    void setBusy(bool busy);
    // 409 and 422 explained inline; the dialog stays open with everything typed. A 409's
    // explanation is about the ref that was sent: editing the ref takes it away.
    void showError(const GitHubError &error);
    // A problem that is not GitHub's answer, shown above the buttons; also ends the busy state.
    void showProblem(const QString &text);
    // GitHub answered 202: it merged the default branch into the ref and made no deployment.
    // Like a 409's explanation, the notice goes when the ref is edited.
    void showMerged(const QString &githubMessage);
    void clearErrors();

Q_SIGNALS:
    void deploymentRequested(const NewDeploymentDialog::Request &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void updateErrors();
    void submit();
    void endWriteWithAnswer();
    Checks checks() const;

    GitHubError m_serverError;
    QStringList m_serverErrorFields;
    QString m_problem;
    QString m_answeredRef; // the ref GitHub's last answer was about
    QString m_mergedMessage;
    bool m_showMerged = false;
    bool m_productionTouched = false;
    bool m_busy = false;
    QString m_repositoryName;

    QLabel *m_refLabel = nullptr;
    QLineEdit *m_refEdit = nullptr;
    QLabel *m_refError = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environmentBox = nullptr;
    QLabel *m_environmentError = nullptr;
    QLabel *m_taskLabel = nullptr;
    QLineEdit *m_taskEdit = nullptr;
    QLabel *m_taskError = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QLabel *m_descriptionError = nullptr;
    QLabel *m_payloadLabel = nullptr;
    QPlainTextEdit *m_payloadEdit = nullptr;
    QLabel *m_payloadError = nullptr;
    QLabel *m_optionsLabel = nullptr;
    QCheckBox *m_transientBox = nullptr;
    QCheckBox *m_productionBox = nullptr;
    QCheckBox *m_autoMergeBox = nullptr;
    QLabel *m_checksLabel = nullptr;
    QButtonGroup *m_checksGroup = nullptr;
    QRadioButton *m_allChecksButton = nullptr;
    QRadioButton *m_skipChecksButton = nullptr;
    QRadioButton *m_onlyChecksButton = nullptr;
    QLineEdit *m_contextsEdit = nullptr;
    QLabel *m_contextsError = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_generalError = nullptr;
};

Q_DECLARE_METATYPE(NewDeploymentDialog::Request)
