#pragma once

#include <QDateTime>
#include <QString>

// Hosts that refused GraphQL (an old Enterprise Server without it, a token GraphQL does not
// take): their bulk reads go over REST without asking again. Shared by every GitHubClient of the
// process (the window's, the Overview's one per account), keyed by origin (scheme, host, port).
// Once rememberAcrossRuns() is called (the app and the command line do; tests give a file of
// their own), a refusal is also kept in the settings for rememberedDays: a script that runs
// `deploydeck export` every few minutes asks an old host once a week, not each time, and the
// host's upgrade is still noticed.
namespace GraphQLRefusals {

inline constexpr int rememberedDays = 7;

// `settingsFile` empty: the application's QSettings; otherwise that INI file.
void rememberAcrossRuns(const QString &settingsFile = {});
void rememberInProcessOnly(); // the default
bool isRefused(const QString &origin, const QDateTime &now = QDateTime::currentDateTimeUtc());
void setRefused(const QString &origin, bool refused,
                const QDateTime &now = QDateTime::currentDateTimeUtc());
// Forgets the process's refusals (tests), not the settings'.
void forgetInProcess();

} // namespace GraphQLRefusals
