#pragma once

// What the panel tests share: typing into a send box as a student does, the
// traffic rows of one panel, and PanelProbe, which reaches a panel's parts.

#include "models/connectionlistmodel.h"
#include "models/trafficmodel.h"
#include "models/udppeermodel.h"
#include "net/httpclient/httpfetchclient.h"
#include "net/httpclient/rawmodesession.h"
#include "net/stream/localclientendpoint.h"
#include "net/stream/localserverendpoint.h"
#include "net/stream/tcpclientendpoint.h"
#include "net/stream/tcpserverendpoint.h"
#include "net/traffic/trafficevent.h"
#include "net/udp/udpendpoint.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/sendbox.h"
#include "widgets/http/certificatecard.h"
#include "widgets/http/httpfetchview.h"
#include "widgets/http/httppanel.h"
#include "widgets/http/timingview.h"
#include "widgets/httpresponse/httprawview.h"
#include "widgets/stream/behavioureditor.h"
#include "widgets/stream/connectioninfoview.h"
#include "widgets/stream/localclientpanel.h"
#include "widgets/stream/localserverpanel.h"
#include "widgets/stream/socketpathedit.h"
#include "widgets/stream/tcpclientpanel.h"
#include "widgets/stream/tcpserverpanel.h"
#include "widgets/udp/multicastbox.h"
#include "widgets/udp/udpbindrow.h"
#include "widgets/udp/udpburstbar.h"
#include "widgets/udp/udppanel.h"
#include "widgets/udp/udptargetrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

namespace paneltesting {

inline QLineEdit *lineOf(swb::widgets::SendBox *box)
{
    return box->findChild<QLineEdit *>(QStringLiteral("sendLine"));
}

// Focus, clear, type, Enter. QTest types ASCII only; other text (Chinese)
// goes in as an input method would put it.
inline void typeAndEnter(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->clear();
    if (text.toLatin1() == text.toUtf8())
        QTest::keyClicks(line, text);
    else
        line->insert(text);
    QTest::keyClick(line, Qt::Key_Return);
}

inline void typeAndEnter(swb::widgets::SendBox *box, const QString &text)
{
    typeAndEnter(lineOf(box), text);
}

// The rows of one kind from one panel, after showing what has arrived.
inline QList<swb::net::TrafficEvent> eventsOf(swb::models::TrafficModel &model,
                                              swb::net::EventKind kind, int panelId)
{
    model.flush();
    QList<swb::net::TrafficEvent> result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const swb::net::TrafficEvent &e = model.event(row);
        if (e.kind == kind && e.panelId == panelId)
            result << e;
    }
    return result;
}

// Shows behaviour in the editor and applies it the way a user's edit does:
// setBehaviour() alone is silent.
inline void applyAsUser(swb::widgets::BehaviourEditor *editor,
                        const swb::net::ServerBehaviour &behaviour)
{
    editor->setBehaviour(behaviour);
    auto *reply = editor->findChild<QComboBox *>(QStringLiteral("behaviourReply"));
    const int chosen = reply->currentIndex();
    reply->setCurrentIndex(chosen == 0 ? 1 : 0);
    reply->setCurrentIndex(chosen);
}

// The endpoint type behind each kind of panel.
template<typename P>
struct EndpointOf;
template<>
struct EndpointOf<swb::widgets::TcpServerPanel> { using type = swb::net::TcpServerEndpoint; };
template<>
struct EndpointOf<swb::widgets::TcpClientPanel> { using type = swb::net::TcpClientEndpoint; };
template<>
struct EndpointOf<swb::widgets::LocalServerPanel> { using type = swb::net::LocalServerEndpoint; };
template<>
struct EndpointOf<swb::widgets::LocalClientPanel> { using type = swb::net::LocalClientEndpoint; };
template<>
struct EndpointOf<swb::widgets::UdpPanel> { using type = swb::net::UdpEndpoint; };

// A panel's parts, found by the object names the panel gives them, so that
// panels need no public getters for tests. A missing part stops the test
// with its name rather than crashing on a null pointer later.
template<typename P>
class PanelProbe
{
public:
    explicit PanelProbe(const P *panel) : m_panel(panel) {}

    template<typename T>
    T *part(const char *name) const
    {
        T *found = m_panel->template findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("%s has no %s", m_panel->metaObject()->className(), name);
        return found;
    }

    template<typename Q = P>
    typename EndpointOf<Q>::type *endpoint() const
    {
        return part<typename EndpointOf<Q>::type>("endpoint");
    }
    swb::widgets::SendBox *sendBox() const { return part<swb::widgets::SendBox>("sendBox"); }
    swb::widgets::MessageLog *messageLog() const
    {
        return part<swb::widgets::MessageLog>("messageLog");
    }
    swb::widgets::BehaviourEditor *behaviourEditor() const
    {
        return part<swb::widgets::BehaviourEditor>("behaviourEditor");
    }

    // Stream servers and clients.
    swb::models::ConnectionListModel *connectionModel() const
    {
        return part<swb::models::ConnectionListModel>("connectionModel");
    }
    QTableView *connectionTable() const { return part<QTableView>("connectionTable"); }
    swb::widgets::ConnectionInfoView *infoView() const
    {
        return part<swb::widgets::ConnectionInfoView>("infoView");
    }
    swb::widgets::SocketPathEdit *pathEdit() const
    {
        return part<swb::widgets::SocketPathEdit>("pathEdit");
    }
    QFrame *staleBar() const { return part<QFrame>("staleBar"); }
    QPushButton *removeStaleButton() const { return part<QPushButton>("removeStaleButton"); }

    // UDP.
    swb::models::UdpPeerModel *peerModel() const
    {
        return part<swb::models::UdpPeerModel>("peerModel");
    }
    QTableView *peerTable() const { return part<QTableView>("peerTable"); }
    swb::widgets::MulticastBox *multicastBox() const
    {
        return part<swb::widgets::MulticastBox>("multicastBox");
    }
    swb::widgets::UdpBurstBar *burstBar() const
    {
        return part<swb::widgets::UdpBurstBar>("burstBar");
    }
    swb::widgets::UdpBindRow *bindRow() const { return part<swb::widgets::UdpBindRow>("bindRow"); }
    swb::widgets::UdpTargetRow *targetRow() const
    {
        return part<swb::widgets::UdpTargetRow>("targetRow");
    }
    QRadioButton *toTargetButton() const { return part<QRadioButton>("toTargetButton"); }
    QRadioButton *toSelectedButton() const { return part<QRadioButton>("toSelectedButton"); }
    QString socketStatus() const { return part<QLabel>("socketStatus")->text(); }

    // HTTP.
    swb::net::HttpFetchClient *fetchClient() const
    {
        return part<swb::net::HttpFetchClient>("fetchClient");
    }
    swb::net::RawModeSession *rawSession() const
    {
        return part<swb::net::RawModeSession>("rawSession");
    }
    swb::widgets::HttpFetchView *fetchView() const
    {
        return part<swb::widgets::HttpFetchView>("fetchView");
    }
    swb::widgets::HttpRawView *rawView() const
    {
        return part<swb::widgets::HttpRawView>("rawView");
    }
    swb::widgets::TimingView *timingView() const
    {
        return part<swb::widgets::TimingView>("timingView");
    }
    swb::widgets::CertificateCard *certificateCard() const
    {
        return part<swb::widgets::CertificateCard>("certificateCard");
    }
    QCheckBox *acceptInvalidCertificates() const
    {
        return part<QCheckBox>("acceptInvalidCertificates");
    }

private:
    const P *m_panel;
};

template<typename P>
PanelProbe<P> probe(const P *panel)
{
    return PanelProbe<P>(panel);
}

} // namespace paneltesting
