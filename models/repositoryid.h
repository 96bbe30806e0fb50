#pragma once

#include <QString>

#include <optional>

// An "owner/name" repository reference; GitHub compares both parts case-insensitively.
struct RepositoryId
{
    QString owner;
    QString name;

    // Parses "owner/name"; anything else (empty parts, extra slashes, spaces) gives nullopt.
    static std::optional<RepositoryId> parse(const QString &text);

    QString fullName() const { return owner + QLatin1Char('/') + name; }
    bool isValid() const { return !owner.isEmpty() && !name.isEmpty(); }

    friend bool operator==(const RepositoryId &a, const RepositoryId &b)
    {
        return a.owner.compare(b.owner, Qt::CaseInsensitive) == 0 &&
               a.name.compare(b.name, Qt::CaseInsensitive) == 0;
    }
    friend bool operator!=(const RepositoryId &a, const RepositoryId &b) { return !(a == b); }
};
