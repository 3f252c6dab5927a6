#include "app/teachingtools.h"

#include "app/mainmenus.h"
#include "app/panelmanager.h"
#include "app/presentationmode.h"
#include "app/themes.h"
#include "app/zoomcontroller.h"
#include "course/coach/errorcoach.h"
#include "course/lessons/lessonguide.h"
#include "models/lessonprogress.h"
#include "models/sequencemodel.h"
#include "models/trafficmodel.h"
#include "widgets/common/panel.h"
#include "widgets/teaching/errorcoachpane.h"
#include "widgets/teaching/lessonpane.h"
#include "widgets/teaching/pythonview.h"
#include "widgets/teaching/replaywindow.h"
#include "widgets/teaching/sequencediagram.h"
#include "widgets/traffic/trafficview.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>

namespace swb::app {

namespace {

// The traffic table may show the model through a filter: rows are mapped both ways.
int toSourceRow(const QAbstractItemModel *viewModel, const QModelIndex &index)
{
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(viewModel))
        return proxy->mapToSource(index).row();
    return index.row();
}

QModelIndex toViewIndex(const QAbstractItemModel *viewModel, const models::TrafficModel *traffic,
                        int row)
{
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(viewModel))
        return proxy->mapFromSource(traffic->index(row, 0));
    return viewModel->index(row, 0);
}

} // namespace

TeachingTools::TeachingTools(const Parts &parts)
    : QObject(parts.window)
    , m_parts(parts)
    , m_sequence(new models::SequenceModel(this))
    , m_diagramDock(new QDockWidget(parts.window))
    , m_coachDock(new QDockWidget(parts.window))
    , m_progress(new models::LessonProgress(parts.traffic, this))
    , m_zoom(new ZoomController(this))
    , m_themes(new Themes(this))
{
    m_sequence->setSource(parts.traffic);
    m_diagram = new widgets::SequenceDiagram(m_sequence, m_diagramDock);
    m_diagramDock->setObjectName(QStringLiteral("sequence"));
    m_diagramDock->setWidget(m_diagram);
    m_coach = new widgets::ErrorCoachPane;
    m_coachDock->setObjectName(QStringLiteral("coach"));
    // Its checks and buttons need more width than the teaching column may
    // have on a small screen: they scroll rather than widen the window.
    auto *coachScroll = new QScrollArea(m_coachDock);
    coachScroll->setWidgetResizable(true);
    coachScroll->setFrameShape(QFrame::NoFrame);
    coachScroll->setWidget(m_coach);
    m_coachDock->setWidget(coachScroll);
    QMainWindow *window = parts.window;
    window->addDockWidget(Qt::RightDockWidgetArea, m_diagramDock);
    window->splitDockWidget(parts.lessonDock, m_diagramDock, Qt::Vertical);
    window->splitDockWidget(parts.lessonDock, m_coachDock, Qt::Vertical);
    m_coachDock->hide();
    window->resizeDocks({m_diagramDock}, {window->width() * 2 / 5}, Qt::Horizontal);
    m_presentation = new PresentationMode(window, m_zoom, this);

    connect(m_progress, &models::LessonProgress::changed, this, &TeachingTools::showProgress);
    connectMenus();
    linkTableAndDiagram();
    connect(parts.panels, &PanelManager::panelsChanged, this, &TeachingTools::connectPanels);
    // A panel closed while presenting leaves room for the next ones.
    connect(parts.panels, &PanelManager::panelsChanged, m_presentation,
            &PresentationMode::relayout, Qt::QueuedConnection);
    m_themes->restore();
    m_zoom->restore();
    retranslate();
}

TeachingTools::~TeachingTools() = default;

widgets::ReplayWindow *TeachingTools::replayWindow() const
{
    return m_replay;
}

void TeachingTools::connectMenus()
{
    MainMenus *m = m_parts.menus;
    connect(m->showAsPython, &QAction::triggered, this, &TeachingTools::showPythonForCurrentPanel);
    connect(m->replayCapture, &QAction::triggered, this, &TeachingTools::replayCapture);
    connect(m->replayFile, &QAction::triggered, this, &TeachingTools::replayFile);
    connect(m->showDiagram, &QAction::toggled, m_diagramDock, &QDockWidget::setVisible);
    connect(m_diagramDock, &QDockWidget::visibilityChanged, m->showDiagram, &QAction::setChecked);
    connect(m->exportDiagram, &QAction::triggered, m_diagram, &widgets::SequenceDiagram::chooseExportFile);
    connect(m->showCoach, &QAction::toggled, m_coachDock, &QDockWidget::setVisible);
    connect(m_coachDock, &QDockWidget::visibilityChanged, m->showCoach, &QAction::setChecked);
    connect(m->wellKnownPorts, &QAction::triggered, this,
            [this] { emit lessonRequested(course::LessonGuides::portsTableId()); });
    connect(m->zoomIn, &QAction::triggered, m_zoom, &ZoomController::zoomIn);
    connect(m->zoomOut, &QAction::triggered, m_zoom, &ZoomController::zoomOut);
    connect(m->zoomReset, &QAction::triggered, m_zoom, &ZoomController::reset);
    connect(m_zoom, &ZoomController::percentChanged, this,
            [this](int percent) { status(tr("Zoom %1%").arg(percent)); });
    for (QAction *action : {m->lightTheme, m->darkTheme, m->highContrastTheme}) {
        action->setChecked(action->data().toString() == Themes::name(m_themes->theme()));
        connect(action, &QAction::triggered, this, [this, action] {
            if (const auto theme = Themes::fromName(action->data().toString()))
                m_themes->setTheme(*theme);
        });
    }
    connect(m_themes, &Themes::themeChanged, m_zoom, &ZoomController::refreshFonts);
    connect(m_themes, &Themes::themeChanged, this, [m](Themes::Theme theme) {
        for (QAction *action : {m->lightTheme, m->darkTheme, m->highContrastTheme})
            action->setChecked(action->data().toString() == Themes::name(theme));
    });
    connect(m->presentation, &QAction::toggled, m_presentation, &PresentationMode::setActive);
    connect(m_presentation, &PresentationMode::activeChanged, m->presentation, &QAction::setChecked);
    connect(m->presentationChoice, &QMenu::aboutToShow, this,
            [this, m] { m_presentation->fillChoiceMenu(m->presentationChoice); });
    connect(m->copyScreenshot, &QAction::triggered, this, &TeachingTools::copyScreenshot);
    connect(m->saveScreenshot, &QAction::triggered, this, &TeachingTools::saveScreenshot);
}

void TeachingTools::linkTableAndDiagram()
{
    QTableView *table = m_parts.trafficView->table();
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, table](const QModelIndex &current) {
                if (!m_linking && current.isValid())
                    m_diagram->showRow(toSourceRow(table->model(), current));
            });
    connect(m_diagram, &widgets::SequenceDiagram::rowActivated, this, [this, table](int row) {
        const QModelIndex index = toViewIndex(table->model(), m_parts.traffic, row);
        if (!index.isValid())
            return; // filtered out of the table
        m_linking = true;
        table->setCurrentIndex(index);
        table->selectRow(index.row());
        table->scrollTo(index);
        m_linking = false;
    });
}

void TeachingTools::connectPanels()
{
    for (widgets::Panel *panel : m_parts.panels->panels()) {
        connect(panel, &widgets::Panel::explainRequested, this, &TeachingTools::explainPanelError,
                Qt::UniqueConnection);
    }
}

void TeachingTools::lessonOpened(const QString &id)
{
    m_progress->setLesson(id);
    if (!id.isEmpty())
        m_diagramDock->show();
}

void TeachingTools::showProgress()
{
    if (m_progress->lessonId().isEmpty())
        return;
    m_parts.lessonPane->setProgress(m_progress->items(), m_progress->isDone(),
                                    m_progress->isGeneric());
}

void TeachingTools::retranslate()
{
    m_diagramDock->setWindowTitle(tr("Sequence diagram"));
    m_coachDock->setWindowTitle(tr("Error coach"));
    // The pane keeps the items it was given, translated then: give them again.
    showProgress();
}

void TeachingTools::explainPanelError(widgets::Panel *panel, const QString &message)
{
    course::ErrorCoach::Context context;
    context.message = message;
    if (panel) {
        const course::PanelConfig config = panel->config();
        switch (config.type()) {
        case course::PanelType::TcpServer:
            context.server = true;
            context.boundAddress = config.tcpServer().listen.address;
            context.port = config.tcpServer().listen.port;
            break;
        case course::PanelType::LocalServer:
            // A socket file has no address or port to talk about.
            context.server = true;
            break;
        case course::PanelType::TcpClient:
            context.host = config.tcpClient().host;
            context.port = config.tcpClient().port;
            break;
        case course::PanelType::LocalClient:
            break;
        case course::PanelType::Udp: {
            const course::UdpConfig &udp = config.udp();
            context.udp = true;
            context.host = udp.targetHost;
            context.port = udp.targetPort ? udp.targetPort : udp.port;
            context.boundAddress = udp.address;
            break;
        }
        case course::PanelType::Http: {
            const QUrl url(config.http().options.url);
            context.host = url.host();
            context.port = quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
            break;
        }
        }
    }
    m_coach->explain(context);
    m_coachDock->show();
    m_coachDock->raise();
}

void TeachingTools::showPythonForCurrentPanel()
{
    widgets::Panel *panel = m_parts.panels->currentPanel();
    if (!panel) {
        status(tr("Click into a panel first: Show as Python shows that panel."));
        return;
    }
    // The view reads the panel again on Refresh, as long as the panel is there.
    QPointer<widgets::Panel> watched(panel);
    course::PanelConfig last = panel->config();
    auto *view = new widgets::PythonView(
        [watched, last]() mutable {
            if (watched)
                last = watched->config();
            return last;
        },
        m_parts.window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

QPixmap TeachingTools::screenshot() const
{
    return m_parts.window->grab();
}

void TeachingTools::copyScreenshot()
{
    const QPixmap picture = screenshot();
    QGuiApplication::clipboard()->setPixmap(picture);
    status(tr("Screenshot of the window copied (%1 \u00d7 %2).").arg(picture.width()).arg(picture.height()));
}

void TeachingTools::saveScreenshot()
{
    const QPixmap picture = screenshot();
    const QString path = QFileDialog::getSaveFileName(m_parts.window, tr("Save a screenshot"),
                                                      QStringLiteral("socket-workbench.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    status(picture.save(path, "PNG") ? tr("Saved %1").arg(path)
                                     : tr("Cannot write the image \"%1\".").arg(path));
}

widgets::ReplayWindow *TeachingTools::ensureReplayWindow()
{
    if (!m_replay)
        m_replay = new widgets::ReplayWindow(m_parts.window);
    m_replay->show();
    m_replay->raise();
    return m_replay;
}

void TeachingTools::replayCapture()
{
    m_parts.traffic->flush();
    ensureReplayWindow()->replayCapture(*m_parts.traffic);
}

void TeachingTools::replayFile()
{
    ensureReplayWindow()->chooseFile();
}

void TeachingTools::status(const QString &message) const
{
    m_parts.window->statusBar()->showMessage(message, 5000);
}

} // namespace swb::app
