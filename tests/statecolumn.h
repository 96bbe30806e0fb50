#pragma once

#include "models/deploymentroles.h"
#include "views/statestyle.h"

#include <QFontMetrics>
#include <QStringList>
#include <QTableView>

// The state names (in the current UI language) that do not fit the deployments table's State
// column as StatusDelegate lays them out: 4 px, a badge of the font's height + 2, 6 px, the
// name, 4 px, and the grid line. Empty when all fit.
inline QStringList statesNotFitting(const QTableView *table)
{
    const QFontMetrics metrics = table->fontMetrics();
    const int width = table->columnWidth(DeploymentRoles::StateColumn);
    QStringList names;
    for (StatusState state : StateStyle::allStates()) {
        const QString name = StateStyle::displayName(state);
        if (4 + metrics.height() + 2 + 6 + metrics.horizontalAdvance(name) + 4 + 1 > width)
            names.append(QStringLiteral("%1 (%2 px)").arg(name).arg(width));
    }
    return names;
}
