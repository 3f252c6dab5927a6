#include "widgets/common/bytedetailview.h"

#include "widgets/common/encodingcombo.h"
#include "widgets/common/hexview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace swb::widgets {

namespace {

// Beyond this the text pane would spend seconds laying out text nobody reads
// whole; the hex view, which paints lazily, still shows every byte.
constexpr qsizetype textLimit = qsizetype(4) << 20;

// A single text block of a megabyte takes seconds to lay out (one long
// line of minified JSON or base64 is common), while the same text in blocks
// of a few thousand characters takes a fraction of a second. So longer lines
// are broken for display, marked so that no one mistakes the break for a
// newline in the payload.
constexpr qsizetype breakColumn = 4096;
constexpr char16_t breakMark = 0x21a9; // ↩

constexpr char hexDigits[] = "0123456789abcdef";

// Whatever a peer sends must not act on the display, so control characters
// become visible escapes. \n and \t keep their layout meaning; \r is shown as
// "\r" so CRLF line ends stay visible to learners of text protocols; C1
// controls (which Latin-1 produces from 0x80..0x9f) are as invisible as C0.
QString makeInert(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    qsizetype lineStart = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (result.size() - lineStart >= breakColumn && u != u'\n' && !c.isLowSurrogate()) {
            result += QChar(breakMark);
            result += QLatin1Char('\n');
            lineStart = result.size();
        }
        if (u == u'\n') {
            result += c;
            lineStart = result.size();
        } else if (u == u'\t') {
            result += c;
        } else if (u == u'\r') {
            result += QLatin1String("\\r");
        } else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            result += QLatin1String("\\x");
            result += QLatin1Char(hexDigits[u >> 4]);
            result += QLatin1Char(hexDigits[u & 0x0f]);
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace

ByteDetailView::ByteDetailView(QWidget *parent)
    : QWidget(parent)
    , m_captionLabel(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new EncodingCombo(this))
    , m_hex(new HexView(this))
    , m_text(new QPlainTextEdit(this))
{
    // Payload text is peer data: plain text, never rich text or links.
    m_captionLabel->setTextFormat(Qt::PlainText);
    m_captionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A caption may quote a whole error message: it elides rather than
    // widening the panel, with the whole text in its tooltip.
    m_captionLabel->setProperty("elidesText", true);
    m_captionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_captionLabel->installEventFilter(this);
    m_encodingLabel->setBuddy(m_encoding);

    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setFont(m_hex->font());
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_hex);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(m_captionLabel, 1);
    top->addWidget(m_encodingLabel);
    top->addWidget(m_encoding);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_encoding, &EncodingCombo::encodingChanged, this,
            [this](net::TextEncoding encoding) {
                refreshText();
                emit encodingChanged(encoding);
            });

    retranslateUi();
}

void ByteDetailView::setBytes(const QByteArray &bytes, const QString &caption)
{
    m_bytes = bytes;
    m_caption = caption;
    m_hex->setBytes(bytes);
    refreshText();
    retranslateUi();
}

void ByteDetailView::setCaption(const QString &caption)
{
    m_caption = caption;
    retranslateUi();
}

void ByteDetailView::setEncoding(net::TextEncoding encoding)
{
    m_encoding->setEncoding(encoding);
}

net::TextEncoding ByteDetailView::encoding() const
{
    return m_encoding->encoding();
}

QString ByteDetailView::decodedText() const
{
    return m_text->toPlainText();
}

void ByteDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Only the note on long payloads is translated; short ones need no re-decode.
        if (m_bytes.size() > textLimit)
            refreshText();
    }
    QWidget::changeEvent(event);
}

void ByteDetailView::retranslateUi()
{
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encoding->setToolTip(tr("How the bytes are decoded into the text on the right"));
    m_hex->setToolTip(tr("Every byte in hex and ASCII; %1 copies the dump")
                          .arg(QKeySequence(QKeySequence::Copy)
                                   .toString(QKeySequence::NativeText)));
    m_text->setPlaceholderText(tr("No payload"));
    m_text->setToolTip(tr("The payload decoded as text. Control characters are shown as "
                          "escapes such as \\r or \\x00; lines longer than %1 characters "
                          "are broken for display and marked with %2.")
                           .arg(breakColumn)
                           .arg(QChar(breakMark)));
    m_captionText = m_caption.isEmpty() && m_bytes.isEmpty() ? tr("Select a row to see its bytes.")
                                                             : m_caption;
    showCaption();
}

void ByteDetailView::showCaption()
{
    m_captionLabel->setToolTip(m_captionText);
    m_captionLabel->setText(m_captionLabel->fontMetrics().elidedText(
        m_captionText, Qt::ElideRight, m_captionLabel->contentsRect().width()));
}

bool ByteDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_captionLabel
        && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        showCaption();
    return QWidget::eventFilter(watched, event);
}

void ByteDetailView::refreshText()
{
    const bool cut = m_bytes.size() > textLimit;
    QString text = makeInert(net::TextCodec::decode(cut ? m_bytes.left(textLimit) : m_bytes,
                                                    m_encoding->encoding()));
    if (cut) {
        text += QLatin1Char('\n');
        text += tr("\u2026 (showing the first 4 MiB of %1 bytes; the hex view shows all)")
                    .arg(QLocale().toString(m_bytes.size()));
    }
    m_text->setPlainText(text);
}

} // namespace swb::widgets
