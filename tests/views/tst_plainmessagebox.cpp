// QMessageBox's informative text holds API text (refs, environments): shown as plain text,
// never as a link that opens a browser.
#include "views/plainmessagebox.h"

#include <QLabel>
#include <QMessageBox>
#include <QTest>

class PlainMessageBoxTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void informativeTextIsPlain();
};

void PlainMessageBoxTest::informativeTextIsPlain()
{
    // Given API text that looks like HTML with a link
    const QString hostile =
        QStringLiteral("ref <a href=\"https://evil.example/\">release</a> <b>bold</b>");
    QMessageBox box;
    box.setText(QStringLiteral("Delete?"));

    PlainMessageBox::setInformativeText(&box, hostile);

    // Then the label shows it character for character, with no link to open
    QLabel *label = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(!label->openExternalLinks());
    QVERIFY(!(label->textInteractionFlags() & Qt::LinksAccessibleByMouse));
    QCOMPARE(label->text(), hostile);
    QCOMPARE(box.informativeText(), hostile);
    // (Qt's own default, for contrast: AutoText, which renders this as rich text)
    QMessageBox plainQt;
    plainQt.setInformativeText(hostile);
    QLabel *qtLabel = plainQt.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
    QVERIFY(qtLabel);
    QVERIFY(qtLabel->textFormat() != Qt::PlainText);
}

QTEST_MAIN(PlainMessageBoxTest)
#include "tst_plainmessagebox.moc"
