#include "widgets/httpresponse/httpcontentview.h"

#include "net/http/contentdecoder.h"
#include "net/text/counttext.h"
#include "widgets/common/bytedetailview.h"
#include "widgets/httpresponse/httpbodyview.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace swb::widgets {

HttpContentView::HttpContentView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_compressedView(new ByteDetailView(this))
    , m_text(new HttpBodyView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    // One above the other: the panel stays narrow enough to share a row.
    m_splitter->addWidget(m_compressedView);
    m_splitter->addWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    retranslateUi();
}

void HttpContentView::setBody(const QByteArray &body, qint64 totalBodyBytes,
                              const QByteArray &contentEncoding, const QByteArray &contentType,
                              qint64 maxDecodedBytes)
{
    m_encoding = contentEncoding.trimmed().toLower();
    m_compressed = !m_encoding.isEmpty() && m_encoding != "identity";
    m_encodedBytes = body.size();
    m_totalBodyBytes = totalBodyBytes;
    m_error.clear();
    m_truncated = false;
    if (m_compressed) {
        // A broken stream still shows what was decoded before the break.
        net::ContentDecoder::Decoded partial;
        const Result<net::ContentDecoder::Decoded> result =
            net::ContentDecoder::decode(body, m_encoding, maxDecodedBytes, &partial);
        const net::ContentDecoder::Decoded &decoded = result ? *result : partial;
        m_decoded = decoded.bytes;
        m_truncated = decoded.truncated;
        m_error = result.message();
        m_compressedView->setBytes(body);
    } else {
        m_decoded = body;
        m_compressedView->setBytes(QByteArray());
    }
    m_compressedView->setVisible(m_compressed);
    m_text->setBody(m_decoded, contentType,
                    m_compressed ? qint64(m_decoded.size()) : totalBodyBytes);
    retranslateUi();
}

void HttpContentView::clear()
{
    setBody(QByteArray(), 0, QByteArray(), QByteArray(), 0);
}

QString HttpContentView::summary() const
{
    return m_summary->text();
}

void HttpContentView::retranslateUi()
{
    const QLocale locale;
    QString text;
    if (!m_compressed) {
        text = tr("No Content-Encoding: the body bytes are the page itself.");
    } else {
        text = tr("Content-Encoding: %1. Compressed, %2 (left); decoded, %3 (right).")
                   .arg(QString::fromLatin1(m_encoding), net::CountText::bytes(m_encodedBytes),
                        net::CountText::bytes(qint64(m_decoded.size())));
        if (m_encodedBytes < m_totalBodyBytes)
            text += QLatin1Char(' ')
                + tr("Only the first %1 of %2 compressed bytes are kept in memory, so only "
                     "their part is decoded here; save the body as received and decompress it "
                     "(e.g. gunzip) for all of it.")
                      .arg(locale.toString(m_encodedBytes), locale.toString(m_totalBodyBytes));
        if (m_truncated)
            text += QLatin1Char(' ') + tr("The decoded text is cut at the display limit.");
        if (!m_error.isEmpty())
            text += QLatin1Char(' ') + tr("Decoding stopped: %1").arg(m_error);
    }
    m_summary->setText(text);
}

void HttpContentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
