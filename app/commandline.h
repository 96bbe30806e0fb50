#pragma once

#include <QCommandLineOption>

// The headless `deploydeck` subcommands (export, status, mark-inactive, delete, auth).
namespace CommandLine {
bool isSubcommand(const char *arg);
// Exit codes: 0 ok, 1 API error (no token included), 2 usage error.
// commandline.cpp is over 700 lines: one function per subcommand in one file, until #11 (the
// command line scripts can rely on) gives each subcommand a class of its own.
int run(int argc, char *argv[]);
// -h/--help in the UI language (Qt's own text for it is missing from qtbase_ja). The caller
// shows the help when it is set: QCommandLineParser::showHelp(0).
QCommandLineOption helpOption();
} // namespace CommandLine
