#pragma once

#include <QString>

#include <functional>

// Where DeployDeck finds the token: GH_TOKEN, then GITHUB_TOKEN (as GitHub's own `gh` does),
// then the stored token. The stored token comes from a provider the app installs (the keychain
// is a later issue: setStoredTokenProvider() is the seam); without one there is none.
class TokenSource
{
public:
    enum class Origin { None, GhTokenVariable, GitHubTokenVariable, Stored };

    struct Token
    {
        QString value;
        Origin origin = Origin::None;
        bool isEmpty() const { return value.isEmpty(); }
    };

    static Token find();

    using StoredTokenProvider = std::function<QString()>;
    static void setStoredTokenProvider(StoredTokenProvider provider);
};
