#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace GuiTest {

// Types `text` into `widget` the way a person does: Latin-1 by key events, a newline by
// Return, and anything else (Hangul, kana, kanji, emoji) as an input method's commit, since
// that is how Korean and Japanese text reaches a widget.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const uint codePoint : text.toUcs4()) {
        if (codePoint == '\n') {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (codePoint >= 0x20 && codePoint < 0x7f) {
            QTest::keyClick(widget, char(codePoint));
        } else {
            QInputMethodEvent event;
            event.setCommitString(
                QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1));
            QApplication::sendEvent(widget, &event);
        }
    }
}

} // namespace GuiTest
