#include "formerror.h"

#include "statestyle.h"

#include <QCoreApplication>
#include <QLabel>

namespace FormError {

QLabel *makeLabel(const QString &objectName)
{
    auto label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorColor(label, true);
    label->hide();
    return label;
}

void show(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void setErrorColor(QWidget *widget, bool error)
{
    // Only the resolved (set) roles override the parent's palette: the rest keeps following it.
    QPalette palette;
    if (error) {
        const QColor color = StateStyle::color(StatusState::Failure, widget->palette());
        palette.setColor(QPalette::WindowText, color);
        palette.setColor(QPalette::Text, color);
    }
    widget->setPalette(palette);
}

QString fieldErrorText(const GitHubError::FieldError &error)
{
    if (!error.message.isEmpty()) {
        //: %1 is GitHub's own (English) message about one field
        return QCoreApplication::translate("FormError", "GitHub says: %1").arg(error.message);
    }
    if (error.code == QLatin1String("missing_field"))
        return QCoreApplication::translate("FormError", "GitHub needs this field.");
    if (error.code == QLatin1String("invalid"))
        return QCoreApplication::translate("FormError", "GitHub says this value is not valid.");
    if (error.code == QLatin1String("missing"))
        return QCoreApplication::translate("FormError", "GitHub cannot find what this refers to.");
    if (error.code == QLatin1String("already_exists"))
        return QCoreApplication::translate("FormError", "GitHub says this already exists.");
    //: %1 is GitHub's error code, e.g. "unprocessable"
    return QCoreApplication::translate("FormError", "GitHub refused this value (%1).")
        .arg(error.code);
}

} // namespace FormError
