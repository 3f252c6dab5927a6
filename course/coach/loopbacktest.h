#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace swb::course {

// The loopback self-test of the error coach: a server on 127.0.0.1:0, a client
// that connects to it, one byte there and back. If this fails, the problem is
// this machine (a firewall on lo, no loopback), not the student's program.
// Then the same on ::1, which may be missing without anything being wrong.
class LoopbackTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackTest)
public:
    static constexpr int timeoutMs = 3000;

    explicit LoopbackTest(QObject *parent = nullptr);
    ~LoopbackTest() override;

    void start();
    bool isRunning() const { return m_step != Step::Idle; }

signals:
    // ok: IPv4 loopback works. report: translated lines, one per step.
    void finished(bool ok, const QString &report);

private:
    enum class Step { Idle, Ipv4, Ipv6 };
    void begin(Step step);
    void onReadyRead();
    void fail(const QString &why);
    void stepDone(bool ok, const QString &line);
    void cleanUp();

    Step m_step = Step::Idle;
    QTcpServer *m_server = nullptr;
    QTcpSocket *m_client = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_elapsed;
    QStringList m_report;
    bool m_ipv4Ok = false;
};

} // namespace swb::course
