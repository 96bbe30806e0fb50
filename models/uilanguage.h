#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineOption;
class QTranslator;

// The language of the UI, switched at run time: DeployDeck's own translator
// (:/i18n/deploydeck_<lang>.qm), Qt's (qtbase_<lang>.qm: OK/Cancel, standard dialogs, context
// menus), the default QLocale (numbers, dates, "3 minutes ago") and the choice kept in QSettings.
// Installing a translator makes QCoreApplication send QEvent::LanguageChange to every widget;
// code without widgets (item models) connects to changed() instead.
class UiLanguage : public QObject
{
    Q_OBJECT
public:
    enum class Choice {
        System, // the first of the system's UI languages DeployDeck has; else English
        English,
        Korean,
        Japanese,
    };
    Q_ENUM(Choice)

    struct Option
    {
        Choice choice;
        QString code;       // "system", "en", "ko", "ja" (QSettings and --lang)
        QString nativeName; // "System" (translated), "English", "한국어", "日本語"
    };

    // The one instance, created on first use as a child of QCoreApplication::instance().
    // Connect to its changed() signal; the static functions below act on it.
    static UiLanguage *instance();

    // What a Settings -> Language menu offers, in menu order.
    static QList<Option> availableChoices();
    static QString nativeName(Choice choice);
    static QString code(Choice choice);
    // "ko", "ko_KR", "ko-KR", "ja", "en", "system" (any case) -> Choice; nullopt otherwise.
    static std::optional<Choice> fromCode(QStringView code);

    // Switches the UI to `choice` now and remembers it for the next start (the Settings menu).
    // Returns false if a translation could not be loaded (the UI then stays in English).
    static bool apply(Choice choice);
    // At start: `--lang ko|ja|en` in `arguments` wins for this run (not remembered), else the
    // remembered choice, else System. Call after the Q*Application exists and before any
    // window or help text is made. Returns false, with a translated `errorMessage`, for an
    // unknown --lang value (the remembered choice is applied anyway).
    static bool applyStartup(const QStringList &arguments, QString *errorMessage = nullptr);
    // For the command line: `--lang` in `arguments`, else the system's language (LC_ALL,
    // LC_MESSAGES, LANG), never the window's remembered choice (a script's messages must not
    // depend on what someone picked in the window). Remembers nothing. Same errors as above.
    static bool applyForCommandLine(const QStringList &arguments, QString *errorMessage = nullptr);
    // The `--lang <code>` option, to add to a QCommandLineParser so it accepts and documents it.
    static QCommandLineOption commandLineOption();

    // What the user chose (may be System).
    static Choice choice();
    // The language in effect: never System.
    static Choice current();
    // The choice kept in QSettings (System when none).
    static Choice storedChoice();

    // The language System resolves to for the given system UI languages (QLocale::uiLanguages()).
    static Choice resolveSystem(const QStringList &uiLanguages);

signals:
    // After the translators and the default locale have changed. `current` is never System.
    void changed(UiLanguage::Choice current);

private:
    explicit UiLanguage(QObject *parent);
    bool switchTo(Choice choice);
    static bool applyArguments(const QStringList &arguments, Choice fallback,
                               QString *errorMessage);

    Choice m_choice = Choice::System;
    Choice m_current = Choice::English;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};
