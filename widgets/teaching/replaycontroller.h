#pragma once

#include "net/result.h"
#include "net/traffic/trafficevent.h"

#include <QObject>

#include <vector>

class QTimer;

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {

// Step-through replay: a recorded list of events and a cursor. The events up
// to the cursor are shown in a read-only TrafficModel of their own, so the
// traffic table, the sequence diagram and any other view of that model follow
// the cursor. Forward adds one row; back rebuilds the model up to the cursor,
// so both directions end in exactly the state a straight run would give.
class ReplayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayController)
public:
    // Long silences in a capture are shortened to this while playing.
    static constexpr int maxPauseMs = 1500;

    explicit ReplayController(models::TrafficModel *target, QObject *parent = nullptr);
    ~ReplayController() override;

    void setEvents(std::vector<net::TrafficEvent> events);
    // A copy of what a live model holds now (the current capture, paused).
    void copyFrom(const models::TrafficModel &source);
    // On failure the events stay as they were.
    Result<void> loadFile(const QString &path);

    models::TrafficModel *target() const { return m_target; }
    int count() const { return int(m_events.size()); }
    int position() const { return m_position; } // events shown
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    // The next event to be shown, for the toolbar's caption (nullptr at the end).
    const net::TrafficEvent *next() const;

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void seek(int position);
    void setSpeed(double factor);

signals:
    void positionChanged(int position, int count);
    void playingChanged(bool playing);

private:
    void scheduleNext();

    models::TrafficModel *m_target;
    std::vector<net::TrafficEvent> m_events;
    int m_position = 0;
    bool m_playing = false;
    double m_speed = 1.0;
    QTimer *m_timer = nullptr;
};

} // namespace swb::widgets
