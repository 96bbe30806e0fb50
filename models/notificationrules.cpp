#include "notificationrules.h"

#include <QSettings>
#include <QUrl>

#include <memory>

namespace {
QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.toLower()));
}

// QSettings() is cheap to make but not to keep around a QCoreApplication's names change.
class SettingsRef
{
public:
    explicit SettingsRef(QSettings *given)
        : m_settings(given)
    {
        if (!m_settings) {
            m_own = std::make_unique<QSettings>();
            m_settings = m_own.get();
        }
    }
    QSettings *operator->() const { return m_settings; }

private:
    std::unique_ptr<QSettings> m_own;
    QSettings *m_settings;
};
} // namespace

NotificationRules::NotificationRules(QSettings *settings)
    : m_settings(settings)
{}

NotificationRules::Rule NotificationRules::defaults(bool production)
{
    Rule rule;
    rule.failure = production;
    rule.overdue = production;
    return rule;
}

QString NotificationRules::group(const QString &host, const RepositoryId &repository,
                                 const QString &environment)
{
    return QStringLiteral("notifications/rules/") + encoded(host) + QLatin1Char('/') +
           encoded(repository.owner) + QLatin1Char('/') + encoded(repository.name) +
           QLatin1Char('/') + encoded(environment);
}

NotificationRules::Rule NotificationRules::rule(const QString &host, const RepositoryId &repository,
                                                const QString &environment, bool production) const
{
    SettingsRef settings(m_settings);
    const Rule fallback = defaults(production);
    const QString prefix = group(host, repository, environment) + QLatin1Char('/');
    if (!settings->contains(prefix + QLatin1String("failure")))
        return fallback;
    Rule rule;
    rule.failure = settings->value(prefix + QLatin1String("failure"), fallback.failure).toBool();
    rule.success = settings->value(prefix + QLatin1String("success"), fallback.success).toBool();
    rule.overdue = settings->value(prefix + QLatin1String("overdue"), fallback.overdue).toBool();
    rule.inactive = settings->value(prefix + QLatin1String("inactive"), fallback.inactive).toBool();
    rule.overdueMinutes = qBound(
        1,
        settings->value(prefix + QLatin1String("overdueMinutes"), fallback.overdueMinutes).toInt(),
        24 * 60);
    return rule;
}

void NotificationRules::setRule(const QString &host, const RepositoryId &repository,
                                const QString &environment, const Rule &rule)
{
    SettingsRef settings(m_settings);
    const QString prefix = group(host, repository, environment) + QLatin1Char('/');
    settings->setValue(prefix + QLatin1String("failure"), rule.failure);
    settings->setValue(prefix + QLatin1String("success"), rule.success);
    settings->setValue(prefix + QLatin1String("overdue"), rule.overdue);
    settings->setValue(prefix + QLatin1String("inactive"), rule.inactive);
    settings->setValue(prefix + QLatin1String("overdueMinutes"),
                       qBound(1, rule.overdueMinutes, 24 * 60));
}

void NotificationRules::resetRule(const QString &host, const RepositoryId &repository,
                                  const QString &environment)
{
    SettingsRef settings(m_settings);
    settings->remove(group(host, repository, environment));
}

bool NotificationRules::isCustomised(const QString &host, const RepositoryId &repository,
                                     const QString &environment) const
{
    SettingsRef settings(m_settings);
    return settings->contains(group(host, repository, environment) + QLatin1String("/failure"));
}
