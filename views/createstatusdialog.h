#pragma once

#include "models/githuberror.h"
#include "models/statusstate.h"
#include "writedialog.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Posts a deployment status by hand: state (with each state's colour and icon), description
// (at most 140 characters, counted as GitHub counts them), log and environment URLs (http(s)
// only), environment and auto_inactive with a preview of what a success would mark inactive.
// The dialog never touches the network: it emits statusRequested() and is told the outcome
// through setBusy(), showError() and accept(). On an error everything typed stays.
class CreateStatusDialog : public WriteDialog
{
    Q_OBJECT
public:
    // GitHub keeps at most 140 characters (Unicode code points) of a status description.
    static constexpr int MaxDescriptionLength = 140;

    // What the user asked for (the body of POST .../deployments/{id}/statuses).
    struct Request
    {
        qint64 deploymentId = 0;
        StatusState state = StatusState::Success;
        QString description;
        QUrl logUrl;
        QUrl environmentUrl;
        QString environment; // empty: keep the deployment's environment
        bool autoInactive = true;
    };

    // The deployment the status is for, as the header shows it.
    struct Target
    {
        qint64 id = 0;
        QString ref;
        QString sha;
        QString environment;
    };

    // One deployment a `success` would mark inactive (for the preview sentence).
    struct AffectedDeployment
    {
        qint64 id = 0;
        QString ref;
        QString sha;
    };
    // Which deployments a success on `deploymentId` in `environment` would mark inactive.
    using InactivePreview =
        std::function<QList<AffectedDeployment>(qint64 deploymentId, const QString &environment)>;

    explicit CreateStatusDialog(QWidget *parent = nullptr);
    ~CreateStatusDialog() override;

    void setTarget(const Target &target);
    Target target() const { return m_target; }
    void setKnownEnvironments(const QStringList &environments);
    void setInactivePreview(InactivePreview preview);
    void setState(StatusState state);

    // The request as the form stands now.
    Request request() const;
    // Empty when the form can be submitted; otherwise the first reason why not (translated).
    QString validationProblem() const;
    bool isBusy() const { return m_busy; }

    // Description length as GitHub counts it: Unicode code points (a Hangul syllable or a
    // kanji is one, an emoji outside the BMP is one).
    static int characterCount(const QString &text);
    // True for an absolute http:// or https:// URL with a host; empty text is acceptable too.
    static bool isAcceptableUrl(const QString &text);
    // The environment URL's placeholder: an address such an environment could have
    // ("production": https://example.com, "preview/pr-42": https://pr-42.preview.example.com).
    static QString environmentUrlExample(const QString &environment);

    // For tests and screenshots.
    QComboBox *stateBox() const { return m_stateBox; }
    QLineEdit *descriptionEdit() const { return m_descriptionEdit; }
    QLineEdit *logUrlEdit() const { return m_logUrlEdit; }
    QLineEdit *environmentUrlEdit() const { return m_environmentUrlEdit; }
    QComboBox *environmentBox() const { return m_environmentBox; }
    QCheckBox *autoInactiveBox() const { return m_autoInactiveBox; }
    QLabel *counterLabel() const { return m_counterLabel; }
    QLabel *descriptionErrorLabel() const { return m_descriptionError; }
    QLabel *logUrlErrorLabel() const { return m_logUrlError; }
    QLabel *environmentErrorLabel() const { return m_environmentError; }
    QLabel *environmentUrlErrorLabel() const { return m_environmentUrlError; }
    QLabel *generalErrorLabel() const { return m_generalError; }
    QLabel *previewLabel() const { return m_previewLabel; }

public Q_SLOTS:
    // While busy the form is read-only and Submit is disabled; a progress bar appears only if
    // the request takes longer than a moment.
    void setBusy(bool busy);
    // Shows GitHub's answer inline: a field error next to its field, the rest above the buttons.
    void showError(const GitHubError &error);
    // A problem that is not GitHub's answer (e.g. "a write is running already"), shown above
    // the buttons; also ends the busy state.
    void showProblem(const QString &text);
    void clearErrors();

Q_SIGNALS:
    void statusRequested(const CreateStatusDialog::Request &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void updatePreview();
    void updateEnvironmentUrlExample();
    // Where Submit's failure leaves the focus when Submit cannot be pressed.
    QWidget *firstFieldWithError() const;
    // The environment the status will be for: the one typed, else the deployment's.
    QString chosenEnvironment() const;
    void updateErrors();
    void submit();
    void fillStateBox();

    Target m_target;
    InactivePreview m_preview;
    GitHubError m_serverError;
    QString m_problem;
    QStringList m_serverErrorFields; // fields whose server error the user has not edited since
    bool m_busy = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_stateBox = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QLabel *m_counterLabel = nullptr;
    QLabel *m_descriptionError = nullptr;
    QLabel *m_logUrlLabel = nullptr;
    QLineEdit *m_logUrlEdit = nullptr;
    QLabel *m_logUrlError = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environmentBox = nullptr;
    QLabel *m_environmentError = nullptr;
    QLabel *m_environmentUrlLabel = nullptr;
    QLineEdit *m_environmentUrlEdit = nullptr;
    QLabel *m_environmentUrlError = nullptr;
    QCheckBox *m_autoInactiveBox = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_generalError = nullptr;
};

Q_DECLARE_METATYPE(CreateStatusDialog::Request)
