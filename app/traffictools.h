#pragma once

#include "net/result.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QLabel;
class QMainWindow;

namespace swb::models {
class TrafficModel;
class TrafficRecorder;
}
namespace swb::widgets {
class TrafficSessionWindow;
}

namespace swb::app {

class MainMenus;

// The traffic log's file and memory side of the window: recording to disk
// (the menu toggle and --save-traffic), opening a traffic file as a read-only
// session, and the memory limit setting. MainWindow only hands over its parts.
class TrafficTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficTools)
public:
    static constexpr int defaultMemoryLimitMiB = 1024;

    TrafficTools(QMainWindow *window, MainMenus *menus, models::TrafficModel *traffic);
    ~TrafficTools() override;

    // Records every event from now on to path (.jsonl or .csv); what the table
    // holds already is written first.
    Result<void> startRecording(const QString &path);
    // Fails with the first error the recording met.
    Result<void> stopRecording();
    bool isRecording() const;
    // The file being recorded to, or empty when not recording.
    QString recordingPath() const;
    // Opens a .jsonl traffic file in a read-only window of its own.
    Result<void> openTrafficFile(const QString &path);
    // The read-only window opened last, while it is open.
    widgets::TrafficSessionWindow *lastSession() const;

    // Remembered in QSettings ("traffic/memoryLimitMiB").
    static int memoryLimitMiB();
    void setMemoryLimitMiB(int mib);
    // No dialogs: problems go to the status bar and stderr.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    void retranslate();

private:
    void chooseRecording(bool on);
    void chooseFileToOpen();
    void chooseExport();
    void chooseMemoryLimit();
    void showProblem(const QString &title, const QString &message);
    void updateRecordingState();

    QMainWindow *m_window;
    MainMenus *m_menus;
    QPointer<models::TrafficModel> m_traffic; // the window may delete it first
    std::unique_ptr<models::TrafficRecorder> m_recorder;
    QLabel *m_recordingLabel;
    QPointer<widgets::TrafficSessionWindow> m_lastSession;
    bool m_quiet = false;
};

} // namespace swb::app
