// Raw-mode HTTP download speed: a 50 MB static file from a local nginx,
// fetched 5 times each (by default) with curl and with the workbench's raw mode engine
// (RawModeSession: HttpConnection + BodySpool, the HTTP panel's own path, with
// the body streaming to disk beyond the display limit). Prints the median
// MB/s and CPU time of each, the ratios, and this process's peak RSS.
//
//   bench_http_download [--megabytes N] [--runs N] [--without-traffic-model]
//                       [--display-limit-mib N]
//
// By default every row also goes into a TrafficModel, as the panel in the
// window does (the table keeps the received bytes, within its memory limit;
// it is cleared between runs): that is the path a user gets, so it is the one
// measured. --without-traffic-model leaves the table out, to see its share.
// curl runs two ways: -o /dev/null keeps nothing, the fastest a download can
// be; -o file keeps the body in the temporary folder, as the workbench does
// beyond the display limit (so that it can be saved and viewed; it also keeps
// a copy in the traffic table). Both ratios are printed.
#include "models/trafficmodel.h"
#include "net/httpclient/httpconnection.h"
#include "net/httpclient/rawmodesession.h"
#include "net/httpclient/rawrequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

long peakRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// CPU seconds (user + system) of this process, or of its finished children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeBigFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Written a megabyte at a time so that making it costs no memory.
    QByteArray block(1 << 20, '\0');
    for (qsizetype i = 0; i < block.size(); ++i)
        block[i] = char("0123456789abcdefghijklmnopqrstuvwxyz\n"[i % 37]);
    for (qint64 left = bytes; left > 0; left -= block.size())
        file.write(block.constData(), qMin<qint64>(left, block.size()));
    file.setPermissions(file.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup);
    return file.error() == QFileDevice::NoError;
}

QByteArray nginxConfig(const QString &dir, quint16 port)
{
    const QByteArray d = dir.toUtf8();
    QByteArray conf = "worker_processes 1;\npid " + d + "/nginx.pid;\nerror_log " + d
        + "/error.log;\n";
    if (::geteuid() == 0)
        conf += "user root;\n"; // workers as nobody could not enter the temporary folder
    conf += "events { worker_connections 64; }\nhttp {\n  access_log off;\n"
            "  client_body_temp_path " + d + "/tmp/body;\n  proxy_temp_path " + d + "/tmp/proxy;\n"
            "  fastcgi_temp_path " + d + "/tmp/fastcgi;\n  uwsgi_temp_path " + d + "/tmp/uwsgi;\n"
            "  scgi_temp_path " + d + "/tmp/scgi;\n  default_type application/octet-stream;\n"
            "  sendfile on;\n"
            "  server {\n    listen 127.0.0.1:" + QByteArray::number(port) + ";\n    root " + d
        + "/html;\n  }\n}\n";
    return conf;
}

bool waitListening(QProcess &process, quint16 port)
{
    for (int i = 0; i < 100; ++i) {
        if (process.state() == QProcess::NotRunning)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

// One download through the panel's raw mode engine; MB/s, or -1 with *error set.
qint64 displayLimit = swb::net::BodySpool::defaultDisplayLimit;

double workbenchRun(const QUrl &url, qint64 expectedBody, swb::models::TrafficModel *model,
                    double *cpu, QString *error)
{
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    swb::net::RawModeSession session;
    session.setDisplayLimit(displayLimit);
    if (model)
        session.attach(model, 1, QStringLiteral("bench"));
    const swb::Result<QByteArray> composed = swb::net::RawRequest::compose(
        QStringLiteral("GET %1 HTTP/1.1\\r\\nHost: {host}\\r\\nConnection: close\\r\\n\\r\\n")
            .arg(url.path()),
        url);
    if (!composed) {
        *error = composed.message();
        return -1;
    }
    const QByteArray request = *composed;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&session, &swb::net::RawModeSession::finished, &loop, [&](bool done) {
        ok = done;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    session.start(url, request);
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    *cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    const qint64 body = session.client()->parser().bodyBytes();
    if (!ok || body != expectedBody) {
        *error = ok ? QStringLiteral("got %1 body bytes, expected %2").arg(body).arg(expectedBody)
                    : session.errorMessage();
        return -1;
    }
    if (!session.response().isSpooled() && session.response().size() > displayLimit) {
        *error = QStringLiteral("the body did not stream to disk");
        return -1;
    }
    return double(session.response().size()) / 1e6 / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const qint64 megabytes = option(QStringLiteral("--megabytes"), 50);
    const int runs = qMax(1, option(QStringLiteral("--runs"), 5));
    // --with-traffic-model, once needed for this, is the default now and still accepted.
    const bool withModel = !args.contains(QStringLiteral("--without-traffic-model"));
    const int limitMegabytes = option(QStringLiteral("--display-limit-mib"), 0);
    if (limitMegabytes > 0)
        displayLimit = qint64(limitMegabytes) << 20;
    const qint64 bytes = megabytes * 1000 * 1000;

    const QString nginx =
        QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (nginx.isEmpty() || curl.isEmpty()) {
        std::printf("SKIP bench_http_download: %s is not installed (scripts/install-deps.sh "
                    "installs nginx-light and curl)\n",
                    nginx.isEmpty() ? "nginx" : "curl");
        return 0;
    }
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("html"));
    QDir(dir.path()).mkpath(QStringLiteral("tmp"));
    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFileDevice::ExeOther
                                          | QFileDevice::ReadOther);
    if (!writeBigFile(dir.filePath(QStringLiteral("html/big.bin")), bytes)) {
        std::printf("FAIL: cannot write the %lld MB test file in %s\n", megabytes,
                    qPrintable(dir.path()));
        return 1;
    }
    QProcess server;
    quint16 port = 0;
    for (int attempt = 0; attempt < 5 && port == 0; ++attempt) {
        const quint16 candidate = freePort();
        QFile conf(dir.filePath(QStringLiteral("nginx.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            return 1;
        conf.write(nginxConfig(dir.path(), candidate));
        conf.close();
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(nginx, {QStringLiteral("-p"), dir.path() + QLatin1Char('/'),
                             QStringLiteral("-c"), conf.fileName(), QStringLiteral("-e"),
                             dir.filePath(QStringLiteral("error.log")), QStringLiteral("-g"),
                             QStringLiteral("daemon off;")});
        if (server.waitForStarted(10000) && waitListening(server, candidate)) {
            port = candidate;
        } else if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished(5000);
        }
    }
    if (port == 0) {
        std::printf("FAIL: nginx did not start: %s\n", server.readAll().constData());
        return 1;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/big.bin").arg(port));
    std::printf("HTTP download of %lld MB from nginx on 127.0.0.1:%u, %d runs each, "
                "interleaved, after one untimed workbench run (MB = 10^6 bytes)\n",
                megabytes, port, runs);

    // One untimed run first: it loads Qt's TLS backend and starts the DNS
    // thread, one-time costs that curl pays before its clock starts as well.
    swb::models::TrafficModel model;
    {
        QString error;
        double cpu = 0;
        if (workbenchRun(url, bytes, nullptr, &cpu, &error) < 0) {
            std::printf("FAIL: workbench warm-up run: %s\n", qPrintable(error));
            return 1;
        }
    }
    // Interleaved, so that a change in the machine's load hits all alike. curl
    // runs twice: into /dev/null (the fastest it can go: the body is not kept)
    // and into a file in the temporary folder, where the workbench's spool
    // goes too (the body kept on disk, as the panel must keep it).
    const QString curlFile = QDir(QDir::tempPath()).filePath(
        QStringLiteral("bench-http-curl-%1.bin").arg(QCoreApplication::applicationPid()));
    const auto curlRun = [&](const QString &output, double *cpuMs) {
        if (output != QLatin1String("/dev/null"))
            QFile::remove(output); // a new file each run, as the workbench's spool is
        const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
        QProcess process;
        process.start(curl, {QStringLiteral("-s"), QStringLiteral("-o"), output,
                             QStringLiteral("-w"), QStringLiteral("%{speed_download}"),
                             url.toString()});
        process.waitForFinished(120000);
        *cpuMs = (cpuSeconds(RUSAGE_CHILDREN) - cpuBefore) * 1000;
        return process.readAllStandardOutput().trimmed().toDouble() / 1e6;
    };
    QList<double> curlSpeeds;
    QList<double> curlFileSpeeds;
    QList<double> ours;
    QList<double> curlCpu;
    QList<double> ourCpu;
    for (int i = 0; i < runs; ++i) {
        double curlMs = 0;
        const double speed = curlRun(QStringLiteral("/dev/null"), &curlMs);
        std::printf("  curl -o /dev/null  run %d: %8.1f MB/s, %5.0f ms CPU\n", i + 1, speed,
                    curlMs);
        curlSpeeds << speed;
        curlCpu << curlMs;
        double fileMs = 0;
        const double fileSpeed = curlRun(curlFile, &fileMs);
        QFile::remove(curlFile);
        std::printf("  curl -o file       run %d: %8.1f MB/s, %5.0f ms CPU\n", i + 1, fileSpeed,
                    fileMs);
        curlFileSpeeds << fileSpeed;

        QString error;
        double cpu = 0;
        const double ourSpeed =
            workbenchRun(url, bytes, withModel ? &model : nullptr, &cpu, &error);
        if (ourSpeed < 0) {
            std::printf("FAIL: workbench run %d: %s\n", i + 1, qPrintable(error));
            server.terminate();
            server.waitForFinished(10000);
            return 1;
        }
        model.flush();
        std::printf("  workbench          run %d: %8.1f MB/s, %5.0f ms CPU%s\n", i + 1, ourSpeed,
                    cpu * 1000,
                    withModel ? qPrintable(QStringLiteral(", %1 traffic rows (one per read)")
                                               .arg(model.rowCount()))
                              : "");
        ours << ourSpeed;
        ourCpu << cpu * 1000;
        model.flush();
        model.clear();
    }
    server.terminate();
    if (!server.waitForFinished(10000))
        server.kill();

    const double c = median(curlSpeeds);
    const double f = median(curlFileSpeeds);
    const double w = median(ours);
    std::printf("median: workbench %.1f MB/s; curl -o /dev/null %.1f MB/s, ratio %.2f; curl -o "
                "file %.1f MB/s, ratio %.2f (target >= 0.50); %s\n",
                w, c, c > 0 ? w / c : 0.0, f, f > 0 ? w / f : 0.0,
                withModel ? "with the traffic model (as in the window)"
                          : "WITHOUT the traffic model (--without-traffic-model)");
    std::printf("median CPU per download: workbench %.0f ms, curl %.0f ms (curl's includes "
                "its start-up)\n",
                median(ourCpu), median(curlCpu));
    std::printf("peak RSS: %.1f MiB (display limit %.0f MiB; the rest of each body streamed to "
                "a temporary file%s)\n",
                peakRssKib() / 1024.0, double(displayLimit) / (1 << 20),
                withModel ? "; the traffic table holds each body until it is cleared" : "");
    return 0;
}
