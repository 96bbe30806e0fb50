#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

QString TsMessage::key() const
{
    return context + QLatin1String(" | ") + source +
           (comment.isEmpty() ? QString() : QLatin1String(" | ") + comment);
}

namespace {

void readMessage(QXmlStreamReader &xml, TsMessage &message)
{
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.numerusForms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translation = xml.readElementText();
            }
        } else {
            xml.skipCurrentElement(); // extracomment, translatorcomment, location
        }
    }
}

// Placeholders that must survive translation: %1..%99, %L1, %n, %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    std::sort(found.begin(), found.end());
    return found;
}

// The accelerator letter of "&File" (lower case), or a null QChar; "&&" is a literal ampersand.
QChar accelerator(QString text)
{
    text.replace(QLatin1String("&&"), QString());
    static const QRegularExpression pattern(QStringLiteral("&([^&\\s])"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

// Sources that stay as they are in every language: values the user types literally or that
// name GitHub's own values (the explicit allow-list; keep it short).
const QStringList literalSources = {
    QStringLiteral("deploy"),            // the default `task` value, shown as a placeholder
    QStringLiteral("ci/build, ci/test"), // example check names, shown as a placeholder
};

// Names that are never translated: products and protocols.
const QStringList productNames = {
    QStringLiteral("GitHub Enterprise Server"),
    QStringLiteral("DeployDeck"),
    QStringLiteral("GitHub"),
    QStringLiteral("OAuth"),
    QStringLiteral("JSON"),
    QStringLiteral("HTTPS"),
    QStringLiteral("HTTP"),
    QStringLiteral("SHA"),
    QStringLiteral("URL"),
    QStringLiteral("API"),
    QStringLiteral("ID"),
};

// `text` less its placeholders, product names and `extraTerms`.
QString withoutNames(QString text, const QStringList &extraTerms = {})
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    static const QRegularExpression acceleratorMark(QStringLiteral("\\(&[^&\\s]\\)"));
    text.remove(placeholder);
    text.remove(acceleratorMark); // "ref(&R):"
    for (const QString &name : productNames + extraTerms)
        text.remove(QRegularExpression(QLatin1String("\\b") + name + QLatin1String("\\b")));
    return text;
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// A source with nothing to translate: only placeholders, product names, numbers and
// punctuation ("%1: %2", "GitHub"), an example URL, or an allow-listed literal.
bool isUntranslatable(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("^https?://\\S+$"));
    return literalSources.contains(text) || url.match(text).hasMatch() ||
           !hasLetters(withoutNames(text));
}

// Terms GitHub's own docs keep in Latin letters in a language: "ref" in Japanese.
QStringList termsKeptInLatin(const QString &language)
{
    if (language.startsWith(QLatin1String("ja")))
        return {QStringLiteral("ref")};
    return {};
}

bool hasScript(const QString &text, const QString &language)
{
    return std::any_of(text.cbegin(), text.cend(), [&language](QChar c) {
        const char16_t u = c.unicode();
        if (language.startsWith(QLatin1String("ko")))
            return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) ||
                   (u >= 0x3130 && u <= 0x318F);
        if (language.startsWith(QLatin1String("ja")))
            return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF);
        return true;
    });
}

bool endsWithEllipsis(const QString &text)
{
    return text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("..."));
}

bool endsWithColon(const QString &text)
{
    return text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A));
}

QStringList textProblems(const TsMessage &message, const QString &translation,
                         const QString &language)
{
    QStringList problems;
    const QString &source = message.source;
    if (translation.trimmed().isEmpty()) {
        problems.append(QStringLiteral("empty translation"));
        return problems;
    }
    if (placeholders(source) != placeholders(translation)) {
        problems.append(QStringLiteral("placeholders differ: %1 vs %2")
                            .arg(placeholders(source).join(QLatin1Char(' ')),
                                 placeholders(translation).join(QLatin1Char(' '))));
    }
    if (!isUntranslatable(source)) {
        if (translation == source)
            problems.append(QStringLiteral("left identical to English"));
        else if (hasLetters(withoutNames(translation, termsKeptInLatin(language))) &&
                 !hasScript(translation, language))
            problems.append(QStringLiteral("not written in the language's script"));
    }
    const QChar key = accelerator(source);
    if (!key.isNull() && accelerator(translation) != key)
        problems.append(QStringLiteral("keyboard accelerator &%1 missing").arg(key));
    if (endsWithEllipsis(source) != endsWithEllipsis(translation))
        problems.append(QStringLiteral("trailing ellipsis differs"));
    if (endsWithColon(source) != endsWithColon(translation))
        problems.append(QStringLiteral("trailing colon differs"));
    return problems;
}

} // namespace

TsFile readTsFile(const QString &path)
{
    TsFile file;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        file.error = input.errorString();
        return file;
    }
    QXmlStreamReader xml(&input);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        file.error = QStringLiteral("not a TS file");
        return file;
    }
    file.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                TsMessage message;
                message.context = context;
                readMessage(xml, message);
                file.messages.append(message);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        file.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

QStringList translationProblems(const TsFile &file, const QString &expectedLanguage)
{
    QStringList problems;
    if (!file.error.isEmpty())
        problems.append(file.error);
    if (file.language != expectedLanguage) {
        problems.append(QStringLiteral("language is \"%1\", expected \"%2\"")
                            .arg(file.language, expectedLanguage));
    }
    QSet<QString> seen;
    for (const TsMessage &message : file.messages) {
        QStringList found;
        if (seen.contains(message.key()))
            found.append(QStringLiteral("duplicate message"));
        seen.insert(message.key());
        if (!message.type.isEmpty())
            found.append(QStringLiteral("marked %1").arg(message.type));
        if (message.numerus) {
            // Korean and Japanese have one plural form.
            if (message.numerusForms.size() != 1) {
                found.append(
                    QStringLiteral("%1 plural forms, expected 1").arg(message.numerusForms.size()));
            }
            for (const QString &form : message.numerusForms)
                found += textProblems(message, form, file.language);
        } else {
            found += textProblems(message, message.translation, file.language);
        }
        for (const QString &problem : std::as_const(found))
            problems.append(message.key() + QLatin1String(": ") + problem);
    }
    return problems;
}

QStringList englishPluralProblems(const TsFile &file)
{
    QStringList problems;
    if (!file.error.isEmpty())
        problems.append(file.error);
    for (const TsMessage &message : file.messages) {
        QStringList found;
        if (!message.numerus)
            found.append(QStringLiteral("not a plural message"));
        if (!message.type.isEmpty())
            found.append(QStringLiteral("marked %1").arg(message.type));
        if (message.numerusForms.size() != 2)
            found.append(
                QStringLiteral("%1 plural forms, expected 2").arg(message.numerusForms.size()));
        for (const QString &form : message.numerusForms) {
            if (form.trimmed().isEmpty())
                found.append(QStringLiteral("empty plural form"));
            else if (placeholders(form) != placeholders(message.source))
                found.append(QStringLiteral("placeholders differ in \"%1\"").arg(form));
            if (form.contains(QLatin1String("(s)")))
                found.append(QStringLiteral("\"(s)\" left in \"%1\"").arg(form));
        }
        for (const QString &problem : std::as_const(found))
            problems.append(message.key() + QLatin1String(": ") + problem);
    }
    return problems;
}
