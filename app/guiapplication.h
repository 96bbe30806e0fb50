#pragma once

// Starts the desktop app: QApplication, translations, the main window (or the demo).
#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace GuiApplication {
int run(int argc, char *argv[]);
// The window's own options (--demo, --repo, --live) and what the app is, for the top-level
// help (which the command line prints without a display) and for the window's parser.
QList<QCommandLineOption> windowOptions();
QString description();
} // namespace GuiApplication
