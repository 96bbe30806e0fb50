#pragma once

#include "models/githuberror.h"

#include <QString>

class QLabel;
class QWidget;

// Inline error labels for the dialogs' forms: red, plain text, word-wrapped, hidden when empty,
// and GitHub's 422 field errors turned into a sentence.
namespace FormError {

// A red, selectable, word-wrapped label, hidden until show() gives it a text. What is copied
// from it is the text as given (without the breaks wrappable() added).
QLabel *makeLabel(const QString &objectName);
// Shows wrappable(`text`) in `label`, or hides the label when `text` is empty.
void show(QLabel *label, const QString &text);
// `text` with invisible line-break opportunities (U+200B) inside long unbroken runs such as
// URLs and branch names, so that a word-wrapped label wraps them instead of growing wider than
// the dialog (or the screen). Runs of Han, kana and Hangul are left alone: they wrap anyway.
QString wrappable(const QString &text);
// `text` without the break opportunities wrappable() added.
QString unwrappable(const QString &text);
// Paints `widget`'s text in the error colour (or back in the normal one).
void setErrorColor(QWidget *widget, bool error);
// "GitHub says: description is too long (maximum is 140 characters)", or a translated sentence
// for GitHub's `code` when it sent no message.
QString fieldErrorText(const GitHubError::FieldError &error);

} // namespace FormError
