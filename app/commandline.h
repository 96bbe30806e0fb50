#pragma once

// The headless `deploydeck` subcommands (export, status, mark-inactive, delete).
namespace CommandLine {
bool isSubcommand(const char *arg);
int run(int argc, char *argv[]); // exit codes: 0 ok, 1 API error, 2 usage error
} // namespace CommandLine
