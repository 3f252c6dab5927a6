#include "widgets/stream/streamclientpanel.h"

#include "models/trafficmodel.h"
#include "net/payload/textcodec.h"
#include "net/stream/streamclientendpoint.h"
#include "widgets/common/messagelog.h"
#include "widgets/common/sendbox.h"
#include "widgets/stream/connectioninfoview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace swb::widgets {

StreamClientPanel::StreamClientPanel(int id, course::PanelType type,
                                     net::StreamClientEndpoint *endpoint,
                                     models::TrafficModel *traffic, QWidget *parent)
    : Panel(id, type, traffic, parent)
    , m_endpoint(endpoint)
    , m_target(new QHBoxLayout)
    , m_connect(new QPushButton(this))
    , m_info(new ConnectionInfoView(this))
    , m_closeOnWord(new QCheckBox(this))
    , m_closeWord(new QLineEdit(this))
    , m_log(new MessageLog(this))
    , m_sendBox(new SendBox(this))
{
    // The names the tests find these parts by; the panel has no getters for them.
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_info->setObjectName(QStringLiteral("infoView"));
    m_log->setObjectName(QStringLiteral("messageLog"));
    m_sendBox->setObjectName(QStringLiteral("sendBox"));
    m_endpoint->setParent(this);
    m_endpoint->setSink(traffic);
    m_endpoint->setPanel(id, name());
    m_closeWord->setMaximumWidth(120);

    auto *wordRow = new QHBoxLayout;
    wordRow->addWidget(m_closeOnWord);
    wordRow->addWidget(m_closeWord);
    wordRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_target);
    layout->addWidget(m_info);
    layout->addLayout(wordRow);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_sendBox);
    addStatusLine(layout);

    m_sendBox->setSender([this](const QByteArray &bytes) {
        if (m_endpoint->send(bytes))
            return true;
        m_endpoint->reportError(tr("Not connected: press Connect first, then send."));
        return false;
    });
    connect(m_sendBox, &SendBox::problem, m_endpoint, &net::StreamClientEndpoint::reportError);
    connect(m_sendBox, &SendBox::encodingChanged, this, &StreamClientPanel::applyCloseWord);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_endpoint->state() == QAbstractSocket::UnconnectedState)
            connectToServer();
        else
            disconnectFromServer();
    });
    connect(m_closeOnWord, &QCheckBox::toggled, this, &StreamClientPanel::applyCloseWord);
    connect(m_closeWord, &QLineEdit::textEdited, this, &StreamClientPanel::applyCloseWord);

    connect(m_endpoint, &net::StreamClientEndpoint::stateChanged, this,
            &StreamClientPanel::updateState);
    connect(m_endpoint, &net::StreamClientEndpoint::errorOccurred, this, [this](const QString &m) {
        showError(m);
        m_log->addNote(m);
    });
    connect(m_endpoint, &net::StreamClientEndpoint::logLine, m_log, &MessageLog::addNote);
    connect(m_endpoint, &net::StreamClientEndpoint::dataReceived, this,
            [this](const QByteArray &bytes) { m_log->addReceived(m_endpoint->info().remote, bytes); });
    connect(m_endpoint, &net::StreamClientEndpoint::dataSent, this,
            [this](const QByteArray &bytes) { m_log->addSent(m_endpoint->info().remote, bytes); });
    // retranslateUi() and updateState() call into the subclass: its constructor calls them.
}

StreamClientPanel::~StreamClientPanel()
{
    // The endpoint outlives this part of the panel (it is a child of QObject).
    m_endpoint->disconnect(this);
}

void StreamClientPanel::retranslateUi()
{
    m_closeOnWord->setText(tr("Close after sending or receiving:"));
    m_closeWord->setPlaceholderText(tr("e.g. q"));
    m_closeOnWord->setToolTip(tr("As in the notes' chat: typing q, or receiving q, ends the "
                                 "conversation."));
    updateState();
}

void StreamClientPanel::onNameChanged()
{
    m_endpoint->setPanel(id(), name());
}

course::PanelConfig StreamClientPanel::baseConfig() const
{
    course::PanelConfig c(type());
    c.name = name();
    c.encoding = m_sendBox->encoding();
    c.send = m_sendBox->settings();
    return c;
}

QString StreamClientPanel::closeWord() const
{
    return m_closeOnWord->isChecked() ? m_closeWord->text() : QString();
}

void StreamClientPanel::applyBaseConfig(const course::PanelConfig &c, const QString &closeWord,
                                        bool autoConnect)
{
    setName(c.name);
    m_autoConnect = autoConnect;
    m_closeOnWord->setChecked(!closeWord.isEmpty());
    m_closeWord->setText(closeWord);
    m_sendBox->setEncoding(c.encoding);
    m_sendBox->setSettings(c.send);
    applyCloseWord();
}

bool StreamClientPanel::startsOnOpen() const
{
    return m_autoConnect || m_sendBox->startsOnOpen();
}

void StreamClientPanel::autoStart()
{
    // Queued: the workspace's servers start in the same pass, after this
    // panel when they come later in the file.
    QTimer::singleShot(0, this, [this] {
        m_autoSendWhenConnected = m_sendBox->startsOnOpen();
        if (m_endpoint->state() == QAbstractSocket::ConnectedState)
            updateState();
        else if (m_autoConnect && m_endpoint->state() == QAbstractSocket::UnconnectedState)
            connectToServer();
    });
}

void StreamClientPanel::shutdown()
{
    m_sendBox->stopAutoSend();
    m_endpoint->disconnectFromPeer();
}

void StreamClientPanel::disconnectFromServer()
{
    m_sendBox->stopAutoSend();
    m_endpoint->disconnectFromPeer();
}

void StreamClientPanel::applyCloseWord()
{
    m_log->setEncoding(m_sendBox->encoding());
    m_closeWord->setEnabled(m_closeOnWord->isChecked());
    m_endpoint->setCloseWord(m_closeOnWord->isChecked()
                                 ? net::TextCodec::encode(m_closeWord->text(), m_sendBox->encoding())
                                 : QByteArray());
}

void StreamClientPanel::updateState()
{
    const QAbstractSocket::SocketState state = m_endpoint->state();
    const bool idle = state == QAbstractSocket::UnconnectedState;
    m_connect->setText(idle ? tr("Connect") : tr("Disconnect"));
    updateTarget(idle);
    m_info->setState(state, m_endpoint->info(), m_endpoint->descriptor());
    m_sendBox->setPeerText(m_endpoint->info().remote);
    if (state == QAbstractSocket::ConnectedState)
        showLastingStatus(
            [remote = m_endpoint->info().remote] { return tr("Connected to %1.").arg(remote); });
    else if (idle && !m_endpoint->info().remote.isEmpty())
        showLastingStatus([] { return tr("Disconnected."); });
    if (idle)
        m_sendBox->stopAutoSend();
    if (state == QAbstractSocket::ConnectedState && m_autoSendWhenConnected) {
        m_autoSendWhenConnected = false;
        m_sendBox->startAutoSend();
    }
}

} // namespace swb::widgets
