#include "createstatusdialog.h"

#include "formerror.h"
#include "statestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// A field and the line(s) under it: its error, and for the description the counter.
QWidget *fieldWithNotes(QWidget *field, QLabel *error, QLabel *counter = nullptr)
{
    auto container = new QWidget;
    container->setObjectName(field->objectName() + QStringLiteral("Field"));
    auto column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    if (counter) {
        auto row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(error, 1);
        row->addWidget(counter, 0, Qt::AlignRight | Qt::AlignTop);
        column->addLayout(row);
    } else {
        column->addWidget(error);
    }
    return container;
}

} // namespace

CreateStatusDialog::CreateStatusDialog(QWidget *parent)
    : WriteDialog(parent)
{
    setObjectName(QStringLiteral("CreateStatusDialog"));

    m_stateBox = new QComboBox;
    m_stateBox->setObjectName(QStringLiteral("stateBox"));
    m_stateBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillStateBox();

    m_descriptionEdit = new QLineEdit;
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setClearButtonEnabled(true);
    m_descriptionEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_counterLabel = new QLabel;
    m_counterLabel->setObjectName(QStringLiteral("counterLabel"));
    m_counterLabel->setTextFormat(Qt::PlainText);
    m_descriptionError = FormError::makeLabel(QStringLiteral("descriptionError"));

    m_logUrlEdit = new QLineEdit;
    m_logUrlEdit->setObjectName(QStringLiteral("logUrlEdit"));
    m_logUrlEdit->setClearButtonEnabled(true);
    m_logUrlError = FormError::makeLabel(QStringLiteral("logUrlError"));

    m_environmentBox = new QComboBox;
    m_environmentBox->setObjectName(QStringLiteral("environmentBox"));
    m_environmentBox->setEditable(true);
    m_environmentBox->setInsertPolicy(QComboBox::NoInsert);
    // A long environment name scrolls in the field instead of widening the dialog.
    m_environmentBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_environmentBox->setMinimumContentsLength(16);
    m_environmentError = FormError::makeLabel(QStringLiteral("environmentError"));

    m_environmentUrlEdit = new QLineEdit;
    m_environmentUrlEdit->setObjectName(QStringLiteral("environmentUrlEdit"));
    m_environmentUrlEdit->setClearButtonEnabled(true);
    m_environmentUrlError = FormError::makeLabel(QStringLiteral("environmentUrlError"));

    m_autoInactiveBox = new QCheckBox;
    m_autoInactiveBox->setObjectName(QStringLiteral("autoInactiveBox"));
    m_autoInactiveBox->setChecked(true);
    m_previewLabel = new QLabel;
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setForegroundRole(QPalette::PlaceholderText);

    m_generalError = FormError::makeLabel(QStringLiteral("generalError"));

    connect(buttonBox(), &QDialogButtonBox::accepted, this, &CreateStatusDialog::submit);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_stateLabel = new QLabel;
    m_descriptionLabel = new QLabel;
    m_logUrlLabel = new QLabel;
    m_environmentLabel = new QLabel;
    m_environmentUrlLabel = new QLabel;
    m_stateLabel->setBuddy(m_stateBox);
    m_descriptionLabel->setBuddy(m_descriptionEdit);
    m_logUrlLabel->setBuddy(m_logUrlEdit);
    m_environmentLabel->setBuddy(m_environmentBox);
    m_environmentUrlLabel->setBuddy(m_environmentUrlEdit);
    m_form->addRow(m_stateLabel, m_stateBox);
    m_form->addRow(m_descriptionLabel,
                   fieldWithNotes(m_descriptionEdit, m_descriptionError, m_counterLabel));
    m_form->addRow(m_logUrlLabel, fieldWithNotes(m_logUrlEdit, m_logUrlError));
    m_form->addRow(m_environmentLabel, fieldWithNotes(m_environmentBox, m_environmentError));
    m_form->addRow(m_environmentUrlLabel,
                   fieldWithNotes(m_environmentUrlEdit, m_environmentUrlError));
    auto inactiveColumn = new QVBoxLayout;
    inactiveColumn->setSpacing(2);
    inactiveColumn->addWidget(m_autoInactiveBox);
    inactiveColumn->addWidget(m_previewLabel);
    m_form->addRow(QString(), inactiveColumn);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(headerLabel());
    layout->addSpacing(4);
    layout->addLayout(m_form);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    layout->addWidget(busyIndicator());
    layout->addWidget(buttonBox());

    auto edited = [this](const QString &field) {
        m_serverErrorFields.removeAll(field);
        updateState();
    };
    connect(m_descriptionEdit, &QLineEdit::textChanged, this,
            [edited] { edited(QStringLiteral("description")); });
    connect(m_logUrlEdit, &QLineEdit::textChanged, this,
            [edited] { edited(QStringLiteral("log_url")); });
    connect(m_environmentUrlEdit, &QLineEdit::textChanged, this,
            [edited] { edited(QStringLiteral("environment_url")); });
    connect(m_environmentBox, &QComboBox::currentTextChanged, this, [this, edited] {
        edited(QStringLiteral("environment"));
        updatePreview();
        updateEnvironmentUrlExample();
    });
    connect(m_stateBox, &QComboBox::currentIndexChanged, this, [this, edited] {
        edited(QStringLiteral("state"));
        updatePreview();
    });
    connect(m_autoInactiveBox, &QCheckBox::toggled, this, [this, edited] {
        edited(QStringLiteral("auto_inactive"));
        updatePreview();
    });

    setState(StatusState::Success);
    retranslateUi();
    m_descriptionEdit->setFocus();
}

CreateStatusDialog::~CreateStatusDialog() = default;

void CreateStatusDialog::fillStateBox()
{
    const QVariant current = m_stateBox->currentData();
    const QSignalBlocker blocker(m_stateBox);
    m_stateBox->clear();
    for (StatusState state : StatusStates::postable())
        m_stateBox->addItem(StateStyle::icon(state, palette()), StateStyle::displayName(state),
                            QVariant::fromValue(state));
    const int index = current.isValid() ? m_stateBox->findData(current) : -1;
    m_stateBox->setCurrentIndex(index >= 0 ? index : 0);
}

void CreateStatusDialog::setTarget(const Target &target)
{
    m_target = target;
    if (m_environmentBox->currentText().isEmpty() ||
        m_environmentBox->findText(target.environment) >= 0 || m_environmentBox->count() == 0)
        m_environmentBox->setCurrentText(target.environment);
    retranslateUi();
}

void CreateStatusDialog::setKnownEnvironments(const QStringList &environments)
{
    const QString text = m_environmentBox->currentText();
    const QSignalBlocker blocker(m_environmentBox);
    m_environmentBox->clear();
    m_environmentBox->addItems(environments);
    m_environmentBox->setCurrentText(text.isEmpty() ? m_target.environment : text);
    updatePreview();
}

void CreateStatusDialog::setInactivePreview(InactivePreview preview)
{
    m_preview = std::move(preview);
    updatePreview();
}

void CreateStatusDialog::setState(StatusState state)
{
    const int index = m_stateBox->findData(QVariant::fromValue(state));
    if (index >= 0)
        m_stateBox->setCurrentIndex(index);
}

CreateStatusDialog::Request CreateStatusDialog::request() const
{
    Request request;
    request.deploymentId = m_target.id;
    request.state = m_stateBox->currentData().value<StatusState>();
    request.description = m_descriptionEdit->text().trimmed();
    const QString logUrl = m_logUrlEdit->text().trimmed();
    if (!logUrl.isEmpty())
        request.logUrl = QUrl(logUrl, QUrl::StrictMode);
    const QString environmentUrl = m_environmentUrlEdit->text().trimmed();
    if (!environmentUrl.isEmpty())
        request.environmentUrl = QUrl(environmentUrl, QUrl::StrictMode);
    const QString environment = m_environmentBox->currentText().trimmed();
    if (environment != m_target.environment)
        request.environment = environment;
    request.autoInactive = m_autoInactiveBox->isChecked();
    return request;
}

int CreateStatusDialog::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

bool CreateStatusDialog::isAcceptableUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

QString CreateStatusDialog::validationProblem() const
{
    const int over = characterCount(m_descriptionEdit->text().trimmed()) - MaxDescriptionLength;
    if (over > 0)
        return tr("The description is %n character(s) longer than GitHub allows (%1).", nullptr,
                  over)
            .arg(QLocale().toString(MaxDescriptionLength));
    if (!isAcceptableUrl(m_logUrlEdit->text()))
        return tr("The log URL must be a full web address starting with http:// or https://.");
    if (!isAcceptableUrl(m_environmentUrlEdit->text()))
        return tr("The environment URL must be a full web address starting with http:// or "
                  "https://.");
    if (m_target.id == 0)
        return tr("No deployment is selected.");
    return QString();
}

void CreateStatusDialog::setBusy(bool busy)
{
    setWriteRunning(busy);
    m_busy = busy;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_stateBox), static_cast<QWidget *>(m_descriptionEdit),
          static_cast<QWidget *>(m_logUrlEdit), static_cast<QWidget *>(m_environmentBox),
          static_cast<QWidget *>(m_environmentUrlEdit), static_cast<QWidget *>(m_autoInactiveBox)})
        widget->setEnabled(!busy);
    updateState();
}

void CreateStatusDialog::showError(const GitHubError &error)
{
    m_problem.clear();
    m_serverError = error;
    m_serverErrorFields.clear();
    for (const GitHubError::FieldError &fieldError : error.fieldErrors)
        m_serverErrorFields.append(fieldError.field);
    setBusy(false);
    updateErrors();
    focusSubmitAfterFailure(firstFieldWithError());
}

void CreateStatusDialog::showProblem(const QString &text)
{
    m_serverError = GitHubError();
    m_serverErrorFields.clear();
    m_problem = text;
    setBusy(false);
    updateErrors();
    focusSubmitAfterFailure(firstFieldWithError());
}

QWidget *CreateStatusDialog::firstFieldWithError() const
{
    const std::pair<QWidget *, QLabel *> fields[] = {{m_descriptionEdit, m_descriptionError},
                                                     {m_logUrlEdit, m_logUrlError},
                                                     {m_environmentBox, m_environmentError},
                                                     {m_environmentUrlEdit, m_environmentUrlError}};
    for (const auto &[field, error] : fields) {
        if (!error->isHidden())
            return field;
    }
    return m_descriptionEdit;
}

void CreateStatusDialog::clearErrors()
{
    m_problem.clear();
    m_serverError = GitHubError();
    m_serverErrorFields.clear();
    updateErrors();
}

void CreateStatusDialog::submit()
{
    if (m_busy || !validationProblem().isEmpty())
        return;
    clearErrors();
    Q_EMIT statusRequested(request());
}

void CreateStatusDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        fillStateBox();
    WriteDialog::changeEvent(event);
}

void CreateStatusDialog::retranslateUi()
{
    setWindowTitle(tr("New Deployment Status"));
    if (m_target.id != 0) {
        //: %1 deployment number, %2 ref, %3 short SHA, %4 environment
        headerLabel()->setText(
            FormError::wrappable(tr("Deployment #%1 of %2 (%3) to %4")
                                     .arg(QString::number(m_target.id), m_target.ref,
                                          m_target.sha.left(7), m_target.environment)));
    } else {
        headerLabel()->setText(tr("No deployment selected"));
    }
    m_stateLabel->setText(tr("&State:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_logUrlLabel->setText(tr("&Log URL:"));
    m_environmentLabel->setText(tr("&Environment:"));
    m_environmentUrlLabel->setText(tr("Environment &URL:"));
    m_descriptionEdit->setPlaceholderText(tr("What happened, in a sentence"));
    m_logUrlEdit->setPlaceholderText(tr("https://ci.example.com/builds/1234"));
    m_environmentBox->lineEdit()->setPlaceholderText(tr("Keep the deployment's environment"));
    m_autoInactiveBox->setText(tr("Mark earlier deployments in this environment &inactive"));
    m_autoInactiveBox->setToolTip(
        tr("GitHub's auto_inactive: a success status marks earlier non-production, "
           "non-transient deployments of the same environment inactive."));
    submitButton()->setText(tr("&Post Status"));
    for (int i = 0; i < m_stateBox->count(); ++i)
        m_stateBox->setItemText(
            i, StateStyle::displayName(m_stateBox->itemData(i).value<StatusState>()));
    updateState();
    updatePreview();
    updateEnvironmentUrlExample();
}

QString CreateStatusDialog::chosenEnvironment() const
{
    const QString environment = m_environmentBox->currentText().trimmed();
    return environment.isEmpty() ? m_target.environment : environment;
}

QString CreateStatusDialog::environmentUrlExample(const QString &environment)
{
    // "preview/pr-42" -> "pr-42.preview", "Staging EU" -> "staging-eu": host names, innermost
    // part first, as such environments are usually published.
    QStringList hostLabels;
    const QStringList parts = environment.toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (auto part = parts.crbegin(); part != parts.crend(); ++part) {
        QString label;
        for (const QChar c : *part) {
            const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                                 (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
            if (allowed)
                label.append(c);
            else if (!label.isEmpty() && !label.endsWith(QLatin1Char('-')))
                label.append(QLatin1Char('-'));
        }
        while (label.endsWith(QLatin1Char('-')))
            label.chop(1);
        if (!label.isEmpty())
            hostLabels.append(label);
    }
    const bool production =
        hostLabels.size() == 1 && (hostLabels.first() == QLatin1String("production") ||
                                   hostLabels.first() == QLatin1String("prod"));
    if (hostLabels.isEmpty() || production) {
        //: placeholder of the environment URL field for production (an example address)
        return tr("https://example.com");
    }
    //: placeholder of the environment URL field: %1 is the environment as host names, e.g.
    //: "pr-42.preview" for the environment preview/pr-42
    return tr("https://%1.example.com").arg(hostLabels.join(QLatin1Char('.')));
}

void CreateStatusDialog::updateEnvironmentUrlExample()
{
    m_environmentUrlEdit->setPlaceholderText(environmentUrlExample(chosenEnvironment()));
}

void CreateStatusDialog::updateState()
{
    const int count = characterCount(m_descriptionEdit->text().trimmed());
    const QLocale locale;
    //: description length counter, e.g. "12/140"
    m_counterLabel->setText(
        tr("%1/%2").arg(locale.toString(count), locale.toString(MaxDescriptionLength)));
    FormError::setErrorColor(m_counterLabel, count > MaxDescriptionLength);
    updateErrors();
    const QString problem = validationProblem();
    submitButton()->setEnabled(!m_busy && problem.isEmpty());
    submitButton()->setToolTip(m_busy ? tr("The status is being posted.") : problem);
}

void CreateStatusDialog::updateErrors()
{
    QStringList unplaced;
    QString description, logUrl, environment, environmentUrl;
    for (const GitHubError::FieldError &fieldError : std::as_const(m_serverError.fieldErrors)) {
        if (!m_serverErrorFields.contains(fieldError.field))
            continue;
        const QString text = FormError::fieldErrorText(fieldError);
        if (fieldError.field == QLatin1String("description"))
            description = text;
        else if (fieldError.field == QLatin1String("log_url") ||
                 fieldError.field == QLatin1String("target_url"))
            logUrl = text;
        else if (fieldError.field == QLatin1String("environment"))
            environment = text;
        else if (fieldError.field == QLatin1String("environment_url"))
            environmentUrl = text;
        else
            unplaced.append(text);
    }

    // Live checks of what is typed now come first; GitHub's verdict on the last submission next.
    const int over = characterCount(m_descriptionEdit->text().trimmed()) - MaxDescriptionLength;
    if (over > 0)
        description = tr("%n character(s) too long: GitHub keeps at most %1.", nullptr, over)
                          .arg(QLocale().toString(MaxDescriptionLength));
    if (!isAcceptableUrl(m_logUrlEdit->text()))
        logUrl = tr("Enter a full address starting with http:// or https://.");
    if (!isAcceptableUrl(m_environmentUrlEdit->text()))
        environmentUrl = tr("Enter a full address starting with http:// or https://.");

    FormError::show(m_descriptionError, description);
    FormError::show(m_logUrlError, logUrl);
    FormError::show(m_environmentError, environment);
    FormError::show(m_environmentUrlError, environmentUrl);

    QString general;
    if (m_serverError.isError()) {
        const bool placedSome = m_serverError.fieldErrors.size() > unplaced.size();
        if (placedSome && unplaced.isEmpty())
            general = tr("GitHub refused the status. See the messages next to the fields.");
        else if (placedSome)
            general = tr("GitHub refused the status: %1").arg(unplaced.join(QLatin1Char(' ')));
        else
            general = m_serverError.toDisplayString();
    }
    if (!m_problem.isEmpty())
        general = m_problem;
    FormError::show(m_generalError, general);
}

void CreateStatusDialog::updatePreview()
{
    const auto state = m_stateBox->currentData().value<StatusState>();
    const QString environment = chosenEnvironment();
    QString text;
    if (state != StatusState::Success) {
        text = tr("Only a success status marks earlier deployments inactive.");
    } else if (!m_autoInactiveBox->isChecked()) {
        text = tr("Earlier deployments stay as they are.");
    } else if (m_preview) {
        const QList<AffectedDeployment> affected = m_preview(m_target.id, environment);
        if (affected.isEmpty()) {
            text = tr("No earlier deployment in %1 would be marked inactive.").arg(environment);
        } else {
            constexpr int shown = 5;
            QStringList items;
            for (int i = 0; i < affected.size() && i < shown; ++i) {
                //: one deployment in a list: %1 number, %2 ref, %3 short SHA
                items.append(tr("#%1 (%2, %3)")
                                 .arg(QString::number(affected.at(i).id), affected.at(i).ref,
                                      affected.at(i).sha.left(7)));
            }
            if (affected.size() > shown)
                items.append(tr("%n more", nullptr, int(affected.size()) - shown));
            text = tr("Marks %n deployment(s) inactive: %1", nullptr, int(affected.size()))
                       .arg(QLocale().createSeparatedList(items));
        }
    } else {
        text = tr("A success marks earlier non-production deployments in %1 inactive.")
                   .arg(environment);
    }
    m_previewLabel->setText(FormError::wrappable(text));
}
