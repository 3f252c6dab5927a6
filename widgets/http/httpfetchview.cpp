#include "widgets/http/httpfetchview.h"

#include "net/httpclient/httpfetchclient.h"
#include "net/text/counttext.h"
#include "widgets/common/bytedetailview.h"
#include "widgets/common/savefilechooser.h"
#include "widgets/http/httpheaderseditor.h"
#include "widgets/httpresponse/httpbodyview.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace swb::widgets {

HttpFetchView::HttpFetchView(net::HttpFetchClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_requestTabs(new QTabWidget(this))
    , m_headers(new HttpHeadersEditor(this))
    , m_body(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_responseTabs(new QTabWidget(this))
    , m_bodyView(new HttpBodyView(this))
    , m_responseHeaders(new QTableWidget(0, 2, this))
    , m_redirects(new QListWidget(this))
    , m_hex(new ByteDetailView(this))
    , m_save(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_requestTabs->addTab(m_headers, QString());
    m_requestTabs->addTab(m_body, QString());
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_responseHeaders->verticalHeader()->setVisible(false);
    m_responseHeaders->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_responseHeaders->horizontalHeader()->setStretchLastSection(true);
    m_responseHeaders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_responseTabs->addTab(m_bodyView, QString());
    m_responseTabs->addTab(m_responseHeaders, QString());
    m_responseTabs->addTab(m_redirects, QString());
    m_responseTabs->addTab(m_hex, QString());
    // Tabs keep their whole names; arrows scroll them when the panel is narrow.
    m_responseTabs->setElideMode(Qt::ElideNone);
    m_responseTabs->setUsesScrollButtons(true);
    m_responseTabs->setObjectName(QStringLiteral("responseTabs"));

    auto *response = new QWidget(this);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_status, 1);
    saveRow->addWidget(m_save);
    auto *responseLayout = new QVBoxLayout(response);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addLayout(saveRow);
    responseLayout->addWidget(m_responseTabs, 1);
    m_splitter->setObjectName(QStringLiteral("fetchSplitter"));
    m_splitter->addWidget(m_requestTabs);
    m_splitter->addWidget(response);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    connect(m_save, &QPushButton::clicked, this, &HttpFetchView::chooseAndSave);
    clearResult();
    retranslateUi();
}

void HttpFetchView::clearResult()
{
    m_hasResult = false;
    m_status->clear();
    m_responseHeaders->setRowCount(0);
    m_redirects->clear();
    m_bodyView->clear();
    m_hex->setBytes(QByteArray());
    m_save->setEnabled(false);
}

void HttpFetchView::showResult()
{
    m_hasResult = m_client->statusCode() > 0;
    const QLocale locale;
    const net::HttpFetchClient::RawHeaders headers = m_client->headers();
    m_responseHeaders->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        const auto &[name, value] = headers.at(row);
        m_responseHeaders->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_responseHeaders->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(value)));
    }
    m_responseHeaders->resizeColumnToContents(0);
    m_redirects->clear();
    const QList<net::HttpFetchClient::Hop> hops = m_client->hops();
    for (int i = 0; i < hops.size(); ++i) {
        const net::HttpFetchClient::Hop &hop = hops.at(i);
        QString line = tr("%1. %2 %3 \u2192 %4 %5 (%6 ms)")
                           .arg(i + 1)
                           .arg(QString::fromLatin1(hop.method), hop.url.toDisplayString())
                           .arg(hop.status)
                           .arg(QString::fromLatin1(hop.reason), locale.toString(hop.ms, 'f', 1));
        if (!hop.location.isEmpty())
            line += tr(", Location: %1").arg(hop.location.toDisplayString());
        m_redirects->addItem(line);
    }
    const net::BodySpool &body = m_client->body();
    // requests' r.text: the body decoded by the charset of the header, else the page's.
    m_bodyView->setBody(body.head(), m_client->header("Content-Type"), body.size());
    m_hex->setBytes(body.head(), body.isComplete()
                                     ? tr("Body: %1").arg(net::CountText::bytes(body.size()))
                                     : tr("Body: the first %1 of %2 bytes", "",
                                          net::CountText::form(body.size()))
                                           .arg(locale.toString(qint64(body.head().size())),
                                                locale.toString(body.size())));
    m_save->setEnabled(m_hasResult);
    retranslateUi();
}

QString HttpFetchView::statusText() const
{
    return m_status->text();
}

QStringList HttpFetchView::redirectLines() const
{
    QStringList lines;
    for (int i = 0; i < m_redirects->count(); ++i)
        lines << m_redirects->item(i)->text();
    return lines;
}

Result<void> HttpFetchView::saveBody(const QString &path) const
{
    if (!m_hasResult)
        return Failure{tr("There is no response to save yet.")};
    return m_client->body().saveTo(path);
}

void HttpFetchView::chooseAndSave()
{
    QString name = QFileInfo(m_client->finalUrl().path()).fileName();
    if (name.isEmpty())
        name = QStringLiteral("gne.html");
    const QString path = SaveFileChooser::choose(this, tr("Save body"), name);
    if (path.isEmpty())
        return;
    if (const Result<void> done = saveBody(path))
        emit saved(tr("Saved %1 to %2.").arg(net::CountText::bytes(m_client->body().size()), path));
    else
        emit saveFailed(done.message());
}

void HttpFetchView::retranslateUi()
{
    m_requestTabs->setTabText(0, tr("Request headers"));
    m_requestTabs->setTabText(1, tr("Request body"));
    m_body->setPlaceholderText(tr("The body to send with POST or PUT (sent as UTF-8)."));
    m_responseTabs->setTabText(0, tr("Body (r.text)"));
    m_responseTabs->setTabText(1, tr("Headers (r.headers)"));
    m_responseTabs->setTabText(2, tr("Redirects (r.history)"));
    m_responseTabs->setTabText(3, tr("Hex"));
    m_responseHeaders->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_save->setText(tr("Save body\u2026"));
    m_save->setToolTip(tr("Writes the body to a file, like the notes' "
                          "open('gne.html', 'w').write(r.text)."));
    if (m_hasResult) {
        const int status = m_client->statusCode();
        const bool ok = status < 400; // requests' r.ok
        m_status->setText(tr("%1 %2 %3 (r.ok is %4), %5 bytes, from %6", "",
                             net::CountText::form(m_client->body().size()))
                              .arg(QString::fromLatin1(m_client->httpVersion()))
                              .arg(status)
                              .arg(QString::fromLatin1(m_client->reasonPhrase()),
                                   ok ? QStringLiteral("True") : QStringLiteral("False"),
                                   QLocale().toString(m_client->body().size()),
                                   m_client->finalUrl().toDisplayString()));
    }
}

void HttpFetchView::showEvent(QShowEvent *event)
{
    // A few header rows are room enough to type in; the response gets the rest.
    if (!m_sized) {
        m_sized = true;
        const int request =
            m_requestTabs->minimumSizeHint().height() + 3 * m_headers->fontMetrics().height();
        m_splitter->setSizes({request, qMax(1, m_splitter->height() - request)});
    }
    QWidget::showEvent(event);
}

void HttpFetchView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
