// A non-2xx answer: GitHub's error JSON (message, errors, documentation_url) or anything else,
// classified and turned into the sentence people see. The first byte picks the status and
// whether the content type says JSON.
#include "fuzzinput.h"
#include "models/githuberror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = {400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 302, 200};
    const int status = statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))];
    const QByteArray contentType =
        data[0] & 0x80 ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json");
    const GitHubError error =
        GitHubError::fromResponse(status, contentType, fuzzBytes(data + 1, size - 1));
    (void)error.toDisplayString();
    (void)error.isTransient();
    QUrl sso;
    (void)GitHubError::parseSsoHeader(fuzzBytes(data + 1, size - 1), &sso);
    return 0;
}
