// GET /user and every `creator` object, as the client reads them.
#include "fuzzinput.h"
#include "models/githubuser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    (void)GitHubUser::fromJson(fuzzJson(fuzzBytes(data, size)), &error);
    return 0;
}
