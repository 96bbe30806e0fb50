// GET .../deployments (a list) and POST .../deployments (one), as the client reads them.
#include "fuzzinput.h"
#include "models/deployment.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue json = fuzzJson(fuzzBytes(data, size));
    QStringList warnings;
    for (const Deployment &deployment : Deployment::listFromJson(json, &warnings))
        (void)deployment.id;
    QString error;
    (void)Deployment::fromJson(json, &error);
    if (json.isArray() && !json.toArray().isEmpty())
        (void)Deployment::fromJson(json.toArray().first(), &error);
    return 0;
}
