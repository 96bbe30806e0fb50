#pragma once

#include "models/githuberror.h"

#include <QString>

class QLabel;
class QWidget;

// Inline error labels for the dialogs' forms: red, plain text, word-wrapped, hidden when empty,
// and GitHub's 422 field errors turned into a sentence.
namespace FormError {

QLabel *makeLabel(const QString &objectName);
// Shows `text` in `label`, or hides the label when `text` is empty.
void show(QLabel *label, const QString &text);
// Paints `widget`'s text in the error colour (or back in the normal one).
void setErrorColor(QWidget *widget, bool error);
// "GitHub says: description is too long (maximum is 140 characters)", or a translated sentence
// for GitHub's `code` when it sent no message.
QString fieldErrorText(const GitHubError::FieldError &error);

} // namespace FormError
