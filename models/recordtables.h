#pragma once

#include "deployment.h"
#include "deploymententry.h"
#include "deploymentstatus.h"
#include "githubuser.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

// Turns parsed deployments and statuses into DeploymentStore's compact records and gives back
// what the views read from them, keeping what repeats (texts, URLs, payloads, creators) once.
class RecordTables
{
public:
    // --- into records ---
    // Statuses are many: what the views show, as indexes into the tables; the rest is dropped.
    StatusRecord record(const DeploymentStatus &status);
    // Fills entry->deployment and entry->json from what GitHub sent.
    void store(DeploymentEntry *entry, const Deployment &deployment);
    quint32 addUser(const GitHubUser &user); // 0 for none
    QString sharedText(const QString &text) { return m_texts.shared(text); }

    // --- out of records ---
    const GitHubUser &user(quint32 index) const { return m_users.at(index); }
    QString rawState(const DeploymentEntry &entry) const; // GitHub's text ("" when no status)
    QString description(const DeploymentEntry &entry) const;
    QString environment(const DeploymentEntry &entry) const; // where its statuses moved it
    QUrl logUrl(const DeploymentEntry &entry) const;
    QUrl environmentUrl(const DeploymentEntry &entry) const;
    QUrl url(const DeploymentEntry &entry) const;         // the deployment's API url
    QJsonObject json(const DeploymentEntry &entry) const; // GitHub's object, as it sent it
    DeploymentStatus status(const StatusRecord &record) const;
    Deployment deployment(const DeploymentEntry &entry) const;

private:
    // Values that repeat, each kept once and handed out by index; index 0 is the empty value.
    template <typename T>
    class SharedValues
    {
    public:
        quint32 add(const T &value)
        {
            if (value == T())
                return 0;
            const auto it = m_index.constFind(value);
            if (it != m_index.cend())
                return *it;
            m_values.append(value);
            return m_index.insert(value, quint32(m_values.size() - 1)).value();
        }
        const T &at(quint32 index) const { return m_values.at(index); }
        T shared(const T &value) { return at(add(value)); } // an implicitly shared copy

    private:
        QList<T> m_values{T()};
        QHash<T, quint32> m_index;
    };

    SharedValues<QString> m_texts;
    SharedValues<QUrl> m_urls;
    SharedValues<QJsonValue> m_payloads;
    SharedValues<QJsonObject> m_creatorJson; // creators as GitHub sent them, out of the json
    QList<GitHubUser> m_users{GitHubUser()}; // every creator seen; index 0: none
    QHash<qint64, quint32> m_userIndex;      // GitHub's user id -> its latest entry in m_users
    QUrl m_repositoryUrl;                    // from the first deployment stored
};
