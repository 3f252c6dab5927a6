#include "widgets/traffic/trafficsessionwindow.h"

#include "models/trafficmodel.h"
#include "net/text/counttext.h"
#include "widgets/common/screenfit.h"
#include "widgets/traffic/throughputchart.h"
#include "widgets/traffic/trafficpane.h"
#include "widgets/traffic/trafficview.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QVBoxLayout>

namespace swb::widgets {

TrafficSessionWindow::TrafficSessionWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new models::TrafficModel(this))
    , m_pane(new TrafficPane(m_model, this))
    , m_banner(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    // Unmistakably not the live window.
    m_banner->setStyleSheet(QStringLiteral("background: #fff4d6; color: #5a4300;"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pane, 1);
    setCentralWidget(central);
    m_pane->trafficView()->setReadOnly(true);
    ScreenFit::fit(this, QSize(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 45));
    m_loader.setInterval(0);
    connect(&m_loader, &QTimer::timeout, this, &TrafficSessionWindow::readSlice);
    retranslateUi();
}

TrafficSessionWindow::~TrafficSessionWindow() = default;

Result<void> TrafficSessionWindow::open(const QString &path, qint64 memoryLimit)
{
    m_path = path;
    m_model->setMemoryLimit(memoryLimit);
    if (Result<void> opened = m_reader.open(path); !opened)
        return opened;
    m_done = false;
    retranslateUi();
    m_loader.start();
    return {};
}

void TrafficSessionWindow::readSlice()
{
    net::TrafficEvent event;
    int count = 0;
    bool more = true;
    // Bounded by bytes too: 20,000 events of 1 MiB each would hold the window for long.
    const qint64 until = m_reader.position() + bytesPerSlice;
    while (count < eventsPerSlice && m_reader.position() < until
           && (more = m_reader.read(&event))) {
        m_model->restore(event);
        ++count;
    }
    m_model->flush();
    if (!more)
        finish();
    else if (m_reader.size() > 0)
        statusBar()->showMessage(tr("Reading\u2026 %1%").arg(m_reader.position() * 100
                                                             / m_reader.size()));
}

void TrafficSessionWindow::finishLoading()
{
    while (m_loader.isActive())
        readSlice();
}

void TrafficSessionWindow::finish()
{
    m_loader.stop();
    m_done = true;
    m_pane->throughputChart()->showRecorded();
    retranslateUi();
    emit loaded();
}

void TrafficSessionWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void TrafficSessionWindow::retranslateUi()
{
    const QString name = QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1 (read-only) \u2014 Socket Workbench").arg(name));
    QString banner = tr("Read-only: traffic recorded in %1. Nothing here is live; no panel "
                        "runs.").arg(m_path);
    if (m_done) {
        const qint64 events = m_model->rowCount() + m_model->droppedRows();
        banner += QLatin1Char(' ') + tr("%1.").arg(net::CountText::events(events));
        if (const QString merged = m_reader.mergedNote(); !merged.isEmpty())
            banner += QLatin1Char(' ') + merged;
        if (!m_reader.error().isEmpty())
            banner += QLatin1Char(' ') + tr("Reading stopped: %1").arg(m_reader.error());
        else if (m_reader.skippedPartialLine())
            banner += QLatin1Char(' ')
                + tr("The last line was cut short (the recording did not end normally) "
                     "and was left out.");
        statusBar()->clearMessage();
    }
    m_banner->setText(banner);
}

} // namespace swb::widgets
