#include "tokensource.h"

#include <QtGlobal>

namespace {
TokenSource::StoredTokenProvider &storedTokenProvider()
{
    static TokenSource::StoredTokenProvider provider;
    return provider;
}
} // namespace

TokenSource::Token TokenSource::find()
{
    const QString ghToken = qEnvironmentVariable("GH_TOKEN").trimmed();
    if (!ghToken.isEmpty())
        return {ghToken, Origin::GhTokenVariable};
    const QString githubToken = qEnvironmentVariable("GITHUB_TOKEN").trimmed();
    if (!githubToken.isEmpty())
        return {githubToken, Origin::GitHubTokenVariable};
    if (storedTokenProvider()) {
        const QString stored = storedTokenProvider()().trimmed();
        if (!stored.isEmpty())
            return {stored, Origin::Stored};
    }
    return {};
}

void TokenSource::setStoredTokenProvider(StoredTokenProvider provider)
{
    storedTokenProvider() = std::move(provider);
}
