#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One message of a Qt Linguist .ts file, as the translation check needs it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation (tr()'s second argument), part of the key
    bool numerus = false;
    QString type;             // "", "unfinished", "obsolete" or "vanished"
    QString translation;      // for a message that is not numerus
    QStringList numerusForms; // for a numerus message

    // What makes a message unique to lupdate and QTranslator.
    QString key() const;
};

struct TsFile
{
    QString language; // the TS element's language attribute ("ko_KR")
    QList<TsMessage> messages;
    QString error; // empty when the file parsed
};

// Reads a .ts file with QXmlStreamReader.
TsFile readTsFile(const QString &path);

// Everything wrong with the translations of one file, one line per problem, for a language
// whose script is given as a predicate (Hangul for Korean, kana and kanji for Japanese).
QStringList translationProblems(const TsFile &file, const QString &expectedLanguage);

// The same for deploydeck_en.ts, which holds only plural messages: two forms each ("%n
// deployment", "%n deployments"), finished, placeholders kept, no "(s)" left.
QStringList englishPluralProblems(const TsFile &file);
