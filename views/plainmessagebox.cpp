#include "plainmessagebox.h"

#include <QLabel>
#include <QMessageBox>

namespace PlainMessageBox {

void setInformativeText(QMessageBox *box, const QString &text)
{
    box->setInformativeText(text); // creates the label (qt_msgbox_informativelabel)
    for (QLabel *label :
         box->findChildren<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setText(text);
    }
}

} // namespace PlainMessageBox
