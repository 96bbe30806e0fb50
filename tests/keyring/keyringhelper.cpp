// A fresh process for the keyring test: reads, writes or removes one TokenKeyring entry and
// says what happened. Test-only (it prints the token it read, which the test compares).
//   keyringhelper read HOST LOGIN          -> token on stdout, exit 0; 3 not found; 4 failed
//   keyringhelper write HOST LOGIN TOKEN   -> exit 0; 5 session only (message on stderr)
//   keyringhelper remove HOST LOGIN        -> exit 0; 3 not found; 4 failed
//   keyringhelper session HOST LOGIN TOKEN -> write then read in this process: prints
//                                             "write=STATUS read=STATUS same=yes|no"
#include "models/tokenkeyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaEnum>

#include <cstdio>

namespace {
TokenKeyring::Result wait(TokenKeyring &keyring,
                          void (TokenKeyring::*signal)(const QString &, const QString &,
                                                       const TokenKeyring::Result &),
                          const std::function<void()> &call)
{
    QEventLoop loop;
    TokenKeyring::Result result;
    QObject::connect(&keyring, signal, &loop,
                     [&](const QString &, const QString &, const TokenKeyring::Result &answer) {
                         result = answer;
                         loop.quit();
                     });
    call();
    loop.exec();
    return result;
}

QByteArray statusName(TokenKeyring::Status status)
{
    return QMetaEnum::fromType<TokenKeyring::Status>().valueToKey(int(status));
}

int exitCode(const TokenKeyring::Result &result)
{
    switch (result.status) {
    case TokenKeyring::Status::Ok:
        return 0;
    case TokenKeyring::Status::NotFound:
        return 3;
    case TokenKeyring::Status::SessionOnly:
        return 5;
    default:
        return 4;
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    const QString action = args.at(1);
    const QString host = args.at(2);
    const QString login = args.at(3);
    const QString token = args.value(4);
    TokenKeyring keyring;
    TokenKeyring::Result result;
    if (action == QLatin1String("read")) {
        result = wait(keyring, &TokenKeyring::readFinished, [&] { keyring.read(host, login); });
        if (result.status == TokenKeyring::Status::Ok)
            std::printf("%s\n", qPrintable(result.token));
    } else if (action == QLatin1String("write")) {
        result =
            wait(keyring, &TokenKeyring::writeFinished, [&] { keyring.write(host, login, token); });
    } else if (action == QLatin1String("remove")) {
        result = wait(keyring, &TokenKeyring::removeFinished, [&] { keyring.remove(host, login); });
    } else if (action == QLatin1String("session")) {
        const TokenKeyring::Result written =
            wait(keyring, &TokenKeyring::writeFinished, [&] { keyring.write(host, login, token); });
        result = wait(keyring, &TokenKeyring::readFinished, [&] { keyring.read(host, login); });
        std::printf("write=%s read=%s same=%s\n", statusName(written.status).constData(),
                    statusName(result.status).constData(), result.token == token ? "yes" : "no");
        std::fprintf(stderr, "%s\n", qPrintable(written.message));
        return 0;
    } else {
        return 2;
    }
    if (!result.message.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(result.message));
    return exitCode(result);
}
