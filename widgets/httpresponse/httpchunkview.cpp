#include "widgets/httpresponse/httpchunkview.h"

#include "net/httpclient/bodyspool.h"
#include "widgets/common/bytedetailview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace swb::widgets {

namespace {
enum Column { NumberColumn, SizeLineColumn, SizeColumn, DataColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

HttpChunkView::HttpChunkView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_detail(new ByteDetailView(this))
{
    m_summary->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // One above the other: the panel stays narrow enough to share a row.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HttpChunkView::showSelection);
    retranslateUi();
}

int HttpChunkView::chunkCount() const
{
    return int(m_chunks.size());
}

void HttpChunkView::clear()
{
    m_response = nullptr;
    m_chunks.clear();
    m_body.clear();
    m_bodyBytes = 0;
    m_table->setRowCount(0);
    m_detail->setBytes(QByteArray());
    retranslateUi();
}

void HttpChunkView::setResponse(const net::BodySpool *response, const net::HttpMessageParser &parser)
{
    m_response = response;
    m_chunks = parser.bodyFraming() == net::HttpBodyFraming::Chunked
        ? parser.chunks()
        : QList<net::HttpChunk>();
    m_body = parser.body();
    m_bodyBytes = parser.bodyBytes();
    const QLocale locale;
    m_table->setRowCount(int(m_chunks.size()));
    for (int row = 0; row < m_chunks.size(); ++row) {
        const net::HttpChunk &c = m_chunks.at(row);
        const QByteArray sizeLine = response ? response->read(c.sizeLineOffset, c.sizeLineLength)
                                             : QByteArray();
        m_table->setItem(row, NumberColumn, cell(QString::number(row + 1)));
        m_table->setItem(row, SizeLineColumn,
                         cell(tr("0x%1: \"%2\"")
                                  .arg(c.sizeLineOffset, 4, 16, QLatin1Char('0'))
                                  .arg(QString::fromLatin1(sizeLine.trimmed()))));
        m_table->setItem(row, SizeColumn,
                         cell(c.dataLength == 0 ? tr("0 (last chunk)")
                                                : locale.toString(c.dataLength)));
        m_table->setItem(row, DataColumn,
                         cell(c.dataLength == 0
                                  ? QString()
                                  : tr("0x%1 to 0x%2")
                                        .arg(c.dataOffset, 4, 16, QLatin1Char('0'))
                                        .arg(c.dataOffset + c.dataLength - 1, 4, 16,
                                             QLatin1Char('0'))));
    }
    m_table->resizeColumnsToContents();
    retranslateUi();
    showSelection();
}

void HttpChunkView::showSelection()
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    const int row = ranges.isEmpty() ? -1 : ranges.first().topRow();
    if (row < 0 || row >= m_chunks.size() || !m_response) {
        m_detail->setBytes(m_body, tr("De-chunked body: %n byte(s) (chunk framing removed)",
                                      nullptr, int(qMin<qint64>(m_bodyBytes, INT_MAX))));
        return;
    }
    const net::HttpChunk &c = m_chunks.at(row);
    const qint64 shown = qMin(c.dataLength, m_response->displayLimit());
    m_detail->setBytes(m_response->read(c.dataOffset, shown),
                       tr("Chunk %1: %n byte(s) of data", nullptr, int(c.dataLength)).arg(row + 1));
}

void HttpChunkView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Size line (offset: text)"), tr("Data bytes"), tr("Data (offsets)")});
    if (m_chunks.isEmpty())
        m_summary->setText(tr("This response is not chunked: its body is sent as it is, framed "
                              "by Content-Length or by the server closing the connection."));
    else
        m_summary->setText(tr("Transfer-Encoding: chunked. Each chunk is a line with its size in "
                              "hexadecimal, the data, and CR LF; a chunk of size 0 ends the "
                              "body. %n chunk(s). Select a chunk to see its data; with no "
                              "selection the right side shows the body with the framing removed.",
                              nullptr, int(m_chunks.size())));
}

void HttpChunkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
