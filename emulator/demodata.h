#pragma once

// The emulator's data sets: the realistic demo (three teams' repositories over 90 days, in
// English, Korean and Japanese), the synthetic benchmark set, and the live-mode walker.

#include <QRandomGenerator>
#include <QString>

#include <vector>

class EmulatorStore;

namespace DemoData {

// acme/storefront, acme/payments-api, acme/mobile-app, acme/docs-site: a few hundred
// deployments over the 90 days before store.now(). Deterministic for a seed and a clock.
void populateDemo(EmulatorStore &store, quint32 seed);

// octo/synthetic with `deployments` deployments of `statusesEach` statuses each (fast).
void populateSynthetic(EmulatorStore &store, int deployments, int statusesEach);

// Live mode: each step advances the running deployments one state and starts a new one.
class LiveWalker
{
public:
    explicit LiveWalker(quint32 seed = 7);
    void step(EmulatorStore &store);

private:
    struct Running
    {
        QString repository;
        qint64 id = 0;
        int stage = 0; // 0 queued, 1 in_progress, then final
    };
    QRandomGenerator m_random;
    std::vector<Running> m_running;
    int m_counter = 0;
};

} // namespace DemoData
