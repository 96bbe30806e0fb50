#pragma once

// GitHub's environment routes beyond the listing: GET, PUT (create or update) and DELETE
// /repos/{owner}/{repo}/environments/{environment_name}. PUT and DELETE need admin rights on
// the repository; without them the emulator answers 403 "Must have admin rights to
// Repository." (GitHub answers some non-admin callers 404 instead; a client must explain both).
// Deleting an environment keeps its deployments, as the Deployments API still lists them.

#include "emulator/emulatorapi.h"

#include <QStringList>

struct EmulatorRepository;

namespace EmulatorEnvironments {

// `rest` follows the repository ("environments", ...): the single-environment routes, or
// nullopt-like 404 for anything else. Access checks common to all routes ran already.
EmulatorResponse handle(EmulatorStore &store, const EmulatorRequest &request,
                        EmulatorRepository &repo);

// The environment name in a request path (after /environments/), percent-decoded: a name with
// a slash may be sent as preview%2Fpr-1 or as preview/pr-1.
QString nameFromPath(const QString &rawPath);

} // namespace EmulatorEnvironments
