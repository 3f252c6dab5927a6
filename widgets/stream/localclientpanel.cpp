#include "widgets/stream/localclientpanel.h"

#include "net/stream/localclientendpoint.h"
#include "net/stream/localsocketpath.h"
#include "widgets/stream/socketpathedit.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace swb::widgets {

LocalClientPanel::LocalClientPanel(int id, models::TrafficModel *traffic, QWidget *parent)
    : StreamClientPanel(id, course::PanelType::LocalClient, new net::LocalClientEndpoint, traffic,
                        parent)
    , m_path(new SocketPathEdit(this))
{
    // The names the tests find these parts by; the panel has no getters for them.
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->addButton(connectButton());
    targetLayout()->addWidget(m_path);
    connect(m_path, &SocketPathEdit::returnPressed, this, &LocalClientPanel::connectToServer);

    retranslateUi();
}

LocalClientPanel::~LocalClientPanel() = default;

net::LocalClientEndpoint *LocalClientPanel::endpoint() const
{
    return static_cast<net::LocalClientEndpoint *>(clientEndpoint());
}

course::PanelConfig LocalClientPanel::config() const
{
    course::PanelConfig c = baseConfig();
    course::LocalClientConfig &s = c.localClient();
    s.path = m_path->text();
    s.closeWord = closeWord();
    s.autoConnect = autoConnects();
    return c;
}

void LocalClientPanel::applyConfig(const course::PanelConfig &c)
{
    const course::LocalClientConfig &s = c.localClient();
    m_path->setText(s.path.trimmed().isEmpty() ? net::LocalSocketPath::defaultSetting() : s.path);
    applyBaseConfig(c, s.closeWord, s.autoConnect);
}

void LocalClientPanel::connectToServer()
{
    showStatus(QString());
    endpoint()->connectTo(m_path->text());
}

void LocalClientPanel::updateTarget(bool idle)
{
    m_path->setEditable(idle);
}

} // namespace swb::widgets
