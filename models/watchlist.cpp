#include "watchlist.h"

#include <QSettings>

namespace {
const QString group = QStringLiteral("overview/watched");
}

WatchList::WatchList(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(!settings)
{
    const int size = m_settings->beginReadArray(group);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        WatchedRepository watched;
        watched.apiRoot = m_settings->value(QStringLiteral("apiRoot")).toUrl();
        watched.login = m_settings->value(QStringLiteral("login")).toString();
        const std::optional<RepositoryId> id =
            RepositoryId::parse(m_settings->value(QStringLiteral("repository")).toString());
        if (id && watched.apiRoot.isValid() && indexOf(watched.apiRoot, *id) < 0) {
            watched.repository = *id;
            m_repositories.append(watched);
        }
    }
    m_settings->endArray();
}

WatchList::~WatchList()
{
    if (m_ownsSettings)
        delete m_settings;
}

int WatchList::indexOf(const QUrl &apiRoot, const RepositoryId &repository) const
{
    for (int i = 0; i < count(); ++i) {
        const WatchedRepository &watched = m_repositories.at(i);
        if (watched.apiRoot == apiRoot && watched.repository == repository)
            return i;
    }
    return -1;
}

bool WatchList::add(const WatchedRepository &repository)
{
    if (!repository.repository.isValid() || !repository.apiRoot.isValid() ||
        contains(repository.apiRoot, repository.repository))
        return false;
    m_repositories.append(repository);
    save();
    Q_EMIT added(repository);
    return true;
}

bool WatchList::remove(const QUrl &apiRoot, const RepositoryId &repository)
{
    const int index = indexOf(apiRoot, repository);
    if (index < 0)
        return false;
    Q_EMIT aboutToBeRemoved(index);
    const WatchedRepository gone = m_repositories.takeAt(index);
    save();
    Q_EMIT removed(gone);
    return true;
}

void WatchList::save()
{
    m_settings->remove(group);
    m_settings->beginWriteArray(group, count());
    for (int i = 0; i < count(); ++i) {
        m_settings->setArrayIndex(i);
        const WatchedRepository &watched = m_repositories.at(i);
        m_settings->setValue(QStringLiteral("apiRoot"), watched.apiRoot);
        m_settings->setValue(QStringLiteral("login"), watched.login);
        m_settings->setValue(QStringLiteral("repository"), watched.repository.fullName());
    }
    m_settings->endArray();
}
