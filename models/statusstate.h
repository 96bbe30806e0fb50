#pragma once

#include <QMetaType>
#include <QString>

// The state of a deployment status as GitHub reports it, plus the states the UI needs around
// it: a deployment with no status yet, `destroyed` (an inactive transient deployment) and any
// state string GitHub may add later (kept with its raw text, never dropped).
enum class StatusState {
    NoStatus,
    Queued,
    Pending,
    InProgress,
    Success,
    Failure,
    Error,
    Inactive,
    Destroyed,
    Unknown,
};

namespace StatusStates {

// "in_progress" -> InProgress; anything GitHub has not documented -> Unknown.
StatusState fromApi(QStringView text);
// The wire value for states a client may send; empty for NoStatus, Destroyed and Unknown.
QString toApi(StatusState state);
// The seven states a client can post, in the order a person thinks of them.
QList<StatusState> postable();
// True when nothing more is expected to happen to a deployment in this state.
bool isFinal(StatusState state);
// Inactive, or Destroyed (inactive in a transient environment): no longer live, deletable.
bool isInactive(StatusState state);
// Translated name for people ("In progress", "진행 중", "進行中"); for Unknown: "Unknown: <raw>".
QString displayName(StatusState state, const QString &raw = {});

} // namespace StatusStates

Q_DECLARE_METATYPE(StatusState)
