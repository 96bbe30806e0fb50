#pragma once

// The synthetic organisation for the overview board's tests and benchmark: many repositories,
// each with releases promoted qa -> staging -> production (the same ref and SHA moving
// along), a preview environment now and then, and a few repositories in the states a board
// must show: staging ahead of production (drift), a failed attempt over an older live
// production deployment.

class EmulatorStore;

namespace OrganisationData {

// "acme-org/service-01" ... : `repositories` repositories with `deployments` deployments of
// `statusesEach` statuses each (queued, in_progress..., then success or failure). Statuses
// are added without auto_inactive, so the shape is exactly R x N x M. Deterministic for a
// clock. Keeps what the store already holds (call store.clear() first for only this).
//   repository i % 3 == 0: its newest release reached staging, not production (drift);
//   repository i % 5 == 2: its newest production attempt failed (live stays the one before).
void populate(EmulatorStore &store, int repositories, int deployments, int statusesEach);

} // namespace OrganisationData
