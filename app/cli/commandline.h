#pragma once

// The headless `deploydeck COMMAND ...` (export, status, mark-inactive, delete, watch, auth):
// the entry point main() calls. The parts are in app/cli/ (clicore.h says how to add one).
namespace CommandLine {

// Whether the arguments ask for the command line rather than the window: a word that is not
// an option (a subcommand, known or not) before or after the options, or --help / --version.
// Needs no Q*Application; the window's options (--repo, --live ...) are skipped with their
// values.
bool wanted(int argc, char *argv[]);

// Exit codes: 0 ok, 1 the API refused (no token included), 2 usage error. Runs on a
// QCoreApplication: no display needed.
int run(int argc, char *argv[]);

} // namespace CommandLine
