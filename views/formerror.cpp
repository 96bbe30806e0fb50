#include "formerror.h"

#include "statestyle.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>

namespace FormError {

namespace {

constexpr QChar BreakOpportunity(0x200B); // ZERO WIDTH SPACE

// The longest run of characters without a break opportunity that wrappable() leaves as it is
// (about a third of a dialog's width).
constexpr int LongestRun = 24;

// Han, kana, Hangul and their punctuation: a line may break between any two of them.
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u < 0xD800) || (u >= 0xF900 && u < 0xFB00) ||
           (u >= 0xFF00 && u < 0xFFF0);
}

bool breaksAfter(QChar c)
{
    return QStringView(u"/.-_?&=#:,;@+~|\\").contains(c);
}

} // namespace

QLabel *makeLabel(const QString &objectName)
{
    auto label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorColor(label, true);
    label->hide();
    // The label's text control copies what it shows; give the clipboard what was meant.
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        QObject::connect(clipboard, &QClipboard::dataChanged, label, [label, clipboard] {
            if (!label->hasSelectedText())
                return;
            const QString copied = clipboard->text();
            if (copied.contains(BreakOpportunity) && copied == label->selectedText())
                clipboard->setText(unwrappable(copied));
        });
    }
    return label;
}

void show(QLabel *label, const QString &text)
{
    label->setText(wrappable(text));
    label->setVisible(!text.isEmpty());
}

QString wrappable(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / LongestRun + 1);
    qsizetype run = 0;        // characters since the last place where a line may break
    qsizetype separator = -1; // in `result`, just after the run's last '/', '-', '.', ...
    for (const QChar c : text) {
        result.append(c);
        if (c.isSpace() || c == BreakOpportunity || isCjk(c)) {
            run = 0;
            separator = -1;
            continue;
        }
        if (c.isLowSurrogate())
            continue; // counted with its high surrogate
        ++run;
        if (breaksAfter(c))
            separator = result.size();
        if (run > LongestRun) {
            // After the last separator if there is one, else before this character.
            const qsizetype at = separator > 0 ? separator : result.size() - 1;
            result.insert(at, BreakOpportunity);
            run = result.size() - at - 1;
            separator = -1;
        }
    }
    return result;
}

QString unwrappable(const QString &text)
{
    QString result = text;
    result.remove(BreakOpportunity);
    return result;
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
