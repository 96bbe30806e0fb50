#pragma once

#include "repositoryid.h"

#include <QString>
#include <QStringList>

class QSettings;

// Which transitions of one environment of one repository notify, kept in QSettings under
// notifications/rules/<host>/<owner>/<name>/<environment> (names lower-cased and
// percent-encoded). An environment never configured gets the defaults: failure or error
// notifies in production environments, the rest is off.
class NotificationRules
{
public:
    struct Rule
    {
        bool failure = false;  // failure or error
        bool success = false;  // success (meant for production)
        bool overdue = false;  // queued or in_progress for longer than overdueMinutes
        bool inactive = false; // marked inactive by someone else (not this app)
        int overdueMinutes = 30;

        friend bool operator==(const Rule &a, const Rule &b)
        {
            return a.failure == b.failure && a.success == b.success && a.overdue == b.overdue &&
                   a.inactive == b.inactive && a.overdueMinutes == b.overdueMinutes;
        }
        friend bool operator!=(const Rule &a, const Rule &b) { return !(a == b); }
    };

    // Uses QSettings() unless `settings` is given (not owned).
    explicit NotificationRules(QSettings *settings = nullptr);

    static Rule defaults(bool production);
    // `production`: the deployments' production_environment flag, for the defaults.
    Rule rule(const QString &host, const RepositoryId &repository, const QString &environment,
              bool production) const;
    void setRule(const QString &host, const RepositoryId &repository, const QString &environment,
                 const Rule &rule);
    // Back to the defaults.
    void resetRule(const QString &host, const RepositoryId &repository, const QString &environment);
    bool isCustomised(const QString &host, const RepositoryId &repository,
                      const QString &environment) const;

private:
    static QString group(const QString &host, const RepositoryId &repository,
                         const QString &environment);
    QSettings *m_settings = nullptr;
};
