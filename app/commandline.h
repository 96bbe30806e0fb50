#pragma once

#include <QCommandLineOption>

// The headless `deploydeck` subcommands (export, status, mark-inactive, delete).
namespace CommandLine {
bool isSubcommand(const char *arg);
int run(int argc, char *argv[]); // exit codes: 0 ok, 1 API error, 2 usage error
// -h/--help in the UI language (Qt's own text for it is missing from qtbase_ja). The caller
// shows the help when it is set: QCommandLineParser::showHelp(0).
QCommandLineOption helpOption();
} // namespace CommandLine
