#include "helptext.h"

namespace HelpText {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || // Hangul Jamo
           (c >= 0x2E80 && c <= 0x303E) || // CJK radicals, punctuation
           (c >= 0x3041 && c <= 0x33FF) || // kana, CJK compatibility
           (c >= 0x3400 && c <= 0x4DBF) || // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) || // CJK ideographs
           (c >= 0xA960 && c <= 0xA97F) || // Hangul Jamo extended A
           (c >= 0xAC00 && c <= 0xD7A3) || // Hangul syllables
           (c >= 0xF900 && c <= 0xFAFF) || // CJK compatibility ideographs
           (c >= 0xFE30 && c <= 0xFE4F) || // CJK compatibility forms
           (c >= 0xFF00 && c <= 0xFF60) || // full-width forms
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isHangul(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) ||
           (c >= 0xAC00 && c <= 0xD7A3);
}

// Japanese and Chinese break between any two characters; Korean only at spaces.
bool breaksAnywhere(char32_t c)
{
    return isWide(c) && !isHangul(c);
}

// Kinsoku: no line starts with these...
bool isClosing(char32_t c)
{
    static const QString closing =
        QStringLiteral("、。，．・：；？！）」』】〕〉》ーぁぃぅぇぉっゃゅょァィゥェォッャュョ"
                       ",.:;?!)]}%");
    return c < 0x10000 && closing.contains(QChar(char16_t(c)));
}

// ...and no line ends with these.
bool isOpening(char32_t c)
{
    static const QString opening = QStringLiteral("（「『【〔〈《([{\"");
    return c < 0x10000 && opening.contains(QChar(char16_t(c)));
}

struct Glyph
{
    char32_t code;
    int begin; // index in UTF-16
    int length;
    int width;
};

QList<Glyph> glyphs(QStringView text)
{
    QList<Glyph> result;
    for (int i = 0; i < text.size();) {
        char32_t code = text.at(i).unicode();
        int length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        result.append({code, i, length, isWide(code) ? 2 : 1});
        i += length;
    }
    return result;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (const Glyph &glyph : glyphs(text))
        width += glyph.width;
    return width;
}

QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        const QList<Glyph> g = glyphs(paragraph);
        // breakBefore[i]: a line may start at glyph i (spaces before it are dropped).
        QList<bool> breakBefore(g.size() + 1, false);
        for (int i = 1; i < g.size(); ++i) {
            const char32_t previous = g.at(i - 1).code;
            const char32_t current = g.at(i).code;
            if (current == U' ')
                continue;
            if (previous == U' ')
                breakBefore[i] = true;
            else if ((breaksAnywhere(previous) || breaksAnywhere(current)) && !isClosing(current) &&
                     !isOpening(previous))
                breakBefore[i] = true;
        }
        int start = 0;
        while (start < g.size()) {
            int used = 0;
            int end = start;
            int lastBreak = -1;
            while (end < g.size() && used + g.at(end).width <= width) {
                if (end > start && breakBefore[end])
                    lastBreak = end;
                used += g.at(end).width;
                ++end;
            }
            if (end == start)
                end = start + 1; // one glyph wider than the line
            else if (end < g.size()) {
                if (breakBefore[end] || g.at(end).code == U' ')
                    lastBreak = end;
                if (lastBreak > start)
                    end = lastBreak;
            }
            int lineEnd = end;
            while (lineEnd > start && g.at(lineEnd - 1).code == U' ')
                --lineEnd;
            const int from = g.at(start).begin;
            const int to =
                lineEnd > start ? g.at(lineEnd - 1).begin + g.at(lineEnd - 1).length : from;
            lines.append(paragraph.mid(from, to - from));
            start = end;
            while (start < g.size() && g.at(start).code == U' ')
                ++start;
        }
        if (g.isEmpty())
            lines.append(QString());
    }
    return lines;
}

QString table(const QList<QPair<QString, QString>> &rows, int width)
{
    const QString indent(2, QLatin1Char(' '));
    int nameWidth = 0;
    for (const auto &row : rows)
        nameWidth = qMax(nameWidth, displayWidth(row.first));
    // Very long names (an option with many aliases) would leave no room for the text.
    nameWidth = qMin(nameWidth, width / 2 - 4);
    const int textColumn = indent.size() + nameWidth + 2;
    const int textWidth = qMax(20, width - textColumn);
    QString out;
    for (const auto &row : rows) {
        out += indent + row.first;
        int column = indent.size() + displayWidth(row.first);
        const QStringList lines = wrap(row.second, textWidth);
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0 || column > textColumn - 2) {
                out += QLatin1Char('\n');
                column = 0;
            }
            out += QString(textColumn - column, QLatin1Char(' ')) + lines.at(i);
            column = textColumn;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString optionTable(const QList<QCommandLineOption> &options, int width)
{
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString name = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            name += QStringLiteral(" <%1>").arg(option.valueName());
        rows.append({name, option.description()});
    }
    return table(rows, width);
}

} // namespace HelpText
