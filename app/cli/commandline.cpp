#include "commandline.h"

#include "clicore.h"
#include "commands.h"
#include "helptext.h"

#include "app/guiapplication.h"
#include "models/graphqlrefusals.h"
#include "models/uilanguage.h"

#include <QNetworkProxyFactory>

namespace CommandLine {

namespace {

// Qt's own QGuiApplication options that take a value (-platform offscreen, -style fusion, ...).
bool isQtValueOption(const QString &name)
{
    static const QStringList names{
        QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),
        QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"),
        QStringLiteral("session"),
        QStringLiteral("display"),
        QStringLiteral("geometry"),
        QStringLiteral("style"),
        QStringLiteral("stylesheet"),
        QStringLiteral("name"),
        QStringLiteral("title"),
    };
    return names.contains(name);
}

bool takesValueBeforeCommand(const QString &name)
{
    if (globalOptionTakesValue(name) || isQtValueOption(name))
        return true;
    for (const QCommandLineOption &option : GuiApplication::windowOptions()) {
        if (option.names().contains(name))
            return !option.valueName().isEmpty();
    }
    return false;
}

bool isHelpOrVersion(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help") ||
           argument == QLatin1String("-v") || argument == QLatin1String("--version") ||
           argument == QLatin1String("--help-all");
}

QString commandList()
{
    QList<QPair<QString, QString>> rows;
    for (const Command &command : commands())
        rows.append({QString::fromLatin1(command.name), command.summary()});
    return HelpText::table(rows);
}

QString topLevelHelp()
{
    const auto wrapped = [](const QString &text) -> QString {
        return HelpText::wrap(text, HelpText::lineWidth).join(QLatin1Char('\n')) +
               QLatin1Char('\n');
    };
    QString text = tr("Usage: %1").arg(QStringLiteral("deploydeck [options]")) + QLatin1Char('\n');
    text += tr("Usage: %1").arg(QStringLiteral("deploydeck <command> [options]")) +
            QLatin1Char('\n') + QLatin1Char('\n');
    text += wrapped(GuiApplication::description());
    text += QLatin1Char('\n') + tr("Commands (no window; for scripts):") + QLatin1Char('\n') +
            commandList();
    text += QLatin1Char('\n') + tr("Window options:") + QLatin1Char('\n') +
            HelpText::optionTable(GuiApplication::windowOptions());
    text += QLatin1Char('\n') + tr("Global options (before or after the command):") +
            QLatin1Char('\n') + HelpText::optionTable(globalOptions());
    text += QLatin1Char('\n') +
            wrapped(tr("Run \"deploydeck <command> --help\" for a command's options. Exit codes: "
                       "0 done, 1 GitHub or the network refused, 2 usage error."));
    return text;
}

} // namespace

int firstPositional(const QStringList &arguments, int from,
                    const std::function<bool(const QString &)> &takesValue)
{
    for (int i = from; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-"))
            return i;
        if (argument.contains(QLatin1Char('=')))
            continue;
        QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        if (takesValue(name))
            ++i;
    }
    return -1;
}

bool wanted(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (firstPositional(arguments, 1, takesValueBeforeCommand) >= 0)
        return true;
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        if (isHelpOrVersion(argument))
            return true;
    }
    return false;
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deploydeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("DeployDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPLOYDECK_VERSION));
    GraphQLRefusals::rememberAcrossRuns(); // an old Enterprise Server is asked once a week
    // Before any parser, so that --help and every error speak the chosen language: --lang,
    // else the system's (LC_ALL, LC_MESSAGES, LANG), never the window's saved setting: a
    // script's output must not change with what someone picked in the window.
    QString languageError;
    UiLanguage::applyForCommandLine(QCoreApplication::arguments(), &languageError);
    if (!languageError.isEmpty()) {
        printError(languageError);
        return UsageError;
    }

    // Enterprise hosts are often behind the company's proxy.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QStringList arguments = QCoreApplication::arguments();
    const int index = firstPositional(arguments, 1, takesValueBeforeCommand);
    if (index < 0) {
        const bool version = arguments.contains(QLatin1String("-v")) ||
                             arguments.contains(QLatin1String("--version"));
        if (version && !arguments.contains(QLatin1String("-h")) &&
            !arguments.contains(QLatin1String("--help"))) {
            printLine(QStringLiteral("deploydeck %1").arg(QCoreApplication::applicationVersion()));
            return Ok;
        }
        printOut(topLevelHelp().toLocal8Bit());
        return Ok;
    }
    const QString name = arguments.takeAt(index);
    const Command *command = findCommand(name);
    if (!command) {
        //: %1 is what the user typed; the list of commands follows on the next lines
        printError(tr("unknown command \"%1\". The commands are:").arg(name) + QLatin1Char('\n') +
                   commandList().chopped(1));
        return UsageError;
    }
    Invocation invocation(name, arguments);
    return command->run(invocation);
}

} // namespace CommandLine
