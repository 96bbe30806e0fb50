#pragma once

// (emulatorgraphql.cpp is over 700 lines, 1,353: GitHub's schema subset as one executor, its
// cost rules and its error shapes, which only make sense together; the document parser is
// already apart, in graphqldocument.cpp.)
// GitHub's GraphQL API (POST /graphql, and /api/graphql on Enterprise Server) over an
// EmulatorStore, for the part of GitHub's schema a deployments client reads: Query.repository,
// Query.node, Query.viewer, Query.rateLimit; Repository.deployments (environments, orderBy,
// cursors) and environments; Deployment (statuses, latestStatus, creator, ref, state, ...),
// DeploymentStatus, Actor (User, Bot), Ref, Environment, PageInfo, RateLimit. Real documents
// are parsed (graphqldocument.h): operations and operationName, variables with defaults,
// aliases, named and inline fragments, @include/@skip. GitHub's cost rule (each connection's
// requests, the product of its parents' `first`/`last`, summed, divided by 100, at least 1),
// its pagination limits (first/last required, at most 100, 500,000 nodes) and its error shapes
// (HTTP 200 with `errors` beside partial `data`: NOT_FOUND, FORBIDDEN, RATE_LIMITED; validation
// errors with `extensions.code` and no `data`) are followed. Field names and types are checked
// against GitHub's published schema by tests/conformance.

#include "emulator/emulatorapi.h"

#include <QDateTime>

class EmulatorStore;

// The GraphQL budget: 5,000 points an hour, separate from REST's.
struct EmulatorGraphQLBudget
{
    int limit = 5000;
    int used = 0;
    QDateTime reset; // shared with the REST window; set by the caller
};

namespace EmulatorGraphQL {

bool handles(const QString &path); // "/graphql" or "/api/graphql"

// Answers one POST. Spends the query's cost from `budget` (nothing for a document that does not
// validate, or a `rateLimit(dryRun: true)`-only query); answers RATE_LIMITED when the budget
// cannot pay for it. Adds GitHub's x-ratelimit-* headers with resource "graphql".
EmulatorResponse handle(EmulatorStore &store, const EmulatorRequest &request,
                        EmulatorGraphQLBudget &budget);

} // namespace EmulatorGraphQL
