#include "widgets/httpresponse/httppartview.h"

#include "net/httpclient/bodyspool.h"
#include "net/text/counttext.h"
#include "widgets/common/bytedetailview.h"
#include "widgets/common/combofitter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace swb::widgets {

HttpPartView::HttpPartView(QWidget *parent)
    : QWidget(parent)
    , m_partLabel(new QLabel(this))
    , m_part(new QComboBox(this))
    , m_offsetLabel(new QLabel(this))
    , m_offset(new QSpinBox(this))
    , m_detail(new ByteDetailView(this))
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(m_part);
    for (int i = 0; i < PartCount; ++i)
        m_part->addItem(QString(), i);
    m_partLabel->setBuddy(m_part);
    m_offsetLabel->setBuddy(m_offset);
    m_offset->setRange(0, 0);
    m_offset->setSingleStep(int(windowBytes));
    m_offset->setAccelerated(true);
    // The list takes the room there is, so the view fits a narrow panel.
    m_part->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_part->setMinimumContentsLength(14);
    // The offset on a row of its own: side by side, the two rows would make
    // this tab the widest of the response and squeeze the request column.
    auto *partRow = new QHBoxLayout;
    partRow->addWidget(m_partLabel);
    partRow->addWidget(m_part, 1);
    auto *offsetRow = new QHBoxLayout;
    offsetRow->addWidget(m_offsetLabel);
    offsetRow->addWidget(m_offset);
    offsetRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(partRow);
    layout->addLayout(offsetRow);
    layout->addWidget(m_detail, 1);
    connect(m_part, &QComboBox::currentIndexChanged, this, [this] {
        m_offset->setValue(0);
        refresh();
    });
    connect(m_offset, &QSpinBox::valueChanged, this, &HttpPartView::refresh);
    retranslateUi();
}

void HttpPartView::setSources(const QByteArray &request, const net::BodySpool *response,
                              qint64 headerEnd, qint64 messageEnd, const QByteArray &dechunked,
                              const QByteArray &decoded)
{
    m_request = request;
    m_response = response;
    m_headerEnd = headerEnd;
    m_messageEnd = messageEnd;
    m_dechunked = dechunked;
    m_decoded = decoded;
    refresh();
}

void HttpPartView::clear()
{
    setSources(QByteArray(), nullptr, -1, 0, QByteArray(), QByteArray());
}

void HttpPartView::showPart(Part part, qint64 offset)
{
    m_part->setCurrentIndex(int(part));
    m_offset->setValue(int(qMin<qint64>(offset, m_offset->maximum())));
    refresh();
}

qint64 HttpPartView::partSize(Part part) const
{
    const qint64 total = m_response ? m_response->size() : 0;
    const qint64 headerEnd = m_headerEnd < 0 ? total : m_headerEnd;
    switch (part) {
    case Request: return m_request.size();
    case Response: return total;
    case Header: return headerEnd;
    case BodyAsReceived: return qMax<qint64>(0, qMin(m_messageEnd, total) - headerEnd);
    case BodyDechunked: return m_dechunked.size();
    case BodyDecoded: return m_decoded.size();
    case PartCount: break;
    }
    return 0;
}

void HttpPartView::refresh()
{
    const auto part = Part(m_part->currentData().toInt());
    const qint64 size = partSize(part);
    m_offset->blockSignals(true);
    m_offset->setRange(0, int(qMin<qint64>(qMax<qint64>(0, size - 1), INT_MAX)));
    m_offset->blockSignals(false);
    const qint64 from = m_offset->value();
    const qint64 length = qMin(windowBytes, size - from);
    QByteArray bytes;
    const qint64 headerEnd = m_headerEnd < 0 ? size : m_headerEnd;
    switch (part) {
    case Request: bytes = m_request.mid(from, length); break;
    case Response:
    case Header: bytes = m_response ? m_response->read(from, length) : QByteArray(); break;
    case BodyAsReceived:
        bytes = m_response ? m_response->read(headerEnd + from, length) : QByteArray();
        break;
    case BodyDechunked: bytes = m_dechunked.mid(from, length); break;
    case BodyDecoded: bytes = m_decoded.mid(from, length); break;
    case PartCount: break;
    }
    const QLocale locale;
    const QString caption = size > windowBytes
        ? tr("%1: bytes %2 to %3 of %4")
              .arg(m_part->currentText(), locale.toString(from),
                   locale.toString(from + qMax<qint64>(0, length) - 1), locale.toString(size))
        : tr("%1: %2").arg(m_part->currentText(), net::CountText::bytes(size));
    m_detail->setBytes(bytes, caption);
    m_offset->setEnabled(size > windowBytes);
}

void HttpPartView::retranslateUi()
{
    m_partLabel->setText(tr("Show:"));
    m_part->setItemText(Request, tr("Request as sent"));
    m_part->setItemText(Response, tr("Whole response as received"));
    m_part->setItemText(Header, tr("Response header (up to the blank line)"));
    m_part->setItemText(BodyAsReceived, tr("Body as received"));
    m_part->setItemText(BodyDechunked, tr("Body, chunk framing removed"));
    m_part->setItemText(BodyDecoded, tr("Body, Content-Encoding undone"));
    m_offsetLabel->setText(tr("From byte:"));
    m_offset->setToolTip(tr("Large parts are shown one megabyte at a time; choose where the "
                            "window starts."));
    refresh();
}

void HttpPartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
