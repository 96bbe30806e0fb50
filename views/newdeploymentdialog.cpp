#include "newdeploymentdialog.h"

#include "formerror.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QWidget *fieldWithError(QWidget *field, QLabel *error)
{
    auto container = new QWidget;
    container->setObjectName(field->objectName() + QStringLiteral("Field"));
    auto column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    return container;
}

QStringList splitContexts(const QString &text)
{
    QStringList contexts;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString context = part.trimmed();
        if (!context.isEmpty())
            contexts.append(context);
    }
    return contexts;
}

} // namespace

NewDeploymentDialog::NewDeploymentDialog(QWidget *parent)
    : WriteDialog(parent)
{
    setObjectName(QStringLiteral("NewDeploymentDialog"));

    m_refEdit = new QLineEdit;
    m_refEdit->setObjectName(QStringLiteral("refEdit"));
    m_refEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_refError = FormError::makeLabel(QStringLiteral("refError"));

    m_environmentBox = new QComboBox;
    m_environmentBox->setObjectName(QStringLiteral("environmentBox"));
    m_environmentBox->setEditable(true);
    m_environmentBox->setInsertPolicy(QComboBox::NoInsert);
    // A long environment name scrolls in the field instead of widening the dialog.
    m_environmentBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_environmentBox->setMinimumContentsLength(16);
    m_environmentBox->setCurrentText(QStringLiteral("production"));
    m_environmentError = FormError::makeLabel(QStringLiteral("environmentError"));

    m_taskEdit = new QLineEdit(QStringLiteral("deploy"));
    m_taskEdit->setObjectName(QStringLiteral("taskEdit"));
    m_taskError = FormError::makeLabel(QStringLiteral("taskError"));

    m_descriptionEdit = new QLineEdit;
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setClearButtonEnabled(true);
    m_descriptionError = FormError::makeLabel(QStringLiteral("descriptionError"));

    m_payloadEdit = new QPlainTextEdit;
    m_payloadEdit->setObjectName(QStringLiteral("payloadEdit"));
    m_payloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payloadEdit->setTabChangesFocus(true);
    m_payloadEdit->setMinimumHeight(m_payloadEdit->fontMetrics().lineSpacing() * 5);
    m_payloadError = FormError::makeLabel(QStringLiteral("payloadError"));

    m_transientBox = new QCheckBox;
    m_transientBox->setObjectName(QStringLiteral("transientBox"));
    m_productionBox = new QCheckBox;
    m_productionBox->setObjectName(QStringLiteral("productionBox"));
    m_productionBox->setChecked(true);
    m_autoMergeBox = new QCheckBox;
    m_autoMergeBox->setObjectName(QStringLiteral("autoMergeBox"));
    m_autoMergeBox->setChecked(true);

    m_allChecksButton = new QRadioButton;
    m_allChecksButton->setObjectName(QStringLiteral("allChecksButton"));
    m_skipChecksButton = new QRadioButton;
    m_skipChecksButton->setObjectName(QStringLiteral("skipChecksButton"));
    m_onlyChecksButton = new QRadioButton;
    m_onlyChecksButton->setObjectName(QStringLiteral("onlyChecksButton"));
    m_checksGroup = new QButtonGroup(this);
    m_checksGroup->addButton(m_allChecksButton, int(Checks::All));
    m_checksGroup->addButton(m_skipChecksButton, int(Checks::Skip));
    m_checksGroup->addButton(m_onlyChecksButton, int(Checks::Only));
    m_allChecksButton->setChecked(true);
    m_contextsEdit = new QLineEdit;
    m_contextsEdit->setObjectName(QStringLiteral("contextsEdit"));
    m_contextsEdit->setEnabled(false);
    m_contextsError = FormError::makeLabel(QStringLiteral("contextsError"));

    m_noticeLabel = new QLabel;
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setFrameShape(QFrame::StyledPanel);
    m_noticeLabel->setMargin(6);
    m_noticeLabel->hide();
    m_generalError = FormError::makeLabel(QStringLiteral("generalError"));

    connect(buttonBox(), &QDialogButtonBox::accepted, this, &NewDeploymentDialog::submit);

    auto form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_refLabel = new QLabel;
    m_environmentLabel = new QLabel;
    m_taskLabel = new QLabel;
    m_descriptionLabel = new QLabel;
    m_payloadLabel = new QLabel;
    m_optionsLabel = new QLabel;
    m_checksLabel = new QLabel;
    m_refLabel->setBuddy(m_refEdit);
    m_environmentLabel->setBuddy(m_environmentBox);
    m_taskLabel->setBuddy(m_taskEdit);
    m_descriptionLabel->setBuddy(m_descriptionEdit);
    m_payloadLabel->setBuddy(m_payloadEdit);
    m_checksLabel->setBuddy(m_allChecksButton);
    form->addRow(m_refLabel, fieldWithError(m_refEdit, m_refError));
    form->addRow(m_environmentLabel, fieldWithError(m_environmentBox, m_environmentError));
    form->addRow(m_taskLabel, fieldWithError(m_taskEdit, m_taskError));
    form->addRow(m_descriptionLabel, fieldWithError(m_descriptionEdit, m_descriptionError));
    form->addRow(m_payloadLabel, fieldWithError(m_payloadEdit, m_payloadError));
    auto options = new QVBoxLayout;
    options->setSpacing(2);
    options->addWidget(m_productionBox);
    options->addWidget(m_transientBox);
    options->addWidget(m_autoMergeBox);
    form->addRow(m_optionsLabel, options);
    auto checksColumn = new QVBoxLayout;
    checksColumn->setSpacing(2);
    checksColumn->addWidget(m_allChecksButton);
    checksColumn->addWidget(m_skipChecksButton);
    auto onlyRow = new QHBoxLayout;
    onlyRow->addWidget(m_onlyChecksButton);
    onlyRow->addWidget(m_contextsEdit, 1);
    checksColumn->addLayout(onlyRow);
    checksColumn->addWidget(m_contextsError);
    form->addRow(m_checksLabel, checksColumn);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(headerLabel());
    layout->addSpacing(4);
    layout->addLayout(form, 1);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_generalError);
    layout->addWidget(busyIndicator());
    layout->addWidget(buttonBox());

    auto edited = [this](const QString &field) {
        m_serverErrorFields.removeAll(field);
        updateState();
    };
    connect(m_refEdit, &QLineEdit::textChanged, this, [this, edited] {
        // GitHub's 409 and 202 were about the ref that was sent, not about this one.
        if (m_serverError.kind == GitHubError::Kind::Conflict)
            m_serverError = GitHubError();
        m_showMerged = false;
        edited(QStringLiteral("ref"));
    });
    connect(m_taskEdit, &QLineEdit::textChanged, this,
            [edited] { edited(QStringLiteral("task")); });
    connect(m_descriptionEdit, &QLineEdit::textChanged, this,
            [edited] { edited(QStringLiteral("description")); });
    connect(m_payloadEdit, &QPlainTextEdit::textChanged, this,
            [edited] { edited(QStringLiteral("payload")); });
    connect(m_contextsEdit, &QLineEdit::textChanged, this,
            [edited] { edited(QStringLiteral("required_contexts")); });
    connect(m_environmentBox, &QComboBox::currentTextChanged, this,
            [this, edited](const QString &text) {
                // GitHub's default: production_environment is true for "production" only.
                if (!m_productionTouched) {
                    const QSignalBlocker blocker(m_productionBox);
                    m_productionBox->setChecked(text.trimmed() == QLatin1String("production"));
                }
                edited(QStringLiteral("environment"));
            });
    connect(m_productionBox, &QCheckBox::clicked, this, [this] { m_productionTouched = true; });
    connect(m_checksGroup, &QButtonGroup::idToggled, this, [this, edited] {
        m_contextsEdit->setEnabled(!m_busy && checks() == Checks::Only);
        edited(QStringLiteral("required_contexts"));
    });

    retranslateUi();
    m_refEdit->setFocus();
}

NewDeploymentDialog::~NewDeploymentDialog() = default;

QRadioButton *NewDeploymentDialog::checksButton(Checks checks) const
{
    switch (checks) {
    case Checks::All:
        return m_allChecksButton;
    case Checks::Skip:
        return m_skipChecksButton;
    case Checks::Only:
        return m_onlyChecksButton;
    }
    return nullptr;
}

NewDeploymentDialog::Checks NewDeploymentDialog::checks() const
{
    return Checks(m_checksGroup->checkedId());
}

void NewDeploymentDialog::setRepositoryName(const QString &fullName)
{
    m_repositoryName = fullName;
    retranslateUi();
}

void NewDeploymentDialog::setKnownEnvironments(const QStringList &environments)
{
    const QString text = m_environmentBox->currentText();
    const QSignalBlocker blocker(m_environmentBox);
    m_environmentBox->clear();
    m_environmentBox->addItems(environments);
    m_environmentBox->setCurrentText(text);
}

void NewDeploymentDialog::setEnvironment(const QString &environment)
{
    m_environmentBox->setCurrentText(environment);
}

void NewDeploymentDialog::setRef(const QString &ref)
{
    m_refEdit->setText(ref);
}

NewDeploymentDialog::Request NewDeploymentDialog::request() const
{
    Request request;
    request.ref = m_refEdit->text().trimmed();
    request.task = m_taskEdit->text().trimmed();
    request.environment = m_environmentBox->currentText().trimmed();
    request.description = m_descriptionEdit->text().trimmed();
    const QString payload = m_payloadEdit->toPlainText().trimmed();
    if (!payload.isEmpty())
        request.payload = QJsonDocument::fromJson(payload.toUtf8()).object();
    request.autoMerge = m_autoMergeBox->isChecked();
    switch (checks()) {
    case Checks::All:
        break;
    case Checks::Skip:
        request.requiredContexts = QStringList();
        break;
    case Checks::Only:
        request.requiredContexts = splitContexts(m_contextsEdit->text());
        break;
    }
    request.transientEnvironment = m_transientBox->isChecked();
    request.productionEnvironment = m_productionBox->isChecked();
    return request;
}

QString NewDeploymentDialog::payloadProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString before = QString::fromUtf8(utf8.left(error.offset));
        const int line = int(before.count(QLatin1Char('\n'))) + 1;
        const int column =
            int(before.mid(before.lastIndexOf(QLatin1Char('\n')) + 1).toUcs4().size()) + 1;
        //: %1 line, %2 column, %3 Qt's description of the JSON error ("missing comma")
        return tr("Not valid JSON at line %1, column %2: %3")
            .arg(QLocale().toString(line), QLocale().toString(column), error.errorString());
    }
    if (!document.isObject())
        return tr("The payload must be a JSON object, like {\"key\": \"value\"}.");
    return QString();
}

QString NewDeploymentDialog::validationProblem() const
{
    if (m_refEdit->text().trimmed().isEmpty())
        return tr("Enter the branch, tag or commit SHA to deploy.");
    if (m_refEdit->text().trimmed().contains(QLatin1Char(' ')))
        return tr("A ref cannot contain spaces.");
    const QString payload = payloadProblem(m_payloadEdit->toPlainText());
    if (!payload.isEmpty())
        return payload;
    if (checks() == Checks::Only && splitContexts(m_contextsEdit->text()).isEmpty())
        return tr("Name at least one check, or choose another option.");
    return QString();
}

void NewDeploymentDialog::setBusy(bool busy)
{
    setWriteRunning(busy);
    m_busy = busy;
    const QList<QWidget *> inputs = {m_refEdit,          m_environmentBox,  m_taskEdit,
                                     m_descriptionEdit,  m_payloadEdit,     m_transientBox,
                                     m_productionBox,    m_autoMergeBox,    m_allChecksButton,
                                     m_skipChecksButton, m_onlyChecksButton};
    for (QWidget *widget : inputs)
        widget->setEnabled(!busy);
    m_contextsEdit->setEnabled(!busy && checks() == Checks::Only);
    updateState();
}

void NewDeploymentDialog::showError(const GitHubError &error)
{
    m_serverError = error;
    m_problem.clear();
    m_showMerged = false;
    m_serverErrorFields.clear();
    for (const GitHubError::FieldError &fieldError : error.fieldErrors)
        m_serverErrorFields.append(fieldError.field);
    endWriteWithAnswer();
}

void NewDeploymentDialog::showProblem(const QString &text)
{
    m_serverError = GitHubError();
    m_serverErrorFields.clear();
    m_problem = text;
    m_showMerged = false;
    endWriteWithAnswer();
}

void NewDeploymentDialog::showMerged(const QString &githubMessage)
{
    m_serverError = GitHubError();
    m_serverErrorFields.clear();
    m_problem.clear();
    m_mergedMessage = githubMessage;
    m_showMerged = true;
    endWriteWithAnswer();
}

void NewDeploymentDialog::endWriteWithAnswer()
{
    // The fields were read-only while the request ran: the ref now is the ref that was sent.
    m_answeredRef = m_refEdit->text().trimmed();
    setBusy(false);
    updateErrors();
    QWidget *fallback = m_refEdit;
    const std::pair<QWidget *, QLabel *> fields[] = {
        {m_refEdit, m_refError},         {m_environmentBox, m_environmentError},
        {m_taskEdit, m_taskError},       {m_descriptionEdit, m_descriptionError},
        {m_payloadEdit, m_payloadError}, {m_contextsEdit, m_contextsError}};
    for (const auto &[field, error] : fields) {
        if (!error->isHidden()) {
            fallback = field;
            break;
        }
    }
    focusSubmitAfterFailure(fallback);
}

void NewDeploymentDialog::clearErrors()
{
    m_serverError = GitHubError();
    m_serverErrorFields.clear();
    m_problem.clear();
    m_showMerged = false;
    updateErrors();
}

void NewDeploymentDialog::submit()
{
    if (m_busy || !validationProblem().isEmpty())
        return;
    clearErrors();
    Q_EMIT deploymentRequested(request());
}

void NewDeploymentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    WriteDialog::changeEvent(event);
}

void NewDeploymentDialog::retranslateUi()
{
    setWindowTitle(tr("New Deployment"));
    headerLabel()->setText(
        m_repositoryName.isEmpty()
            ? tr("Create a deployment")
            : FormError::wrappable(tr("Create a deployment in %1").arg(m_repositoryName)));
    m_refLabel->setText(tr("&Ref:"));
    m_environmentLabel->setText(tr("&Environment:"));
    m_taskLabel->setText(tr("&Task:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_payloadLabel->setText(tr("&Payload:"));
    m_optionsLabel->setText(tr("Options:"));
    m_checksLabel->setText(tr("Required checks:"));
    m_refEdit->setPlaceholderText(tr("Branch, tag or commit SHA"));
    m_taskEdit->setPlaceholderText(tr("deploy"));
    m_descriptionEdit->setPlaceholderText(tr("Optional"));
    m_payloadEdit->setPlaceholderText(tr("Optional JSON object passed to your deployment tool"));
    m_productionBox->setText(tr("Production environment (people use it)"));
    m_transientBox->setText(tr("Transient environment (goes away when it is inactive)"));
    m_autoMergeBox->setText(tr("Merge the default branch into the ref first"));
    m_autoMergeBox->setToolTip(tr("GitHub's auto_merge: if the ref is behind the default "
                                  "branch, GitHub merges it instead of creating the deployment."));
    m_allChecksButton->setText(tr("All of the repository's checks must pass"));
    m_skipChecksButton->setText(tr("Skip checks"));
    m_onlyChecksButton->setText(tr("Only these:"));
    m_contextsEdit->setPlaceholderText(tr("ci/build, ci/test"));
    submitButton()->setText(tr("&Create Deployment"));
    updateState();
}

void NewDeploymentDialog::updateState()
{
    updateErrors();
    const QString problem = validationProblem();
    submitButton()->setEnabled(!m_busy && problem.isEmpty());
    submitButton()->setToolTip(m_busy ? tr("The deployment is being created.") : problem);
}

void NewDeploymentDialog::updateErrors()
{
    QStringList unplaced;
    QString ref, environment, task, description, payload, contexts;
    for (const GitHubError::FieldError &fieldError : std::as_const(m_serverError.fieldErrors)) {
        if (!m_serverErrorFields.contains(fieldError.field))
            continue;
        const QString text = FormError::fieldErrorText(fieldError);
        if (fieldError.field == QLatin1String("ref"))
            ref = text;
        else if (fieldError.field == QLatin1String("environment"))
            environment = text;
        else if (fieldError.field == QLatin1String("task"))
            task = text;
        else if (fieldError.field == QLatin1String("description"))
            description = text;
        else if (fieldError.field == QLatin1String("payload"))
            payload = text;
        else if (fieldError.field == QLatin1String("required_contexts"))
            contexts = text;
        else
            unplaced.append(text);
    }
    const QString typedPayload = payloadProblem(m_payloadEdit->toPlainText());
    if (!typedPayload.isEmpty())
        payload = typedPayload;
    if (m_refEdit->text().trimmed().contains(QLatin1Char(' ')))
        ref = tr("A ref cannot contain spaces.");

    // A message under a field that cannot be edited now (the check names while "Only these" is
    // not chosen) would point nowhere: it goes above the buttons instead.
    const auto place = [&unplaced](QLabel *label, QWidget *field, const QString &text) {
        const bool editable = field->isEnabled() || text.isEmpty();
        FormError::show(label, editable ? text : QString());
        if (!editable)
            unplaced.append(text);
    };
    place(m_refError, m_refEdit, ref);
    place(m_environmentError, m_environmentBox, environment);
    place(m_taskError, m_taskEdit, task);
    place(m_descriptionError, m_descriptionEdit, description);
    place(m_payloadError, m_payloadEdit, payload);
    place(m_contextsError, m_contextsEdit, contexts);

    const QString refName = m_answeredRef;
    QString general;
    if (m_serverError.kind == GitHubError::Kind::Conflict) {
        const bool checksFailed =
            m_serverError.message.contains(QLatin1String("check"), Qt::CaseInsensitive) ||
            m_serverError.message.contains(QLatin1String("status"), Qt::CaseInsensitive);
        if (checksFailed) {
            general = tr("Checks failed: GitHub did not create the deployment because the "
                         "checks of %1 have not all passed. Wait for them or fix them, or "
                         "choose \"Skip checks\" to deploy anyway.")
                          .arg(refName);
        } else {
            general = tr("GitHub could not merge the default branch into %1 (a merge "
                         "conflict), so it did not create the deployment. Resolve the conflict, "
                         "or turn off \"Merge the default branch into the ref first\".")
                          .arg(refName);
        }
        if (!m_serverError.message.isEmpty())
            general += QLatin1Char('\n') + tr("GitHub says: %1").arg(m_serverError.message);
    } else if (m_serverError.isError()) {
        const bool placedSome = m_serverError.fieldErrors.size() > unplaced.size();
        if (placedSome && unplaced.isEmpty())
            general = tr("GitHub refused the deployment. See the messages next to the fields.");
        else if (placedSome)
            general = tr("GitHub refused the deployment: %1").arg(unplaced.join(QLatin1Char(' ')));
        else
            general = m_serverError.toDisplayString();
    } else if (!unplaced.isEmpty()) {
        general = unplaced.join(QLatin1Char(' '));
    }
    if (!m_problem.isEmpty())
        general = m_problem;
    FormError::show(m_generalError, general);

    if (m_showMerged) {
        QString notice =
            tr("GitHub merged the default branch into %1 instead of creating a deployment, "
               "because %1 was behind it. Nothing was deployed. Once the merge commit has "
               "passed its checks, create the deployment again.")
                .arg(refName);
        if (!m_mergedMessage.isEmpty())
            notice += QLatin1Char('\n') + tr("GitHub says: %1").arg(m_mergedMessage);
        m_noticeLabel->setText(FormError::wrappable(notice));
    }
    m_noticeLabel->setVisible(m_showMerged);
}
