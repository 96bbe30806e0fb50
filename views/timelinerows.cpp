#include "timelinerows.h"

#include "models/deploymentroles.h"
#include "models/statusmarker.h"
#include "statestyle.h"
#include "timeformat.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

#include <algorithm>

TimelineRows::TimelineRows(QObject *parent)
    : QObject(parent)
{}

void TimelineRows::setMarkerProvider(TimelineMarkerProvider provider)
{
    m_markerProvider = std::move(provider);
}

void TimelineRows::setEnvironmentModel(QAbstractItemModel *environments)
{
    if (m_environmentModel)
        disconnect(m_environmentModel, nullptr, this, nullptr);
    m_environmentModel = environments;
    if (environments) {
        using Model = QAbstractItemModel;
        connect(environments, &Model::rowsInserted, this, &TimelineRows::readLaneOrder);
        connect(environments, &Model::rowsRemoved, this, &TimelineRows::readLaneOrder);
        connect(environments, &Model::rowsMoved, this, &TimelineRows::readLaneOrder);
        connect(environments, &Model::layoutChanged, this, &TimelineRows::readLaneOrder);
        connect(environments, &Model::modelReset, this, &TimelineRows::readLaneOrder);
        connect(environments, &Model::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    // An empty list means "all roles".
                    if (roles.isEmpty() || roles.contains(EnvironmentRoles::NameRole))
                        readLaneOrder();
                });
        connect(environments, &QObject::destroyed, this, [this] { setLaneOrder({}); });
    }
    readLaneOrder();
}

void TimelineRows::readLaneOrder()
{
    QStringList names;
    if (m_environmentModel) {
        const int rows = m_environmentModel->rowCount();
        names.reserve(rows);
        for (int row = 0; row < rows; ++row)
            names << m_environmentModel->index(row, 0).data(EnvironmentRoles::NameRole).toString();
    }
    setLaneOrder(names);
}

void TimelineRows::setLaneOrder(const QStringList &environments)
{
    if (environments == m_laneOrder)
        return;
    m_laneOrder = environments;
    emit laneOrderChanged();
}

bool TimelineRows::readBar(const QModelIndex &index, TimelineLayout::Bar *bar)
{
    QDateTime created = index.data(DeploymentRoles::CreatedAtRole).toDateTime();
    if (!created.isValid())
        created = index.data(DeploymentRoles::UpdatedAtRole).toDateTime();
    if (!created.isValid())
        return false;
    bar->row = index.row();
    bar->id = index.data(DeploymentRoles::IdRole).toLongLong();
    bar->lane = index.data(DeploymentRoles::EnvironmentRole).toString();
    bar->start = created.toMSecsSinceEpoch();
    const QDateTime ended = index.data(DeploymentRoles::EndTimeRole).toDateTime();
    bar->end = ended.isValid() ? qMax(bar->start, ended.toMSecsSinceEpoch()) : -1;
    return true;
}

QVector<TimelineLayout::Bar> TimelineRows::read(const QAbstractItemModel *model,
                                                const QModelIndex &root)
{
    const int rows = model ? model->rowCount(root) : 0;
    QVector<TimelineLayout::Bar> bars;
    bars.reserve(rows);
    m_looks.clear();
    m_looks.resize(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0, root);
        TimelineLayout::Bar bar;
        if (!readBar(index, &bar))
            continue;
        bars.append(bar);
        m_looks[row] = look(index, m_markerProvider);
    }
    return bars;
}

TimelineRows::Change TimelineRows::update(const QAbstractItemModel *model, const QModelIndex &root,
                                          int first, int last, const QList<int> &roles,
                                          const TimelineLayout &layout)
{
    // An empty list means "all roles".
    static const QList<int> geometryRoles = {
        DeploymentRoles::EnvironmentRole, DeploymentRoles::CreatedAtRole,
        DeploymentRoles::UpdatedAtRole, DeploymentRoles::EndTimeRole, DeploymentRoles::IdRole};
    static const QList<int> paintRoles = {
        DeploymentRoles::StateRole,        DeploymentRoles::IsActiveRole,
        DeploymentRoles::PendingWriteRole, DeploymentRoles::RefRole,
        DeploymentRoles::ShaRole,          DeploymentRoles::UpdatedAtRole,
        DeploymentRoles::StatusCountRole,  DeploymentRoles::RawStateRole};
    bool geometry = roles.isEmpty();
    bool paint = roles.isEmpty();
    for (int role : roles) {
        geometry = geometry || geometryRoles.contains(role);
        paint = paint || paintRoles.contains(role) || role > DeploymentRoles::StatusCountRole;
    }
    if (!geometry && !paint)
        return Change::None;
    // Cheap path: update the looks in place while the bars stay where they are.
    for (int row = first; row <= last; ++row) {
        const auto [laneIndex, itemIndex] = layout.locate(row);
        if (laneIndex < 0 || row >= m_looks.size())
            return Change::Relayout;
        const TimelineLayout::Lane &lane = layout.lane(laneIndex);
        const TimelineLayout::Item &item = lane.items.at(itemIndex);
        const QModelIndex index = model->index(row, 0, root);
        TimelineLayout::Bar bar;
        if (geometry && (!readBar(index, &bar) || bar.lane != lane.name ||
                         bar.start != item.start || bar.end != item.end || bar.id != item.id))
            return Change::Relayout;
        m_looks[row] = look(index, m_markerProvider);
    }
    return Change::Repaint;
}

TimelineBarLook TimelineRows::look(const QModelIndex &index,
                                   const TimelineMarkerProvider &markerProvider)
{
    TimelineBarLook look;
    look.state = index.data(DeploymentRoles::StateRole).value<StatusState>();
    look.active = index.data(DeploymentRoles::IsActiveRole).toBool();
    look.pendingWrite = index.data(DeploymentRoles::PendingWriteRole).toBool();
    const QString ref = index.data(DeploymentRoles::RefRole).toString();
    const QString sha = TimeFormat::shortSha(index.data(DeploymentRoles::ShaRole).toString());
    look.label = (sha.isEmpty() || ref.startsWith(sha)) ? ref : ref + QStringLiteral(" · ") + sha;
    const QVariant statuses = index.data(DeploymentRoles::StatusMarkersRole);
    if (markerProvider) {
        look.markers = markerProvider(index);
    } else if (statuses.isValid()) {
        // Every status of the deployment, when the model gives them (DeploymentModel does).
        for (const StatusMarker &status : statuses.value<QList<StatusMarker>>()) {
            if (status.time.isValid())
                look.markers.append({status.time.toMSecsSinceEpoch(), status.state});
        }
    } else if (look.state != StatusState::NoStatus) {
        const QDateTime updated = index.data(DeploymentRoles::UpdatedAtRole).toDateTime();
        const QDateTime created = index.data(DeploymentRoles::CreatedAtRole).toDateTime();
        look.markers = {
            {updated.isValid() ? updated.toMSecsSinceEpoch() : created.toMSecsSinceEpoch(),
             look.state}};
    }
    std::sort(look.markers.begin(), look.markers.end(),
              [](const TimelineMarker &a, const TimelineMarker &b) { return a.msecs < b.msecs; });
    return look;
}

QString TimelineRows::toolTip(const QModelIndex &index, const QDateTime &now)
{
    if (!index.isValid())
        return {};
    auto value = [&](int role) {
        return index.data(role);
    };
    const QString ref = value(DeploymentRoles::RefRole).toString();
    const QString sha = value(DeploymentRoles::ShaRole).toString();
    const StatusState state = value(DeploymentRoles::StateRole).value<StatusState>();
    QString stateText =
        StateStyle::displayName(state, value(DeploymentRoles::RawStateRole).toString());
    if (value(DeploymentRoles::PendingWriteRole).toBool())
        stateText = QCoreApplication::translate("TimelineView", "%1 (saving…)").arg(stateText);
    const QDateTime created = value(DeploymentRoles::CreatedAtRole).toDateTime();
    const QDateTime ended = value(DeploymentRoles::EndTimeRole).toDateTime();
    QString description = value(DeploymentRoles::DescriptionRole).toString();
    if (description.size() > 300)
        description = description.left(300) + QChar(0x2026);

    // Every API string is escaped: the tooltip is rich text only for the bold ref.
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(ref.toHtmlEscaped());
    lines << QCoreApplication::translate("TimelineView", "Commit: %1")
                 .arg(TimeFormat::shortSha(sha).toHtmlEscaped());
    lines << QCoreApplication::translate("TimelineView", "Environment: %1")
                 .arg(value(DeploymentRoles::EnvironmentRole).toString().toHtmlEscaped());
    lines
        << QCoreApplication::translate("TimelineView", "State: %1").arg(stateText.toHtmlEscaped());
    lines << QCoreApplication::translate("TimelineView", "Created by: %1")
                 .arg(value(DeploymentRoles::CreatorLoginRole).toString().toHtmlEscaped());
    lines << QCoreApplication::translate("TimelineView", "Created: %1 (%2)")
                 .arg(TimeFormat::brief(created).toHtmlEscaped(),
                      TimeFormat::relative(created, now).toHtmlEscaped());
    if (value(DeploymentRoles::IsActiveRole).toBool())
        lines << QCoreApplication::translate("TimelineView", "Live now");
    else if (ended.isValid())
        lines << QCoreApplication::translate("TimelineView", "Ended: %1")
                     .arg(TimeFormat::brief(ended).toHtmlEscaped());
    if (!description.isEmpty())
        lines << description.toHtmlEscaped();
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
        .arg(lines.join(QStringLiteral("<br/>")));
}
