#include "statusstate.h"

#include <QCoreApplication>
#include <QList>

namespace StatusStates {

namespace {
struct WireName
{
    StatusState state;
    QLatin1String name;
};

constexpr WireName wireNames[] = {
    {StatusState::Queued, QLatin1String("queued")},
    {StatusState::Pending, QLatin1String("pending")},
    {StatusState::InProgress, QLatin1String("in_progress")},
    {StatusState::Success, QLatin1String("success")},
    {StatusState::Failure, QLatin1String("failure")},
    {StatusState::Error, QLatin1String("error")},
    {StatusState::Inactive, QLatin1String("inactive")},
};
} // namespace

StatusState fromApi(QStringView text)
{
    for (const WireName &entry : wireNames) {
        if (text == entry.name)
            return entry.state;
    }
    return StatusState::Unknown;
}

QString toApi(StatusState state)
{
    for (const WireName &entry : wireNames) {
        if (entry.state == state)
            return entry.name;
    }
    return {};
}

QList<StatusState> postable()
{
    return {StatusState::Queued,  StatusState::Pending, StatusState::InProgress,
            StatusState::Success, StatusState::Failure, StatusState::Error,
            StatusState::Inactive};
}

bool isInactive(StatusState state)
{
    return state == StatusState::Inactive || state == StatusState::Destroyed;
}

bool isFinal(StatusState state)
{
    switch (state) {
    case StatusState::Success:
    case StatusState::Failure:
    case StatusState::Error:
    case StatusState::Inactive:
    case StatusState::Destroyed:
        return true;
    case StatusState::NoStatus:
    case StatusState::Queued:
    case StatusState::Pending:
    case StatusState::InProgress:
    case StatusState::Unknown:
        return false;
    }
    return false;
}

QString displayName(StatusState state, const QString &raw)
{
    switch (state) {
    case StatusState::NoStatus:
        return QCoreApplication::translate("StatusState", "No status");
    case StatusState::Queued:
        return QCoreApplication::translate("StatusState", "Queued");
    case StatusState::Pending:
        return QCoreApplication::translate("StatusState", "Pending");
    case StatusState::InProgress:
        return QCoreApplication::translate("StatusState", "In progress");
    case StatusState::Success:
        return QCoreApplication::translate("StatusState", "Success");
    case StatusState::Failure:
        return QCoreApplication::translate("StatusState", "Failure");
    case StatusState::Error:
        return QCoreApplication::translate("StatusState", "Error");
    case StatusState::Inactive:
        return QCoreApplication::translate("StatusState", "Inactive");
    case StatusState::Destroyed:
        return QCoreApplication::translate("StatusState", "Destroyed");
    case StatusState::Unknown:
        //: A deployment state GitHub sent that this version does not know; %1 is GitHub's text.
        return QCoreApplication::translate("StatusState", "Unknown: %1").arg(raw);
    }
    return raw;
}

} // namespace StatusStates
