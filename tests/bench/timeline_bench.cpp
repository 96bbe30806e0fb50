// Paints full timeline frames with 10,000 deployments offscreen and reports ms per frame
// (mean / median / max) for several zoom levels and scroll offsets, plus the layout time.
// Target: at most 8 ms per frame. Exits 1 when a scenario's median misses it.

#include "viewfixtures.h"
#include "views/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ViewFixtures;

namespace {
// CPU time of this thread: steadier than wall time on a busy machine.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = 10000;
    std::unique_ptr<QStandardItemModel> model(
        makeDeploymentModel(realisticDeployments(fixedNow(), 180, count, 99)));

    TimelineView view;
    view.setClock(&fixedNow);
    view.setMarkerProvider(markerProvider());
    view.resize(1600, 900);
    view.setModel(model.get());
    view.show();

    view.laneCount();
    emit model->layoutChanged(); // the view lays out again, lazily
    QElapsedTimer layoutTimer;
    layoutTimer.start();
    view.laneCount(); // lays out: reads every row once
    const double layoutMs = layoutTimer.nsecsElapsed() / 1e6;

    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    struct Scenario
    {
        const char *name;
        double secondsPerPixel; // 0: fit everything
    };
    const Scenario scenarios[] = {{"fit (6 months)", 0},
                                  {"1 week on screen", 7 * 86400.0 / 1400},
                                  {"1 day on screen", 86400.0 / 1400},
                                  {"1 hour on screen", 3600.0 / 1400},
                                  {"10 minutes on screen", 600.0 / 1400}};
    bool ok = true;
    std::printf("bench_timeline: %d deployments, viewport %dx%d, layout %.1f ms\n", count,
                view.viewport()->width(), view.viewport()->height(), layoutMs);
    for (const Scenario &scenario : scenarios) {
        if (scenario.secondsPerPixel == 0)
            view.zoomToFit();
        else
            view.setSecondsPerPixel(scenario.secondsPerPixel);
        view.scrollToNow();
        QScrollBar *h = view.horizontalScrollBar();
        QList<double> frames;
        QList<double> cpuFrames;
        for (int frame = 0; frame < 60; ++frame) {
            // Scroll and zoom a little between frames, as a user does.
            h->setValue(h->value() - 37);
            if (frame % 10 == 9)
                view.zoomAt(frame % 20 == 9 ? 1.1 : 1 / 1.1, 800);
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            QPainter painter(&image);
            view.viewport()->render(&painter);
            painter.end();
            frames << timer.nsecsElapsed() / 1e6;
            cpuFrames << threadCpuMs() - cpuStart;
        }
        std::sort(frames.begin(), frames.end());
        std::sort(cpuFrames.begin(), cpuFrames.end());
        double sum = 0;
        for (double ms : frames)
            sum += ms;
        const double median = frames.at(frames.size() / 2);
        const double cpuMedian = cpuFrames.at(cpuFrames.size() / 2);
        std::printf("  %-22s wall: mean %6.2f ms  median %6.2f ms  max %6.2f ms | cpu median "
                    "%6.2f ms\n",
                    scenario.name, sum / frames.size(), median, frames.constLast(), cpuMedian);
        ok = ok && cpuMedian <= 8.0;
    }
    std::printf("bench_timeline: %s (target: median thread-CPU time <= 8 ms per frame)\n",
                ok ? "OK" : "TOO SLOW");
    return ok ? 0 : 1;
}
