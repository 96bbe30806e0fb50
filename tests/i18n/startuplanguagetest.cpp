// The language at start, as people start DeployDeck: `LANG=ko_KR.UTF-8 deploydeck` follows the
// system, `--lang ko|ja|en` wins, for the desktop app and for the command line's subcommands.
// Runs the real binary; --help and usage errors print without a window or a network.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class StartupLanguageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void desktopHelp_data();
    void desktopHelp();
    void commandLineError_data();
    void commandLineError();
    void commandLineHelp();

private:
    // Runs deploydeck with `arguments` under LANG=`lang` and a fresh configuration directory
    // (so no remembered language); returns stdout and stderr together.
    QString run(const QString &lang, const QStringList &arguments);

    QTemporaryDir m_home;
};

void StartupLanguageTest::initTestCase()
{
    QVERIFY(m_home.isValid());
}

QString StartupLanguageTest::run(const QString &lang, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "GH_TOKEN", "GITHUB_TOKEN"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), lang);
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck"), arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("did not finish: ") + process.errorString();
    return QString::fromUtf8(process.readAll());
}

void StartupLanguageTest::desktopHelp_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("description"); // DeployDeck's own string
    QTest::addColumn<QString>("qtHelp");      // a heading of the top-level help (app/cli)
    QTest::addRow("LANG=ko") << QStringLiteral("ko_KR.UTF-8") << QStringList{"--help"}
                             << QStringLiteral("GitHub 배포를 위한 데스크톱 대시보드입니다.")
                             << QStringLiteral("창 옵션:");
    QTest::addRow("LANG=ja") << QStringLiteral("ja_JP.UTF-8") << QStringList{"--help"}
                             << QStringLiteral("デスクトップダッシュボードです。")
                             << QStringLiteral("ウィンドウのオプション:");
    QTest::addRow("LANG=ko --lang ja")
        << QStringLiteral("ko_KR.UTF-8") << QStringList{"--lang", "ja", "--help"}
        << QStringLiteral("デスクトップダッシュボードです。")
        << QStringLiteral("ウィンドウのオプション:");
    QTest::addRow("LANG=ja --lang=en")
        << QStringLiteral("ja_JP.UTF-8") << QStringList{"--lang=en", "--help"}
        << QStringLiteral("A desktop dashboard for GitHub Deployments.")
        << QStringLiteral("Window options:");
}

void StartupLanguageTest::desktopHelp()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, arguments);
    QFETCH(QString, description);
    QFETCH(QString, qtHelp);
    const QString output = run(lang, arguments);
    QVERIFY2(output.contains(description), qPrintable(output));
    QVERIFY2(output.contains(qtHelp), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("--lang")), qPrintable(output));
}

void StartupLanguageTest::commandLineError_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("LANG=ja") << QStringLiteral("ja_JP.UTF-8") << QStringList{"export"}
                             << QStringLiteral("--repo オーナー/リポジトリを指定してください。");
    QTest::addRow("LANG=ko") << QStringLiteral("ko_KR.UTF-8") << QStringList{"export"}
                             << QStringLiteral("--repo 소유자/리포지토리 옵션이 필요합니다.");
    // Needs app/commandline.cpp to call UiLanguage::applyStartup() and accept --lang.
    QTest::addRow("--lang ko") << QStringLiteral("C.UTF-8") << QStringList{"export", "--lang", "ko"}
                               << QStringLiteral("--repo 소유자/리포지토리 옵션이 필요합니다.");
}

void StartupLanguageTest::commandLineError()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString output = run(lang, arguments);
    QVERIFY2(output.contains(expected), qPrintable(output));
}

void StartupLanguageTest::commandLineHelp()
{
    // Every option of a subcommand is described in the language, Qt's own --help line too
    const QString output = run(QStringLiteral("ko_KR.UTF-8"), {"export", "--help"});
    QVERIFY2(output.contains(QStringLiteral("리포지토리(소유자/리포지토리 형식).")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("이 환경의 배포만 출력합니다.")), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("Displays help")), qPrintable(output));
}

QTEST_GUILESS_MAIN(StartupLanguageTest)
#include "startuplanguagetest.moc"
