#pragma once

#include "models/trafficreader.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;

namespace swb::models {
class TrafficModel;
}

namespace swb::widgets {

class TrafficPane;

// A traffic file (.jsonl, recorded or exported) opened read-only: the same
// table, conversation and throughput views as the live window, over a model
// filled from the file a slice at a time. No panels, nothing live.
class TrafficSessionWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficSessionWindow)
public:
    // Events read per event-loop turn while loading.
    static constexpr int eventsPerSlice = 5000;
    static constexpr qint64 bytesPerSlice = qint64(1) << 20;

    explicit TrafficSessionWindow(QWidget *parent = nullptr);
    ~TrafficSessionWindow() override;

    // Starts reading.
    Result<void> open(const QString &path, qint64 memoryLimit);
    bool isLoading() const { return m_loader.isActive(); }
    // Reads the rest of the file now (tests, scripts).
    void finishLoading();
    QString path() const { return m_path; }
    QString error() const { return m_reader.error(); }
    models::TrafficModel *model() const { return m_model; }
    TrafficPane *pane() const { return m_pane; }

signals:
    // The whole file has been read, or reading stopped at an error.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void readSlice();
    void finish();

    models::TrafficModel *m_model;
    TrafficPane *m_pane;
    QLabel *m_banner;
    models::TrafficReader m_reader;
    QTimer m_loader;
    QString m_path;
    bool m_done = false;
};

} // namespace swb::widgets
