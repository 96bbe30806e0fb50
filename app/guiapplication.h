#pragma once

// Starts the desktop app: QApplication, translations, the main window (or the demo).
namespace GuiApplication {
int run(int argc, char *argv[]);
}
