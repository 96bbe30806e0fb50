#include "uilanguage.h"

#include <QCommandLineOption>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {

const char settingsKey[] = "ui/language";

QLocale::Language localeLanguage(UiLanguage::Choice choice)
{
    switch (choice) {
    case UiLanguage::Choice::Korean:
        return QLocale::Korean;
    case UiLanguage::Choice::Japanese:
        return QLocale::Japanese;
    case UiLanguage::Choice::System:
    case UiLanguage::Choice::English:
        break;
    }
    return QLocale::English;
}

// The system's own locale when it speaks the UI language (keeps en_GB dates for a British
// user), else the language's main territory, so numbers and dates match the words around them.
QLocale localeFor(UiLanguage::Choice current)
{
    const QLocale::Language language = localeLanguage(current);
    const QLocale system = QLocale::system();
    if (system.language() == language)
        return system;
    switch (language) {
    case QLocale::Korean:
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case QLocale::Japanese:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    default:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
}

} // namespace

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{}

UiLanguage *UiLanguage::instance()
{
    static QPointer<UiLanguage> self;
    if (!self)
        self = new UiLanguage(QCoreApplication::instance());
    return self;
}

QList<UiLanguage::Option> UiLanguage::availableChoices()
{
    QList<Option> options;
    for (Choice choice : {Choice::System, Choice::English, Choice::Korean, Choice::Japanese})
        options.append({choice, code(choice), nativeName(choice)});
    return options;
}

QString UiLanguage::nativeName(Choice choice)
{
    switch (choice) {
    case Choice::System:
        //: Settings > Language: follow the language of the operating system
        return tr("System");
    // Each language in its own script, never translated: a reader must find their own.
    case Choice::English:
        return QStringLiteral("English");
    case Choice::Korean:
        return QStringLiteral("한국어");
    case Choice::Japanese:
        return QStringLiteral("日本語");
    }
    return QString();
}

QString UiLanguage::code(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return QStringLiteral("system");
    case Choice::English:
        return QStringLiteral("en");
    case Choice::Korean:
        return QStringLiteral("ko");
    case Choice::Japanese:
        return QStringLiteral("ja");
    }
    return QString();
}

std::optional<UiLanguage::Choice> UiLanguage::fromCode(QStringView code)
{
    const QString text = code.trimmed().toString().toLower();
    if (text == QLatin1String("system"))
        return Choice::System;
    // "ko", "ko_KR", "ko-KR", "ko_KR.UTF-8": the language part decides.
    const QString language = text.section(QLatin1Char('.'), 0, 0)
                                 .replace(QLatin1Char('-'), QLatin1Char('_'))
                                 .section(QLatin1Char('_'), 0, 0);
    if (language == QLatin1String("en"))
        return Choice::English;
    if (language == QLatin1String("ko"))
        return Choice::Korean;
    if (language == QLatin1String("ja"))
        return Choice::Japanese;
    return std::nullopt;
}

UiLanguage::Choice UiLanguage::resolveSystem(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        switch (QLocale(name).language()) {
        case QLocale::Korean:
            return Choice::Korean;
        case QLocale::Japanese:
            return Choice::Japanese;
        case QLocale::English:
            return Choice::English;
        default:
            break; // a language DeployDeck does not have: try the user's next one
        }
    }
    return Choice::English;
}

bool UiLanguage::apply(Choice choice)
{
    QSettings().setValue(QLatin1String(settingsKey), code(choice));
    return instance()->switchTo(choice);
}

bool UiLanguage::applyStartup(const QStringList &arguments, QString *errorMessage)
{
    return applyArguments(arguments, storedChoice(), errorMessage);
}

bool UiLanguage::applyForCommandLine(const QStringList &arguments, QString *errorMessage)
{
    return applyArguments(arguments, Choice::System, errorMessage);
}

bool UiLanguage::applyArguments(const QStringList &arguments, Choice fallback,
                                QString *errorMessage)
{
    // Scanned before QCommandLineParser runs, so that --help and its errors are translated too.
    std::optional<QString> requested;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            requested = arguments.at(i + 1);
        else if (argument.startsWith(QLatin1String("--lang=")))
            requested = argument.mid(7);
    }

    const std::optional<Choice> fromArguments = requested ? fromCode(*requested) : std::nullopt;
    const bool loaded = instance()->switchTo(fromArguments.value_or(fallback));
    if (requested && !fromArguments) {
        if (errorMessage)
            *errorMessage = tr("Unknown language \"%1\": use ko, ja or en.").arg(*requested);
        return false;
    }
    return loaded;
}

QCommandLineOption UiLanguage::commandLineOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              tr("The language of the interface and messages: ko (Korean), ja "
                                 "(Japanese) or en (English). Default: the system's language."),
                              QStringLiteral("ko|ja|en"));
}

UiLanguage::Choice UiLanguage::choice()
{
    return instance()->m_choice;
}

UiLanguage::Choice UiLanguage::current()
{
    return instance()->m_current;
}

UiLanguage::Choice UiLanguage::storedChoice()
{
    const QString stored = QSettings().value(QLatin1String(settingsKey)).toString();
    return fromCode(stored).value_or(Choice::System);
}

bool UiLanguage::switchTo(Choice choice)
{
    Choice target =
        choice == Choice::System ? resolveSystem(QLocale::system().uiLanguages()) : choice;

    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);

    // English has a catalogue too: its plural forms ("1 deployment", "2 deployments").
    bool loaded = m_appTranslator->load(QLatin1String(":/i18n/deploydeck_") + code(target));
    if (!loaded && target != Choice::English) {
        qWarning("UiLanguage: :/i18n/deploydeck_%s.qm was not found", qPrintable(code(target)));
        target = Choice::English;
        if (!m_appTranslator->load(QLatin1String(":/i18n/deploydeck_en")))
            qWarning("UiLanguage: :/i18n/deploydeck_en.qm was not found");
    }
    if (target != Choice::English) {
        // Qt's own strings are a bonus: a missing qtbase file leaves OK/Cancel in English.
        const QString qtFile = QLatin1String("qtbase_") + code(target);
        if (m_qtTranslator->load(qtFile, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator);
        else
            qWarning("UiLanguage: Qt's own translation %s.qm was not found", qPrintable(qtFile));
    }

    // The locale first: widgets retranslating on LanguageChange format numbers with it.
    QLocale::setDefault(localeFor(target));
    if (!m_appTranslator->isEmpty())
        QCoreApplication::installTranslator(m_appTranslator);

    m_choice = choice;
    m_current = target;
    emit changed(m_current);
    return loaded || choice == Choice::English ||
           (choice == Choice::System && target == Choice::English);
}
