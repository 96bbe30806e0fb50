#include "graphqlrefusals.h"

#include <QMutex>
#include <QSet>
#include <QSettings>
#include <QUrl>

#include <memory>
#include <optional>

namespace {

struct Registry
{
    QMutex mutex;
    QSet<QString> refused;               // origins, this process
    std::optional<QString> settingsFile; // set: remembered across runs (empty: the app's)
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    auto settings = file.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(file, QSettings::IniFormat);
    settings->beginGroup(QStringLiteral("GraphQLRefused"));
    return settings;
}

// "https://ghe.example.com:443" as one settings key ('/' would make groups).
QString key(const QString &origin)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(origin));
}

} // namespace

void GraphQLRefusals::rememberAcrossRuns(const QString &settingsFile)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.settingsFile = settingsFile;
}

void GraphQLRefusals::rememberInProcessOnly()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.settingsFile.reset();
}

bool GraphQLRefusals::isRefused(const QString &origin, const QDateTime &now)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (r.refused.contains(origin))
        return true;
    if (!r.settingsFile)
        return false;
    const std::unique_ptr<QSettings> settings = openSettings(*r.settingsFile);
    const QDateTime since =
        QDateTime::fromString(settings->value(key(origin)).toString(), Qt::ISODate);
    if (!since.isValid())
        return false;
    if (since.addDays(rememberedDays) <= now || since > now.addDays(1)) {
        settings->remove(key(origin)); // a week old (or from a wrong clock): ask again
        return false;
    }
    r.refused.insert(origin);
    return true;
}

void GraphQLRefusals::setRefused(const QString &origin, bool refused, const QDateTime &now)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (refused)
        r.refused.insert(origin);
    else
        r.refused.remove(origin);
    if (!r.settingsFile)
        return;
    const std::unique_ptr<QSettings> settings = openSettings(*r.settingsFile);
    if (refused)
        settings->setValue(key(origin), now.toUTC().toString(Qt::ISODate));
    else
        settings->remove(key(origin));
}

void GraphQLRefusals::forgetInProcess()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.refused.clear();
}
