#include "widgets/stream/localserverpanel.h"

#include "net/stream/localserverendpoint.h"
#include "net/stream/localsocketpath.h"
#include "widgets/stream/socketpathedit.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace swb::widgets {

LocalServerPanel::LocalServerPanel(int id, models::TrafficModel *traffic, QWidget *parent)
    : StreamServerPanel(id, course::PanelType::LocalServer, new net::LocalServerEndpoint, traffic,
                        parent)
    , m_path(new SocketPathEdit(this))
    , m_staleBar(new QFrame(this))
    , m_staleText(new QLabel(m_staleBar))
    , m_removeStale(new QPushButton(m_staleBar))
{
    // The names the tests find these parts by; the panel has no getters for them.
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_removeStale->setObjectName(QStringLiteral("removeStaleButton"));
    m_path->addButton(startStopButton());
    m_staleBar->setObjectName(QStringLiteral("staleBar"));
    m_staleBar->setStyleSheet(QStringLiteral(
        "#staleBar { background: #fff3cd; border-radius: 3px; } QLabel { color: #664d03; }"));
    m_staleText->setWordWrap(true);
    auto *staleLayout = new QHBoxLayout(m_staleBar);
    staleLayout->setContentsMargins(4, 2, 4, 2);
    staleLayout->addWidget(m_staleText, 1);
    staleLayout->addWidget(m_removeStale);
    m_staleBar->hide();
    settingsLayout()->addWidget(m_path);
    settingsLayout()->addWidget(m_staleBar);

    connect(m_path, &SocketPathEdit::returnPressed, this, &LocalServerPanel::start);
    // The question was about one file; another path is another question.
    connect(m_path, &SocketPathEdit::pathChanged, m_staleBar, &QWidget::hide);
    connect(m_removeStale, &QPushButton::clicked, this, &LocalServerPanel::removeStaleAndStart);

    retranslateUi();
}

LocalServerPanel::~LocalServerPanel() = default;

net::LocalServerEndpoint *LocalServerPanel::endpoint() const
{
    return static_cast<net::LocalServerEndpoint *>(serverEndpoint());
}

void LocalServerPanel::retranslateUi()
{
    m_path->lineEdit()->setWhatsThis(
        tr("A local socket server listens on a file path instead of a port. Only programs on "
           "this machine can connect, and only you: the file gets mode 0600."));
    m_staleText->setText(tr("Nothing listens on this socket file any more: it was left behind "
                            "by a server that stopped without removing it."));
    m_removeStale->setText(tr("Remove the stale file and listen"));
    StreamServerPanel::retranslateUi();
}

course::PanelConfig LocalServerPanel::config() const
{
    course::PanelConfig c = baseConfig();
    course::LocalServerConfig &s = c.localServer();
    s.path = m_path->text();
    s.autoStart = startsOnOpen();
    s.behaviour = behaviour();
    return c;
}

void LocalServerPanel::applyConfig(const course::PanelConfig &c)
{
    const course::LocalServerConfig &s = c.localServer();
    m_path->setText(s.path.trimmed().isEmpty() ? net::LocalSocketPath::defaultSetting() : s.path);
    applyBaseConfig(c, s.autoStart, s.behaviour);
}

QString LocalServerPanel::resourceKey() const
{
    const QString path = m_path->resolvedPath();
    return path.isEmpty() ? QString() : QStringLiteral("local/") + path;
}

bool LocalServerPanel::start()
{
    return startWith(false);
}

bool LocalServerPanel::removeStaleAndStart()
{
    return startWith(true);
}

bool LocalServerPanel::startWith(bool removeStale)
{
    m_staleBar->hide();
    const auto result = endpoint()->start(m_path->text(),
                                          removeStale
                                              ? net::LocalServerEndpoint::StalePolicy::RemoveStale
                                              : net::LocalServerEndpoint::StalePolicy::Ask);
    if (result == net::LocalServerEndpoint::StartResult::StaleFile) {
        // The status line already says what the file is; this is the choice.
        m_staleBar->show();
        m_removeStale->setFocus();
        return false;
    }
    if (result != net::LocalServerEndpoint::StartResult::Listening)
        return false;
    showLastingStatus([this] {
        return tr("Listening on %1. Clients connect to this path.").arg(endpoint()->path());
    });
    return true;
}

void LocalServerPanel::updateSettings(bool listening)
{
    m_path->setEditable(!listening);
}

} // namespace swb::widgets
