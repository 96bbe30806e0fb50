#include "emulator/emulatorchaos.h"

EmulatorChaos::EmulatorChaos(const Settings &settings)
    : m_settings(settings)
    , m_random(settings.seed)
{
    if (m_settings.faults.isEmpty())
        m_settings.faults = {Fault::Status500, Fault::Status502Html, Fault::RateLimit403,
                             Fault::Status429, Fault::TruncatedBody, Fault::DropConnection,
                             Fault::Stall,     Fault::LostAnswer};
}

std::optional<EmulatorChaos::Fault> EmulatorChaos::decide(const QByteArray &method,
                                                          const QString &path)
{
    if (!m_settings.pathContains.isEmpty() && !path.contains(m_settings.pathContains))
        return std::nullopt;
    ++m_requests;
    // Two draws per request whatever happens, so one request's outcome never shifts the next.
    const int roll = int(m_random() % 1000);
    const int pick = int(m_random() % quint32(m_settings.faults.size()));
    const bool write = method == "POST" || method == "DELETE" || method == "PATCH";
    const int share =
        write && m_settings.writePerMille >= 0 ? m_settings.writePerMille : m_settings.perMille;
    if (roll >= share)
        return std::nullopt;
    Fault fault = m_settings.faults.at(pick);
    if (fault == Fault::LostAnswer && !write)
        fault = Fault::DropConnection;
    if (fault == Fault::TruncatedBody && write)
        fault = Fault::LostAnswer; // a write's answer cut short is a lost answer too
    ++m_counts[fault];
    return fault;
}

int EmulatorChaos::faultsInjected() const
{
    int total = 0;
    for (int count : m_counts)
        total += count;
    return total;
}

QString EmulatorChaos::name(Fault fault)
{
    switch (fault) {
    case Fault::Status500:
        return QStringLiteral("500");
    case Fault::Status502Html:
        return QStringLiteral("502 html");
    case Fault::RateLimit403:
        return QStringLiteral("403 retry-after");
    case Fault::Status429:
        return QStringLiteral("429 retry-after");
    case Fault::TruncatedBody:
        return QStringLiteral("truncated body");
    case Fault::DropConnection:
        return QStringLiteral("dropped connection");
    case Fault::Stall:
        return QStringLiteral("stall");
    case Fault::LostAnswer:
        return QStringLiteral("lost answer");
    }
    return QString();
}
