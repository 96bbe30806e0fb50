#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

// Help text laid out by display width, so that Korean and Japanese lines wrap too:
// QCommandLineParser counts characters (a Japanese line of 79 characters fills 158 columns) and
// breaks only at spaces (Japanese has none).
namespace HelpText {

// Terminal columns the help is laid out for.
constexpr int lineWidth = 80;

// Columns `text` takes in a terminal: 2 for East Asian wide characters (Hangul, kana, CJK
// ideographs, full-width forms), 1 otherwise.
int displayWidth(QStringView text);

// `text` broken into lines of at most `width` columns: at spaces, and between Japanese (or
// Chinese) characters, never before closing punctuation (、。）」) nor after opening punctuation
// (（「). Korean breaks at spaces, as it is written. A word longer than a line is cut.
QStringList wrap(const QString &text, int width);

// "  --name <VALUE>   description", the descriptions in one column, wrapped to `width`.
QString optionTable(const QList<QCommandLineOption> &options, int width = lineWidth);

// Rows of two columns ("  export   Writes ..."), the second wrapped to `width`.
QString table(const QList<QPair<QString, QString>> &rows, int width = lineWidth);

} // namespace HelpText
