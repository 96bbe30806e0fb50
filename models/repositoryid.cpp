#include "repositoryid.h"

#include <QRegularExpression>

std::optional<RepositoryId> RepositoryId::parse(const QString &text)
{
    // GitHub owner and repository names: letters, digits, '-', '_' and '.'.
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/([A-Za-z0-9._-]+)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString name = match.captured(2);
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return std::nullopt;
    return RepositoryId{match.captured(1), name};
}
