// GET .../deployments/{id}/statuses and POST's answer, as the client reads them.
#include "fuzzinput.h"
#include "models/deploymentstatus.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue json = fuzzJson(fuzzBytes(data, size));
    QStringList warnings;
    for (const DeploymentStatus &status : DeploymentStatus::listFromJson(json, &warnings))
        (void)status.deploymentId();
    QString error;
    if (const auto status = DeploymentStatus::fromJson(json, &error))
        (void)status->deploymentId();
    return 0;
}
