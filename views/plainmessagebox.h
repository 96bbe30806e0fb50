#pragma once

#include <QString>

class QMessageBox;

// QMessageBox's informative text as plain text. Qt 6.4 makes that label AutoText with external
// links open: a ref, environment or message from the API holding "<a href=...>" would render
// as a link that opens a browser. Call instead of QMessageBox::setInformativeText.
namespace PlainMessageBox {
void setInformativeText(QMessageBox *box, const QString &text);
}
