#include "windowsettings.h"

#include "mainwindow.h"

#include "views/deploymenttable.h"
#include "views/filterbar.h"
#include "views/repositorybox.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>

namespace {
namespace Keys {
const char geometry[] = "mainWindow/geometry";
const char windowState[] = "mainWindow/state";
const char mainSplitter[] = "mainWindow/mainSplitter";
const char centreSplitter[] = "mainWindow/centreSplitter";
const char tableHeader[] = "mainWindow/tableHeader";
const char textFilter[] = "filters/text";
const char environmentFilter[] = "filters/environment";
const char stateFilter[] = "filters/states";
const char recent[] = "repositories/recent";
const char last[] = "repositories/last";
const char autoRefresh[] = "refresh/auto";
const char showLegend[] = "view/legend";
} // namespace Keys

QVariant value(const char *key, const QVariant &fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}
} // namespace

RepositoryId WindowSettings::restore(MainWindow *window)
{
    window->restoreGeometry(value(Keys::geometry).toByteArray());
    window->restoreState(value(Keys::windowState).toByteArray());
    window->mainSplitter()->restoreState(value(Keys::mainSplitter).toByteArray());
    window->centreSplitter()->restoreState(value(Keys::centreSplitter).toByteArray());
    window->tableView()->horizontalHeader()->restoreState(value(Keys::tableHeader).toByteArray());
    window->repositoryBox()->setRecentRepositories(value(Keys::recent).toStringList());

    FilterBar *filters = window->filterBar();
    {
        const QSignalBlocker blocker(filters);
        filters->setText(value(Keys::textFilter).toString());
        QList<StatusState> states;
        const QStringList codes = value(Keys::stateFilter).toStringList();
        for (const QString &code : codes) {
            if (const auto state = FilterBar::stateFromCode(code))
                states.append(*state);
        }
        filters->setStates(states);
        filters->setEnvironment(value(Keys::environmentFilter).toString());
    }
    window->autoRefreshAction()->setChecked(value(Keys::autoRefresh, true).toBool());
    window->showLegendAction()->setChecked(value(Keys::showLegend, true).toBool());
    // A header saved in another language may be too narrow for this one.
    window->tableView()->fitColumns();

    return RepositoryId::parse(value(Keys::last).toString()).value_or(RepositoryId());
}

void WindowSettings::save(const MainWindow *window)
{
    QSettings settings;
    const auto set = [&settings](const char *key, const QVariant &value) {
        settings.setValue(QLatin1String(key), value);
    };
    set(Keys::geometry, window->saveGeometry());
    set(Keys::windowState, window->saveState());
    set(Keys::mainSplitter, window->mainSplitter()->saveState());
    set(Keys::centreSplitter, window->centreSplitter()->saveState());
    set(Keys::tableHeader, window->tableView()->horizontalHeader()->saveState());
    // The demo's repositories are not the user's: theirs stay as they were.
    set(Keys::recent, window->repositoryBox()->recentRepositories());
    const FilterBar *filters = window->filterBar();
    set(Keys::textFilter, filters->textEdit()->text());
    set(Keys::environmentFilter, filters->environment());
    QStringList states;
    for (StatusState state : filters->states())
        states.append(FilterBar::stateCode(state));
    set(Keys::stateFilter, states);
    set(Keys::autoRefresh, window->autoRefreshAction()->isChecked());
    set(Keys::showLegend, window->showLegendAction()->isChecked());
    if (window->hasRepository() && !window->isDemoMode())
        set(Keys::last, window->repository().fullName());
}
