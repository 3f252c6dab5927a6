#pragma once

// A real nginx for the HTTP tests: started as a child with a generated
// configuration in a temporary folder (logs, pid and temp paths inside it),
// on free loopback ports, plain and TLS with a fresh self-signed certificate.
// Always terminated by the destructor.

#include "tests/net/httptestpeers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// In a test function: starts the fixture, skips the test where nginx is not
// installed, fails it on any other problem.
#define SWB_START_NGINX(fixture, indexHtml, bigText)                                           \
    do {                                                                                       \
        const QString nginxProblem = (fixture).start(indexHtml, bigText);                      \
        if (nginxProblem.startsWith(QLatin1String("nginx is not installed")))                  \
            QSKIP("nginx is not installed");                                                   \
        QVERIFY2(nginxProblem.isEmpty(), qPrintable(nginxProblem));                            \
    } while (false)

namespace swb::tests {

class NginxFixture
{
public:
    ~NginxFixture() { stop(); }

    // Empty on success, else why (the test then skips or fails with it).
    QString start(const QByteArray &indexHtml, const QByteArray &bigText)
    {
        QString nginx = QStandardPaths::findExecutable(
            QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
        if (nginx.isEmpty())
            nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (nginx.isEmpty())
            return QStringLiteral("nginx is not installed");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        // nginx's workers may run as nobody: they must be able to read the files.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                                | QFileDevice::ExeGroup);
        QDir(m_dir.path()).mkpath(QStringLiteral("html"));
        QDir(m_dir.path()).mkpath(QStringLiteral("tmp"));
        if (!writeFile(QStringLiteral("html/index.html"), indexHtml)
            || !writeFile(QStringLiteral("html/big.txt"), bigText))
            return QStringLiteral("cannot write the site files");
        m_tls = false;
        if (!openssl.isEmpty()) {
            const ProcessRun cert = runProgram(
                openssl,
                {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                 "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout",
                 m_dir.filePath(QStringLiteral("key.pem")), "-out", m_dir.filePath(QStringLiteral("cert.pem"))},
                60000);
            m_tls = cert.exitCode == 0;
        }
        QString lastError;
        for (int attempt = 0; attempt < 5; ++attempt) {
            // Free a moment ago; someone may take it before nginx binds: retry.
            m_port = freePort();
            m_tlsPort = freePort();
            if (m_port == 0 || m_tlsPort == 0 || m_port == m_tlsPort)
                continue;
            writeFile(QStringLiteral("nginx.conf"), config());
            m_process = std::make_unique<QProcess>();
            m_process->setProcessChannelMode(QProcess::MergedChannels);
            m_process->start(nginx, {"-p", m_dir.path() + QLatin1Char('/'), "-c", m_dir.filePath(QStringLiteral("nginx.conf")),
                                     "-e", m_dir.filePath(QStringLiteral("error.log")), "-g", "daemon off;"});
            if (!m_process->waitForStarted(10000))
                return QStringLiteral("nginx did not start");
            if (waitListening(m_port) && (!m_tls || waitListening(m_tlsPort)))
                return QString();
            lastError = QString::fromLocal8Bit(m_process->readAll()) + readFile(QStringLiteral("error.log"));
            stop();
        }
        return QStringLiteral("nginx did not come up: ") + lastError;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }
    bool hasTls() const { return m_tls; }
    QString errorLog() const { return readFile(QStringLiteral("error.log")); }

private:
    QByteArray config() const
    {
        const QByteArray d = m_dir.path().toUtf8();
        QByteArray conf = "worker_processes 1;\npid " + d + "/nginx.pid;\nerror_log " + d + "/error.log;\n";
        if (::geteuid() == 0)
            conf += "user root;\n"; // workers as nobody could not enter the test's folder
        conf += "events { worker_connections 64; }\nhttp {\n"
                "  access_log " + d + "/access.log;\n"
                "  client_body_temp_path " + d + "/tmp/body;\n  proxy_temp_path " + d + "/tmp/proxy;\n"
                "  fastcgi_temp_path " + d + "/tmp/fastcgi;\n  uwsgi_temp_path " + d + "/tmp/uwsgi;\n"
                "  scgi_temp_path " + d + "/tmp/scgi;\n"
                "  types { text/html html; text/plain txt; }\n  default_type application/octet-stream;\n"
                "  charset utf-8;\n"
                "  keepalive_timeout 30;\n"
                // Compressing on the fly, nginx cannot know the length: chunked.
                "  gzip on;\n  gzip_min_length 1;\n  gzip_types text/plain text/html;\n  gzip_static off;\n"
                "  server {\n    listen 127.0.0.1:" + QByteArray::number(m_port) + ";\n    root " + d + "/html;\n  }\n";
        if (m_tls) {
            conf += "  server {\n    listen 127.0.0.1:" + QByteArray::number(m_tlsPort) + " ssl;\n"
                    "    ssl_certificate " + d + "/cert.pem;\n    ssl_certificate_key " + d + "/key.pem;\n"
                    "    root " + d + "/html;\n  }\n";
        }
        return conf + "}\n";
    }

    bool waitListening(quint16 port)
    {
        for (int i = 0; i < 100; ++i) {
            if (m_process->state() == QProcess::NotRunning)
                return false;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    bool writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(bytes);
        file.setPermissions(file.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        return true;
    }

    QString readFile(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    bool m_tls = false;
};

} // namespace swb::tests
