#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <random>

// Seeded random faults for soak tests: a share of requests gets one of the faults a real
// GitHub (or the proxies in front of it) produces, in an order the seed repeats exactly.
// The emulator asks decide() once per API request and carries the fault out itself.
class EmulatorChaos
{
public:
    enum class Fault {
        Status500,      // 500 with GitHub's JSON error body
        Status502Html,  // 502 with an HTML page (GitHub's edge)
        RateLimit403,   // 403 secondary rate limit with retry-after
        Status429,      // 429 with retry-after
        TruncatedBody,  // 200 headers, then half a body and a closed connection
        DropConnection, // the connection closes without an answer (nothing is done)
        Stall,          // the request is never answered (the client's timeout must end it)
        LostAnswer,     // a write is carried out, then the connection closes unanswered
    };

    struct Settings
    {
        quint32 seed = 1;
        int perMille = 100;        // share of requests that get a fault
        int writePerMille = -1;    // share of writes (POST, DELETE) that do; -1: perMille
        QList<Fault> faults;       // chosen among evenly; empty: all of them
        int retryAfterSeconds = 1; // for the rate-limit faults
        QString pathContains;      // only requests whose path contains this (empty: all)
    };

    explicit EmulatorChaos(const Settings &settings);

    // The fault for this request, if it gets one. LostAnswer only falls on writes (POST,
    // DELETE); a read drawn for it drops the connection instead.
    std::optional<Fault> decide(const QByteArray &method, const QString &path);

    const Settings &settings() const { return m_settings; }
    int requestsSeen() const { return m_requests; }
    int faultsInjected() const;
    QHash<Fault, int> faultCounts() const { return m_counts; }
    static QString name(Fault fault);

private:
    Settings m_settings;
    std::mt19937 m_random;
    int m_requests = 0;
    QHash<Fault, int> m_counts;
};
