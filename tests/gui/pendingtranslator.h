#pragma once

// Until translations/pending-signin.tsv is merged into the .ts files, this translator gives the
// tests the Korean and Japanese texts from it, so layouts are checked (and screenshots taken)
// with the real lengths. Install it after UiLanguage::apply(): the last translator wins.
#include "models/uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTranslator>

class PendingTranslator : public QTranslator
{
public:
    explicit PendingTranslator(UiLanguage::Choice language, QObject *parent = nullptr)
        : QTranslator(parent)
    {
        const int column = language == UiLanguage::Choice::Korean     ? 2
                           : language == UiLanguage::Choice::Japanese ? 3
                                                                      : -1;
        QFile file(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/translations/pending-signin.tsv"));
        if (column < 0 || !file.open(QIODevice::ReadOnly))
            return;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() < 4)
                continue;
            auto unescape = [](QString s) {
                return s.replace(QLatin1String("\\n"), "\n");
            };
            m_texts.insert(fields.at(0) + QLatin1Char('\x1f') + unescape(fields.at(1)),
                           unescape(fields.at(column)));
        }
    }

    int size() const { return int(m_texts.size()); }
    bool isEmpty() const override { return m_texts.isEmpty(); }

    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        return m_texts.value(QString::fromUtf8(context) + QLatin1Char('\x1f') +
                             QString::fromUtf8(sourceText));
    }

private:
    QHash<QString, QString> m_texts;
};
