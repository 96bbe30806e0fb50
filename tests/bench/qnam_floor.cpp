// The QNetworkAccessManager floor for tests/bench/export-bench.sh: the same URL list as the curl
// floor, fetched by one bare QNetworkAccessManager, four transfers at a time, doing nothing with
// the answers. What `deploydeck export` spends above this is DeployDeck's own; what this spends
// above curl is Qt's HTTP/1.1 client (Qt 6.4 reads each header byte with its own read()).
// Usage: bench_qnam_floor URL_FILE TOKEN   (prints "<ms> ms <failures> failed")
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <functional>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s URL_FILE TOKEN\n", argv[0]);
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    const QList<QByteArray> urls = file.readAll().trimmed().split('\n');
    const QByteArray authorization = "Bearer " + QByteArray(argv[2]);
    constexpr int concurrency = 4;

    QNetworkAccessManager network;
    qsizetype next = 0;
    int active = 0;
    qsizetype done = 0;
    int failures = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> pump = [&] {
        while (active < concurrency && next < urls.size()) {
            QNetworkRequest request(QUrl::fromEncoded(urls.at(next++)));
            request.setRawHeader("Authorization", authorization);
            request.setRawHeader("Accept", "application/vnd.github+json");
            QNetworkReply *reply = network.get(request);
            ++active;
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
                reply->readAll();
                if (reply->error() != QNetworkReply::NoError)
                    ++failures;
                reply->deleteLater();
                --active;
                if (++done == urls.size()) {
                    std::printf("%lld ms %d failed\n", timer.elapsed(), failures);
                    app.quit();
                    return;
                }
                pump();
            });
        }
    };
    pump();
    return app.exec();
}
