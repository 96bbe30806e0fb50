#include "guiapplication.h"

#include "appicon.h"
#include "desktopapp.h"

#include "models/graphqlrefusals.h"
#include "models/repositoryid.h"
#include "models/uilanguage.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QNetworkProxyFactory>
#include <QTextStream>

namespace GuiApplication {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GuiApplication", text);
}

int usageError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n';
    return 2;
}

} // namespace

QString description()
{
    return tr("A desktop dashboard for GitHub Deployments. The token comes from GH_TOKEN or "
              "GITHUB_TOKEN, the system keyring (File > Accounts…), or GitHub CLI's sign-in.");
}

// In this order: run() reads them by index.
QList<QCommandLineOption> windowOptions()
{
    return {
        QCommandLineOption(QStringLiteral("demo"),
                           tr("Start on the built-in GitHub emulator with demo data (no token, no "
                              "network).")),
        QCommandLineOption(
            QStringLiteral("api-url"),
            tr("The GitHub API root, e.g. https://ghe.example.com/api/v3 for GitHub Enterprise "
               "Server. Default: https://api.github.com"),
            QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("repo"), tr("The repository to open, as owner/name."),
                           QStringLiteral("OWNER/REPO")),
        QCommandLineOption(QStringLiteral("live"),
                           tr("With --demo: a new deployment appears every this many seconds (0: "
                              "never). Default: 20."),
                           QStringLiteral("SECONDS"), QStringLiteral("20")),
    };
}

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DeployDeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("deploydeck.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("deploydeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPLOYDECK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("DeployDeck"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.deploydeck.DeployDeck"));
    QApplication::setWindowIcon(AppIcon::icon());
    GraphQLRefusals::rememberAcrossRuns(); // an old Enterprise Server is asked once a week

    // Before the parser, so that --help and its errors speak the chosen language.
    QString languageError;
    UiLanguage::applyStartup(app.arguments(), &languageError);

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    // --help and --version never get here: the command line prints them without a display.
    const QList<QCommandLineOption> optionList = windowOptions();
    parser.addOptions(optionList);
    parser.addOption(UiLanguage::commandLineOption());
    const QCommandLineOption &demoOption = optionList.at(0);
    const QCommandLineOption &apiUrlOption = optionList.at(1);
    const QCommandLineOption &repoOption = optionList.at(2);
    const QCommandLineOption &liveOption = optionList.at(3);
    parser.process(app);
    if (!languageError.isEmpty())
        return usageError(languageError);

    DesktopApp::Options options;
    options.demo = parser.isSet(demoOption);
    if (parser.isSet(apiUrlOption)) {
        options.apiUrl = QUrl(parser.value(apiUrlOption), QUrl::StrictMode);
        if (!options.apiUrl.isValid() || options.apiUrl.scheme().isEmpty())
            return usageError(tr("\"%1\" is not a URL. Use for example "
                                 "https://ghe.example.com/api/v3.")
                                  .arg(parser.value(apiUrlOption)));
    }
    if (parser.isSet(repoOption)) {
        const auto repository = RepositoryId::parse(parser.value(repoOption));
        if (!repository)
            return usageError(tr("\"%1\" is not a repository. Use owner/name, for example "
                                 "octocat/hello-world.")
                                  .arg(parser.value(repoOption)));
        options.repository = *repository;
    }
    bool liveOk = false;
    options.liveSeconds = parser.value(liveOption).toInt(&liveOk);
    if (!liveOk || options.liveSeconds < 0)
        return usageError(tr("--live needs a number of seconds (0 or more), not \"%1\".")
                              .arg(parser.value(liveOption)));
    // The token is looked up when the window starts (TokenResolver: environment, keyring, gh).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    DesktopApp desktop(options);
    const QString problem = desktop.prepare();
    if (!problem.isEmpty())
        return usageError(problem);
    desktop.start();
    return app.exec();
}

} // namespace GuiApplication
