#pragma once

#include "net/traffic/trafficevent.h"

#include <QObject>
#include <QPointer>

namespace swb::net {

class TrafficSink;

// Common base of every socket endpoint: knows which panel it belongs to and
// turns socket activity into TrafficEvents for the sink.
class Endpoint : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Endpoint)
public:
    explicit Endpoint(Protocol protocol, QObject *parent = nullptr);
    ~Endpoint() override;

    void setSink(TrafficSink *sink) { m_sink = sink; }
    void setPanel(int id, const QString &name);
    int panelId() const { return m_panelId; }
    QString panelName() const { return m_panelName; }
    // For problems found before anything reaches a socket (a send box that
    // does not parse, a bad port): an error row and errorOccurred, like socket errors.
    void reportError(const QString &message) { recordError(QString(), QString(), message); }

signals:
    // Also emitted for every Error event, so the panel can show it.
    void errorOccurred(const QString &message);
    // Info lines worth showing in the panel's own log (accept/close lines).
    void logLine(const QString &line);

protected:
    // reset: a Close by the peer's reset (TrafficEvent::reset).
    void record(EventKind kind, const QString &local, const QString &remote,
                const QByteArray &data = QByteArray(), const QString &text = QString(),
                bool reset = false);
    void recordError(const QString &local, const QString &remote, const QString &message);

private:
    TrafficSink *m_sink = nullptr;
    Protocol m_protocol;
    int m_panelId = 0;
    QString m_panelName;
};

} // namespace swb::net
