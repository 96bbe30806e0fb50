#include "clicore.h"

#include "helptext.h"

#include "models/githubclient.h"
#include "models/githuberror.h"
#include "models/githubrequest.h"
#include "models/uilanguage.h"

#include <QEventLoop>
#include <QLocale>

#include <cstdio>

namespace CommandLine {

namespace {

struct GlobalOptionSpec
{
    QStringList names;
    const char *valueName; // nullptr: a switch
    const char *description;
};

// The global options: one row each (clicore.h: how to add one). The descriptions are
// translated in the "CommandLine" context; --lang's comes from UiLanguage.
const QList<GlobalOptionSpec> &globalOptionSpecs()
{
    static const QList<GlobalOptionSpec> specs{
        {{QStringLiteral("api-url")},
         "URL",
         QT_TRANSLATE_NOOP("CommandLine", "The API root (default: GH_API_URL, the settings, or "
                                          "https://api.github.com).")},
        {{QStringLiteral("allow-insecure-http")},
         nullptr,
         QT_TRANSLATE_NOOP("CommandLine",
                           "Allow a plain http:// API root on a non-loopback host.")},
        {{QStringLiteral("ca-file")},
         "PEM",
         QT_TRANSLATE_NOOP("CommandLine", "Also trust the certificate authorities in this PEM "
                                          "file (a test CA, an Enterprise host's own CA).")},
        {{QStringLiteral("lang")}, "ko|ja|en", nullptr},
        {{QStringLiteral("h"), QStringLiteral("help")},
         nullptr,
         QT_TRANSLATE_NOOP("CommandLine", "Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")},
         nullptr,
         QT_TRANSLATE_NOOP("CommandLine", "Show the version and exit.")},
    };
    return specs;
}

} // namespace

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("CommandLine", text, disambiguation, n);
}

QList<QCommandLineOption> globalOptions()
{
    QList<QCommandLineOption> options;
    for (const GlobalOptionSpec &spec : globalOptionSpecs()) {
        if (spec.names.constFirst() == QLatin1String("lang")) {
            options.append(UiLanguage::commandLineOption());
            continue;
        }
        options.append(
            QCommandLineOption(spec.names, tr(spec.description),
                               spec.valueName ? QString::fromLatin1(spec.valueName) : QString()));
    }
    return options;
}

bool globalOptionTakesValue(const QString &name)
{
    for (const GlobalOptionSpec &spec : globalOptionSpecs()) {
        if (spec.names.contains(name))
            return spec.valueName != nullptr;
    }
    return false;
}

Invocation::Invocation(const QString &command, const QStringList &arguments)
    : m_command(command)
    , m_arguments(arguments)
{}

QString Invocation::takeAction(const QStringList &valueOptions)
{
    const int index = firstPositional(m_arguments, 1, [&valueOptions](const QString &name) {
        return globalOptionTakesValue(name) || valueOptions.contains(name);
    });
    if (index < 0)
        return QString();
    const QString action = m_arguments.takeAt(index);
    m_command += QLatin1Char(' ') + action;
    return action;
}

bool Invocation::hasHelpFlag() const
{
    return m_arguments.contains(QLatin1String("-h")) ||
           m_arguments.contains(QLatin1String("--help"));
}

// In the "CommandLine" context by name: lupdate would file a bare tr() here under
// CommandLine::Invocation, where the free function tr() does not look.
std::optional<int> Invocation::parse(const QString &description,
                                     const QList<QCommandLineOption> &options,
                                     const QString &positional)
{
    m_description = description;
    m_options = options;
    m_positional = positional;
    parser.addOptions(options);
    parser.addOptions(globalOptions());
    if (!parser.parse(m_arguments)) {
        //: %1 is what was wrong (Qt's words), %2 the subcommand ("export")
        printError(QCoreApplication::translate("CommandLine",
                                               "%1\nRun \"deploydeck %2 --help\" for the options.")
                       .arg(parser.errorText(), m_command));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText().toLocal8Bit());
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printLine(QStringLiteral("deploydeck %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    if (m_positional.isEmpty() && !parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("CommandLine", "Unexpected argument \"%1\".")
                       .arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    return std::nullopt;
}

QString Invocation::helpText() const
{
    QString usage = QStringLiteral("deploydeck %1 [options]").arg(m_command);
    if (!m_positional.isEmpty())
        usage += QLatin1Char(' ') + m_positional;
    //: The usage line of a subcommand's help; %1 is "deploydeck export [options]"
    QString text =
        QCoreApplication::translate("CommandLine", "Usage: %1").arg(usage) + QLatin1Char('\n');
    if (!m_description.isEmpty())
        text += QLatin1Char('\n') +
                HelpText::wrap(m_description, HelpText::lineWidth).join(QLatin1Char('\n')) +
                QLatin1Char('\n');
    text += QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Options:") +
            QLatin1Char('\n') + HelpText::optionTable(m_options);
    text += QLatin1Char('\n') +
            QCoreApplication::translate("CommandLine",
                                        "Global options (before or after the command):") +
            QLatin1Char('\n') + HelpText::optionTable(globalOptions());
    return text;
}

void printError(const QString &message)
{
    const QByteArray text = QStringLiteral("deploydeck: %1\n").arg(message).toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void printLine(const QString &line)
{
    printOut(line.toLocal8Bit() + '\n');
}

void reportWaits(GitHubClient *client)
{
    QObject::connect(client, &GitHubClient::waitingChanged, client,
                     [](GitHubClient::WaitReason reason, const QDateTime &until) {
                         const QString time =
                             QLocale().toString(until.toLocalTime().time(), QLocale::LongFormat);
                         if (reason == GitHubClient::WaitReason::RateLimit)
                             //: %1 is a time of day
                             printError(tr("GitHub's rate limit is used up; waiting until %1 "
                                           "(Ctrl+C stops).")
                                            .arg(time));
                         else if (reason == GitHubClient::WaitReason::SecondaryRateLimit)
                             //: %1 is a time of day
                             printError(tr("GitHub asked to slow down; waiting until %1 (Ctrl+C "
                                           "stops).")
                                            .arg(time));
                     });
}

GitHubError wait(GitHubRequest *request)
{
    request->setAutoDelete(false); // read after the loop; the client deletes it
    QEventLoop loop;
    GitHubError result;
    QObject::connect(request, &GitHubRequest::finished, &loop, [&loop] { loop.quit(); });
    QObject::connect(request, &GitHubRequest::failed, &loop,
                     [&loop, &result](const GitHubError &error) {
                         result = error;
                         loop.quit();
                     });
    loop.exec();
    return result;
}

int apiFailure(const GitHubError &error)
{
    printError(error.toDisplayString());
    return ApiError;
}

} // namespace CommandLine
