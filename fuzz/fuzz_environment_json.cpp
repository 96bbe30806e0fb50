// GET .../environments ({"total_count", "environments": [...]}), as the client reads it.
#include "fuzzinput.h"
#include "models/environment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue json = fuzzJson(fuzzBytes(data, size));
    QStringList warnings;
    (void)Environment::listFromJson(json, &warnings);
    QString error;
    (void)Environment::fromJson(json, &error);
    return 0;
}
