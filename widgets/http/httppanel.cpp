#include "widgets/http/httppanel.h"

#include "models/trafficmodel.h"
#include "net/httpclient/httpconnection.h"
#include "net/httpclient/httpfetchclient.h"
#include "net/httpclient/httpurl.h"
#include "net/httpclient/rawmodesession.h"
#include "net/httpclient/shownline.h"
#include "net/text/counttext.h"
#include "widgets/common/combofitter.h"
#include "widgets/common/warningcolour.h"
#include "widgets/http/certificatecard.h"
#include "widgets/http/httpfetchview.h"
#include "widgets/http/httpheaderseditor.h"
#include "widgets/http/httprequesteditor.h"
#include "widgets/http/timingview.h"
#include "widgets/httpresponse/httprawview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace swb::widgets {

namespace {
enum ModeIndex { FetchIndex, RawIndex };
const QStringList methods{QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
                          QStringLiteral("PUT"), QStringLiteral("DELETE")};

} // namespace

HttpPanel::HttpPanel(int id, models::TrafficModel *traffic, QWidget *parent)
    : Panel(id, course::PanelType::Http, traffic, parent)
    , m_fetch(new net::HttpFetchClient(this))
    , m_raw(new net::RawModeSession(this))
    , m_mode(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(course::HttpOptions().url, this))
    , m_send(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_acceptInvalid(new QCheckBox(this))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_stack(new QStackedWidget(this))
    , m_fetchView(new HttpFetchView(m_fetch, this))
    , m_rawView(new HttpRawView(m_raw, this))
    , m_timingPage(new QWidget(this))
    , m_timing(new TimingView(this))
    , m_certificate(new CertificateCard(this))
{
    // The whole current item shows in either language and at any zoom.
    for (QComboBox *combo : {m_mode, m_method})
        new ComboFitter(combo);
    // The names the tests find these parts by; the panel has no getters for them.
    m_fetch->setObjectName(QStringLiteral("fetchClient"));
    m_raw->setObjectName(QStringLiteral("rawSession"));
    m_acceptInvalid->setObjectName(QStringLiteral("acceptInvalidCertificates"));
    m_fetchView->setObjectName(QStringLiteral("fetchView"));
    m_rawView->setObjectName(QStringLiteral("rawView"));
    m_timing->setObjectName(QStringLiteral("timingView"));
    m_certificate->setObjectName(QStringLiteral("certificateCard"));
    m_fetch->attach(traffic, id, name());
    m_raw->attach(traffic, id, name());
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    m_method->addItems(methods); // protocol words, not translated
    m_urlLabel->setBuddy(m_url);
    m_timeout->setRange(1, 3600);
    m_timeout->setValue(course::HttpOptions().timeoutMs / 1000);
    WarningColour::set(m_acceptInvalid, true, QStringLiteral("QCheckBox:checked"));

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_mode);
    targetRow->addWidget(m_method);
    targetRow->addWidget(m_urlLabel);
    targetRow->addWidget(m_url, 1);
    targetRow->addWidget(m_send);
    targetRow->addWidget(m_stop);
    // Only an https URL asks about certificates (or a workspace that ticked it).
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_acceptInvalid);
    optionsRow->addStretch(1);
    // How long to wait is a matter of timing: the spin box sits under the timing card.
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeoutLabel);
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch(1);
    auto *timingLayout = new QVBoxLayout(m_timingPage);
    timingLayout->addWidget(m_timing);
    timingLayout->addLayout(timeoutRow);
    timingLayout->addStretch(1);

    m_stack->addWidget(m_fetchView);
    m_stack->addWidget(m_rawView);
    auto *statusRow = new QHBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_stack, 1);
    // Status and counters share one line: the height goes to the response.
    addStatusLine(statusRow);
    layout->addLayout(statusRow);

    connect(m_send, &QPushButton::clicked, this, &HttpPanel::send);
    connect(m_stop, &QPushButton::clicked, this, &HttpPanel::stop);
    connect(m_url, &QLineEdit::returnPressed, this, &HttpPanel::send);
    connect(m_url, &QLineEdit::textChanged, this, &HttpPanel::onUrlEdited);
    connect(m_acceptInvalid, &QCheckBox::toggled, this, &HttpPanel::showCertificateOption);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &HttpPanel::updateModeWidgets);
    connect(m_timeout, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_timeoutMs = seconds * 1000; });
    connect(m_fetch, &net::HttpFetchClient::finished, this, &HttpPanel::onFetchFinished);
    connect(m_fetch, &net::HttpFetchClient::progress, this,
            [this](qint64 received, qint64) { showProgress(received); });
    connect(m_raw, &net::RawModeSession::finished, this, &HttpPanel::onRawFinished);
    connect(m_raw, &net::RawModeSession::progress, this, &HttpPanel::showProgress);
    // Bytes after a complete keep-alive response change the verdict on it.
    connect(m_raw->client(), &net::HttpConnection::extraBytesArrived, this, [this] {
        if (!m_raw->isBusy())
            m_rawView->showResult();
    });
    connect(m_raw->client(), &net::HttpConnection::tlsInfoChanged, this, &HttpPanel::showTls);
    connect(m_rawView, &HttpRawView::sendAgainRequested, this, &HttpPanel::sendAgain);
    connect(m_fetchView, &HttpFetchView::saved, this, &HttpPanel::showStatus);
    connect(m_fetchView, &HttpFetchView::saveFailed, this, &HttpPanel::showError);
    connect(m_rawView, &HttpRawView::saved, this, &HttpPanel::showStatus);
    connect(m_rawView, &HttpRawView::saveFailed, this, &HttpPanel::showError);
    connect(m_certificate, &CertificateCard::continueAnywayRequested, this, [this] {
        // A redirect's target host is accepted by name: the check box is for the typed host.
        const QString host = m_fetch->finalUrl().host();
        if (!isRawMode() && m_fetch->certificateRejected() && !m_acceptedHosts.contains(host))
            m_acceptedHosts << host;
        m_acceptInvalid->setChecked(true);
        send();
    });
    connect(m_acceptInvalid, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_acceptedHosts.clear();
    });

    retranslateUi();
    updateModeWidgets();
    showCertificateOption();
    updateState();
}

HttpPanel::~HttpPanel() = default;

bool HttpPanel::isRawMode() const
{
    return m_mode->currentIndex() == RawIndex;
}

void HttpPanel::setRawMode(bool raw)
{
    m_mode->setCurrentIndex(raw ? RawIndex : FetchIndex);
}

void HttpPanel::setUrl(const QString &url)
{
    m_url->setText(url);
}

void HttpPanel::setMethod(const QString &method)
{
    m_method->setCurrentIndex(qMax(0, int(methods.indexOf(method.toUpper()))));
}

void HttpPanel::setTimeoutMs(int ms)
{
    // The spin box shows whole seconds; a workspace or a test may ask for less.
    const QSignalBlocker blocker(m_timeout);
    m_timeout->setValue(qMax(1, ms / 1000));
    m_timeoutMs = qMax(1, ms);
}

void HttpPanel::setDisplayLimit(qint64 bytes)
{
    m_fetch->setDisplayLimit(bytes);
    m_raw->setDisplayLimit(bytes);
}

bool HttpPanel::isBusy() const
{
    return m_fetch->isBusy() || m_raw->isBusy();
}

void HttpPanel::onNameChanged()
{
    m_fetch->attach(traffic(), id(), name());
    m_raw->attach(traffic(), id(), name());
}

course::PanelConfig HttpPanel::config() const
{
    course::PanelConfig c(course::PanelType::Http);
    c.name = name();
    course::HttpOptions &o = c.http().options;
    o.mode = isRawMode() ? course::HttpOptions::Mode::Raw : course::HttpOptions::Mode::Fetch;
    o.url = m_url->text().trimmed();
    o.method = m_method->currentText();
    for (const auto &[header, value] : m_fetchView->headersEditor()->headers())
        o.headers.append({header, value});
    o.body = m_fetchView->bodyEditor()->toPlainText();
    o.rawRequest = m_rawView->editor()->toPlainText();
    o.ignoreCertificateErrors = m_acceptInvalid->isChecked();
    o.timeoutMs = m_timeoutMs;
    c.http().autoStart = m_autoStart;
    return c;
}

void HttpPanel::applyConfig(const course::PanelConfig &c)
{
    setName(c.name);
    const course::HttpOptions &o = c.http().options;
    setRawMode(o.mode == course::HttpOptions::Mode::Raw);
    m_url->setText(o.url);
    setMethod(o.method);
    m_fetchView->headersEditor()->setHeaders(o.headers);
    m_fetchView->bodyEditor()->setPlainText(o.body);
    m_rawView->editor()->setPlainText(o.rawRequest);
    setTimeoutMs(o.timeoutMs);
    // A saved workspace may ask for it; the ticked, red box keeps the choice in sight.
    m_acceptInvalid->setChecked(o.ignoreCertificateErrors);
    m_lastHost = QUrl(o.url.trimmed()).host();
    m_autoStart = c.http().autoStart;
}

void HttpPanel::autoStart()
{
    // Queued: the workspace's servers are started in the same pass, after this
    // panel when they come later in the file.
    if (m_autoStart)
        QTimer::singleShot(0, this, [this] {
            if (!isBusy())
                send();
        });
}

void HttpPanel::shutdown()
{
    m_fetch->abort();
    m_raw->abort();
}

void HttpPanel::onUrlEdited()
{
    // Accepting a bad certificate was for one server; another host asks again.
    const QString host = QUrl(m_url->text().trimmed()).host();
    if (host != m_lastHost && m_acceptInvalid->isChecked() && !m_lastHost.isEmpty())
        m_acceptInvalid->setChecked(false);
    m_lastHost = host;
    showCertificateOption();
}

void HttpPanel::showCertificateOption()
{
    m_acceptInvalid->setVisible(m_acceptInvalid->isChecked()
                                || m_url->text().trimmed().startsWith(QLatin1String("https:"),
                                                                      Qt::CaseInsensitive));
}

void HttpPanel::send()
{
    const Result<QUrl> url = net::HttpUrl::parse(m_url->text());
    if (!url) {
        (isRawMode() ? static_cast<net::Endpoint *>(m_raw) : m_fetch)->reportError(url.message());
        showError(url.message());
        return;
    }
    const int timeoutMs = m_timeoutMs;
    m_timing->clear();
    m_certificate->clear();
    if (isRawMode()) {
        const Result<QByteArray> request = m_rawView->editor()->compose(*url);
        if (!request) {
            m_raw->reportError(request.message());
            showError(request.message());
            return;
        }
        m_rawView->clearResult();
        m_raw->setTimeoutMs(timeoutMs);
        m_raw->setIgnoreCertificateErrors(m_acceptInvalid->isChecked());
        showStatus(tr("Connecting to %1\u2026").arg(net::HttpUrl::hostHeader(*url)));
        m_raw->start(*url, *request);
    } else {
        net::HttpFetchClient::Request request;
        request.url = *url;
        request.method = m_method->currentText().toLatin1();
        for (const auto &[header, value] : m_fetchView->headersEditor()->headers())
            request.headers.append({header.toLatin1(), value.toUtf8()});
        request.body = m_fetchView->bodyEditor()->toPlainText().toUtf8();
        request.acceptInvalidCertificates = m_acceptInvalid->isChecked();
        request.acceptInvalidCertificatesFor = m_acceptedHosts;
        request.timeoutMs = timeoutMs;
        m_fetchView->clearResult();
        showStatus(tr("Fetching %1\u2026").arg(url->toDisplayString()));
        m_fetch->start(request);
    }
    updateState();
}

void HttpPanel::sendAgain()
{
    const Result<QByteArray> request = m_rawView->editor()->compose(m_raw->url());
    if (!request) {
        m_raw->reportError(request.message());
        showError(request.message());
        return;
    }
    if (!m_raw->sendAgain(*request)) {
        showError(tr("The connection is no longer open: the server closed it. Press Send to open "
                     "a new one."));
        updateState();
        return;
    }
    showStatus(tr("Sent again on the same connection\u2026"));
    updateState();
}

void HttpPanel::showProgress(qint64 received)
{
    // A fast download delivers thousands of pieces a second; the eye needs a few.
    if (m_progressClock.isValid() && m_progressClock.elapsed() < 100)
        return;
    m_progressClock.start();
    showStatus(tr("Receiving\u2026 %1").arg(net::CountText::bytes(received)));
}

void HttpPanel::stop()
{
    m_fetch->abort();
    m_raw->abort();
    updateState();
}

void HttpPanel::showTls(const net::TlsSessionInfo &tls)
{
    m_certificate->setConnection(tls.chain, tls.protocol, tls.cipher, tls.certificateErrors,
                                 tls.errorsIgnored);
    if (!tls.certificateErrors.isEmpty() && !tls.errorsIgnored)
        resultTabs()->setCurrentWidget(m_certificate);
}

void HttpPanel::onFetchFinished(bool ok)
{
    m_fetchView->showResult();
    QString summary = !ok ? QString()
        : tr("%1 %2, %3 bytes in %4 ms.", "", net::CountText::form(m_fetch->body().size()))
              .arg(m_fetch->statusCode())
              .arg(QString::fromLatin1(m_fetch->reasonPhrase()),
                   QLocale().toString(m_fetch->body().size()))
              .arg(qRound64(m_fetch->timing().totalMs));
    // A body not decoded (a decompression bomb, broken gzip) says why here, not only in a row.
    if (ok && !m_fetch->decodeError().isEmpty())
        summary += QLatin1Char(' ') + m_fetch->decodeError();
    finishExchange(ok, m_fetch->timing(),
                   m_fetch->usedTls() ? std::optional(m_fetch->tlsInfo()) : std::nullopt, summary,
                   m_fetch->errorMessage());
}

void HttpPanel::onRawFinished(bool ok)
{
    const net::HttpConnection *client = m_raw->client();
    m_rawView->showResult();
    const net::TlsSessionInfo tls = client->tlsInfo();
    const QString summary = !ok ? QString()
        : tr("%1 %2, %3 bytes received in %4 ms.", "", net::CountText::form(m_raw->response().size()))
              .arg(client->parser().statusCode())
              .arg(QString::fromLatin1(net::shownLine(client->parser().reasonPhrase())),
                   QLocale().toString(m_raw->response().size()))
              .arg(qRound64(client->timing().totalMs));
    finishExchange(ok, client->timing(),
                   tls.encrypted || !tls.chain.isEmpty() ? std::optional(tls) : std::nullopt,
                   summary, m_raw->errorMessage());
}

// Both modes end alike: the timing card, the certificate where TLS was used,
// then the one-line summary or the error.
void HttpPanel::finishExchange(bool ok, const net::HttpTiming &timing,
                               const std::optional<net::TlsSessionInfo> &tls,
                               const QString &summary, const QString &error)
{
    m_timing->setTiming(timing);
    if (tls)
        showTls(*tls);
    if (ok)
        showStatus(summary);
    else
        showError(error);
    updateState();
    emit exchangeFinished(ok);
}

void HttpPanel::updateModeWidgets()
{
    const bool raw = isRawMode();
    m_stack->setCurrentWidget(raw ? static_cast<QWidget *>(m_rawView) : m_fetchView);
    m_method->setVisible(!raw);
    placeCards();
}

QTabWidget *HttpPanel::resultTabs() const
{
    return isRawMode() ? m_rawView->resultTabs() : m_fetchView->resultTabs();
}

void HttpPanel::placeCards()
{
    QTabWidget *tabs = resultTabs();
    QTabWidget *other = isRawMode() ? m_fetchView->resultTabs() : m_rawView->resultTabs();
    for (QWidget *card : {m_timingPage, static_cast<QWidget *>(m_certificate)}) {
        if (other->indexOf(card) >= 0)
            other->removeTab(other->indexOf(card));
        if (tabs->indexOf(card) < 0)
            tabs->addTab(card, QString());
    }
    tabs->setTabText(tabs->indexOf(m_timingPage), tr("Timing"));
    tabs->setTabText(tabs->indexOf(m_certificate), tr("Certificate"));
}

void HttpPanel::updateState()
{
    const bool busy = isBusy();
    m_send->setEnabled(!busy);
    m_stop->setEnabled(busy);
    m_mode->setEnabled(!busy);
}

void HttpPanel::retranslateUi()
{
    m_mode->setItemText(FetchIndex, tr("Fetch (requests.get)"));
    m_mode->setItemText(RawIndex, tr("Raw (socket)"));
    m_mode->setToolTip(tr("Fetch: a finished HTTP client does the work, as requests.get() does. "
                          "Raw: you type the request bytes and see the exact response bytes, as "
                          "with socket.send() and recv()."));
    m_method->setToolTip(tr("The request method. In raw mode it is the first word of the "
                            "request text."));
    m_urlLabel->setText(tr("URL:"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:8080/"));
    m_url->setToolTip(tr("http:// or https://, a host and an optional port and path. Raw mode "
                         "connects to this host and port; the request text says the rest."));
    m_send->setText(tr("Send"));
    m_stop->setText(tr("Stop"));
    m_acceptInvalid->setText(tr("Accept invalid certificates (insecure)"));
    m_acceptInvalid->setToolTip(tr("Goes on even when the server's certificate is self-signed, "
                                   "expired or for another name. Anyone in the middle could then "
                                   "read and change the traffic. Only for your own test "
                                   "servers; it turns itself off when the host changes."));
    m_timeoutLabel->setText(tr("Give up after (s) without a byte:"));
    placeCards();
}

} // namespace swb::widgets
