#pragma once

#include "models/repositoryid.h"

class MainWindow;

// What the main window remembers between runs in QSettings: geometry, splitters, table columns,
// filters, auto-refresh, the legend, the recent repositories and the last one (the demo's are
// not the user's and are never saved).
namespace WindowSettings {

// Restores `window`'s state; returns the last repository (invalid when none).
RepositoryId restore(MainWindow *window);
void save(const MainWindow *window);

} // namespace WindowSettings
