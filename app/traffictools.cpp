#include "app/traffictools.h"

#include "app/mainmenus.h"
#include "models/trafficexporter.h"
#include "models/trafficmodel.h"
#include "models/trafficrecorder.h"
#include "widgets/traffic/trafficsessionwindow.h"
#include "net/payload/controltext.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

#include <cstdio>

namespace swb::app {

namespace {

const QString MemoryLimitKey = QStringLiteral("traffic/memoryLimitMiB");

} // namespace

TrafficTools::TrafficTools(QMainWindow *window, MainMenus *menus, models::TrafficModel *traffic)
    : QObject(window)
    , m_window(window)
    , m_menus(menus)
    , m_traffic(traffic)
    , m_recorder(std::make_unique<models::TrafficRecorder>())
    , m_recordingLabel(new QLabel(window))
{
    m_recordingLabel->setTextFormat(Qt::PlainText);
    m_recordingLabel->hide();
    window->statusBar()->addPermanentWidget(m_recordingLabel);
    m_traffic->setMemoryLimit(qint64(memoryLimitMiB()) << 20);
    connect(menus->recordTraffic, &QAction::triggered, this, &TrafficTools::chooseRecording);
    connect(menus->openTraffic, &QAction::triggered, this, &TrafficTools::chooseFileToOpen);
    connect(menus->exportTraffic, &QAction::triggered, this, &TrafficTools::chooseExport);
    connect(menus->memoryLimit, &QAction::triggered, this, &TrafficTools::chooseMemoryLimit);
    retranslate();
}

TrafficTools::~TrafficTools()
{
    if (m_traffic)
        m_traffic->setTap(nullptr);
}

int TrafficTools::memoryLimitMiB()
{
    const int mib = QSettings().value(MemoryLimitKey, defaultMemoryLimitMiB).toInt();
    return mib > 0 ? mib : defaultMemoryLimitMiB;
}

void TrafficTools::setMemoryLimitMiB(int mib)
{
    QSettings().setValue(MemoryLimitKey, mib);
    m_traffic->setMemoryLimit(qint64(mib) << 20);
}

widgets::TrafficSessionWindow *TrafficTools::lastSession() const
{
    return m_lastSession.data();
}

bool TrafficTools::isRecording() const
{
    return m_recorder->isRecording();
}

QString TrafficTools::recordingPath() const
{
    return m_recorder->isRecording() ? m_recorder->path() : QString();
}

Result<void> TrafficTools::startRecording(const QString &path)
{
    (void)stopRecording();
    Result<void> started = m_recorder->start(path);
    if (started) {
        // The file starts with what the table holds, so it is the whole session
        // as far as memory still knows it; from here on nothing is lost.
        m_traffic->flush();
        for (int row = 0; row < m_traffic->rowCount(); ++row)
            m_recorder->record(m_traffic->event(row));
        m_traffic->setTap(m_recorder.get());
    }
    updateRecordingState();
    return started;
}

Result<void> TrafficTools::stopRecording()
{
    if (m_traffic)
        m_traffic->setTap(nullptr);
    Result<void> stopped = m_recorder->stop();
    updateRecordingState();
    return stopped;
}

void TrafficTools::chooseRecording(bool on)
{
    if (!on) {
        const QString path = m_recorder->path();
        if (const Result<void> stopped = stopRecording(); !stopped)
            showProblem(tr("Recording traffic failed"), stopped.message());
        else
            m_window->statusBar()->showMessage(tr("Traffic recorded to %1").arg(path), 5000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Record traffic to disk"), QStringLiteral("traffic.jsonl"),
        tr("JSON Lines (*.jsonl);;CSV (*.csv)"));
    if (!path.isEmpty()) {
        if (const Result<void> started = startRecording(path); !started)
            showProblem(tr("Cannot record traffic"), started.message());
    }
    updateRecordingState();
}

Result<void> TrafficTools::openTrafficFile(const QString &path)
{
    auto *session = new widgets::TrafficSessionWindow(m_window);
    // A window of its own that closes with the main window.
    session->setWindowFlag(Qt::Window);
    Result<void> opened = session->open(path, qint64(memoryLimitMiB()) << 20);
    if (!opened) {
        delete session;
        showProblem(tr("Cannot open traffic file"), opened.message());
        return opened;
    }
    m_lastSession = session;
    session->show();
    return {};
}

void TrafficTools::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open traffic file"), QString(),
        tr("Traffic files (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        (void)openTrafficFile(path);
}

void TrafficTools::chooseMemoryLimit()
{
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Traffic memory limit"));
    dialog.setLabelText(
        tr("Memory for the traffic table, in MiB (payloads and rows). When it is full the "
           "oldest rows leave the table; a recording to disk keeps them."));
    dialog.setIntRange(16, 1024 * 1024);
    dialog.setIntStep(64);
    dialog.setIntValue(memoryLimitMiB());
    // Two lines rather than one as wide as the screen. A top-level window does
    // not ask a wrapped label for its height at its width, so the label gets a
    // width in characters (it follows the zoom).
    if (auto *label = dialog.findChild<QLabel *>()) {
        label->setWordWrap(true);
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 60);
    }
    if (dialog.exec() == QDialog::Accepted)
        setMemoryLimitMiB(dialog.intValue());
}

void TrafficTools::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export traffic"), QStringLiteral("traffic.jsonl"),
        tr("JSON Lines (*.jsonl);;CSV (*.csv)"));
    if (path.isEmpty() || !m_traffic)
        return;
    const Result<void> saved = models::TrafficExporter::save(*m_traffic, path);
    if (!saved)
        showProblem(tr("Cannot export traffic"), saved.message());
    else
        m_window->statusBar()->showMessage(
            tr("Saved %n event(s) to %1", "", m_traffic->rowCount()).arg(path), 5000);
}

void TrafficTools::showProblem(const QString &title, const QString &message)
{
    m_window->statusBar()->showMessage(message, 15000);
    if (m_quiet)
        std::fprintf(stderr, "%s\n", net::ControlText::forTerminal(message).constData());
    else
        QMessageBox::warning(m_window, title, message);
}

void TrafficTools::updateRecordingState()
{
    const bool recording = m_recorder->isRecording();
    m_menus->recordTraffic->setChecked(recording);
    m_recordingLabel->setVisible(recording);
    if (recording)
        m_recordingLabel->setText(tr("\u25cf Recording traffic to %1").arg(m_recorder->path()));
}

void TrafficTools::retranslate()
{
    updateRecordingState();
}

} // namespace swb::app
