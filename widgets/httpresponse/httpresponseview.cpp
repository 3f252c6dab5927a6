#include "widgets/httpresponse/httpresponseview.h"

#include "models/colourcontrast.h"
#include "net/http/charsetdetector.h"

#include <QEvent>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

namespace swb::widgets {

namespace {

constexpr int labelWidth = 18;
constexpr int compressedLineBytes = 16;

bool isBodyLike(HttpResponseView::Part part)
{
    using P = HttpResponseView::Part;
    return part == P::Body || part == P::ChunkData || part == P::Extra || part == P::Unparsed;
}

// The part colours are for a light background: lifted to the theme's contrast.
QTextCharFormat colour(const QColor &foreground, const QPalette &palette, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(models::ColourContrast::onBase(foreground, palette));
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat partFormat(HttpResponseView::Part part, const QPalette &palette)
{
    using P = HttpResponseView::Part;
    switch (part) {
    case P::StatusLine: return colour(QColor(0x0d, 0x47, 0xa1), palette, true);
    case P::Header: return colour(QColor(0x00, 0x69, 0x5c), palette);
    case P::BlankLine: return colour(QColor(0xe6, 0x51, 0x00), palette, true);
    case P::ChunkSize:
    case P::ChunkEnd: return colour(QColor(0x6a, 0x1b, 0x9a), palette, true);
    case P::Trailer: return colour(QColor(0x6a, 0x1b, 0x9a), palette);
    case P::Extra:
    case P::Unparsed: return colour(models::ColourContrast::warningRed(), palette, true);
    case P::Body:
    case P::ChunkData: break;
    }
    return colour(QColor(0x37, 0x47, 0x4f), palette);
}

// Header bytes as Latin-1, with line ends and controls made visible.
void appendVisible(QTextCursor &cursor, const QString &text, const QTextCharFormat &plain,
                   const QTextCharFormat &lineEnd)
{
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            cursor.insertText(run, plain);
        run.clear();
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == u'\n') {
            flush();
            // As the request editor and the notes write them. The control pictures
            // (U+240D, U+240A) have no glyph in the fonts a Debian desktop has.
            cursor.insertText(u == u'\r' ? QStringLiteral("\\r") : QStringLiteral("\\n"), lineEnd);
        } else if (u < 0x20 || u == 0x7f) {
            run += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else {
            run += c;
        }
    }
    flush();
}

} // namespace

HttpResponseView::HttpResponseView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    document()->setUndoRedoEnabled(false);
}

QString HttpResponseView::partLabel(Part part, int index)
{
    switch (part) {
    case Part::StatusLine: return tr("status line");
    case Part::Header: return tr("header %1").arg(index);
    case Part::BlankLine: return tr("blank line");
    case Part::Body: return tr("body");
    case Part::ChunkSize: return tr("chunk %1 size").arg(index);
    case Part::ChunkData: return tr("chunk %1 data").arg(index);
    case Part::ChunkEnd: return tr("chunk %1 end").arg(index);
    case Part::Trailer: return tr("last chunk end");
    case Part::Extra: return tr("after the message");
    case Part::Unparsed: return tr("not parsed");
    }
    return QString();
}

QList<HttpResponseView::Mark> HttpResponseView::computeMarks(qint64 total,
                                                             const net::HttpMessageParser &parser)
{
    QList<Mark> marks;
    const qint64 parsedEnd = parser.totalBytes();
    if (parser.firstLineLength() > 0)
        marks << Mark{Part::StatusLine, 0, parser.firstLineLength(), 0};
    int number = 1;
    const QList<net::HttpHeaderLine> headers = parser.headers();
    for (const net::HttpHeaderLine &h : headers)
        marks << Mark{Part::Header, h.offset, h.length, number++};
    const qint64 headerEnd = parser.headerEnd();
    if (parser.blankLineOffset() >= 0 && headerEnd >= 0)
        marks << Mark{Part::BlankLine, parser.blankLineOffset(),
                      headerEnd - parser.blankLineOffset(), 0};
    qint64 covered = marks.isEmpty() ? 0 : marks.last().offset + marks.last().length;
    if (headerEnd >= 0 && parser.bodyFraming() == net::HttpBodyFraming::Chunked) {
        const QList<net::HttpChunk> chunks = parser.chunks();
        for (qsizetype k = 0; k < chunks.size(); ++k) {
            const net::HttpChunk &c = chunks.at(k);
            const int index = int(k) + 1;
            marks << Mark{Part::ChunkSize, c.sizeLineOffset, c.sizeLineLength, index};
            covered = c.sizeLineOffset + c.sizeLineLength;
            if (c.dataLength == 0) {
                if (parsedEnd > covered)
                    marks << Mark{Part::Trailer, covered, parsedEnd - covered, index};
                covered = qMax(covered, parsedEnd);
                continue;
            }
            const qint64 data = qMin(c.dataLength, qMax<qint64>(0, parsedEnd - c.dataOffset));
            marks << Mark{Part::ChunkData, c.dataOffset, data, index};
            const qint64 crlf = c.dataOffset + c.dataLength;
            const qint64 next = k + 1 < chunks.size() ? chunks.at(k + 1).sizeLineOffset
                                                      : qMin(crlf + 2, parsedEnd);
            if (next > crlf)
                marks << Mark{Part::ChunkEnd, crlf, next - crlf, index};
            covered = qMax(c.dataOffset + data, next);
        }
        // The parser lists a bounded number of chunks; the rest of the body is one part.
        if (covered < parsedEnd)
            marks << Mark{Part::Body, covered, parsedEnd - covered, 0};
    } else if (headerEnd >= 0 && parsedEnd > headerEnd) {
        marks << Mark{Part::Body, headerEnd, parsedEnd - headerEnd, 0};
    }
    covered = qMax(covered, parsedEnd);
    if (total > covered)
        marks << Mark{parser.hasError() || headerEnd < 0 ? Part::Unparsed : Part::Extra, covered,
                      total - covered, 0};
    return marks;
}

void HttpResponseView::setResponse(const QByteArray &bytes, qint64 total,
                                   const net::HttpMessageParser &parser, const QByteArray &charset,
                                   bool compressed)
{
    m_bytes = bytes;
    m_total = total;
    m_charset = charset.isEmpty() ? QByteArrayLiteral("UTF-8") : charset;
    m_compressed = compressed;
    m_marks = computeMarks(total, parser);
    m_error = parser.hasError() ? parser.errorMessage() : QString();
    m_errorOffset = parser.errorOffset();
    render();
}

void HttpResponseView::clearResponse()
{
    m_bytes.clear();
    m_total = 0;
    m_marks.clear();
    m_error.clear();
    clear();
}

void HttpResponseView::render()
{
    clear();
    if (m_marks.isEmpty() && m_error.isEmpty())
        return;
    const int digits = qMax(4, int(QString::number(qMax<qint64>(m_total, 1), 16).size()));
    const QPalette colours = palette();
    const QTextCharFormat offsetFormat = colour(QColor(0x90, 0x90, 0x90), colours);
    const QTextCharFormat plain = colour(colours.color(QPalette::Text), colours);
    const QTextCharFormat warn = colour(QColor(0xc6, 0x28, 0x28), colours, true);
    const QTextCharFormat lineEnd = colour(QColor(0xe6, 0x51, 0x00), colours, true);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    bool firstLine = true;
    const auto startLine = [&](qint64 offset, const QString &label, const QTextCharFormat &format) {
        if (!firstLine)
            cursor.insertBlock();
        firstLine = false;
        cursor.insertText(QStringLiteral("0x%1 ").arg(offset, digits, 16, QLatin1Char('0')),
                          offsetFormat);
        cursor.insertText(label.leftJustified(labelWidth, QLatin1Char(' '), true), format);
        cursor.insertText(QStringLiteral(" \u2502 "), offsetFormat);
    };
    qint64 bodyShown = 0;
    bool cut = false;
    for (const Mark &mark : std::as_const(m_marks)) {
        const QTextCharFormat format = partFormat(mark.part, colours);
        const QString label = partLabel(mark.part, mark.index);
        if (mark.offset >= m_bytes.size()
            || (isBodyLike(mark.part) && bodyShown >= bodyDisplayBytes)) {
            cut = true;
            break;
        }
        const QByteArray slice = m_bytes.mid(mark.offset, mark.length);
        if (!isBodyLike(mark.part)) {
            startLine(mark.offset, label, format);
            const QString text = QString::fromLatin1(slice);
            const qsizetype colon = mark.part == Part::Header ? text.indexOf(QLatin1Char(':')) : -1;
            if (colon > 0) {
                cursor.insertText(text.left(colon + 1),
                                  colour(format.foreground().color(), colours, true));
                appendVisible(cursor, text.mid(colon + 1), plain, lineEnd);
            } else {
                appendVisible(cursor, text, mark.part == Part::StatusLine ? format : plain, lineEnd);
            }
            continue;
        }
        // Body-like parts: one display line per line of the payload, each with its offset.
        qint64 at = 0;
        bool first = true;
        while (at < slice.size() && bodyShown < bodyDisplayBytes) {
            qint64 end;
            if (m_compressed && mark.part != Part::Unparsed) {
                end = qMin<qint64>(at + compressedLineBytes, slice.size());
            } else {
                const qsizetype lf = slice.indexOf('\n', at);
                end = lf < 0 ? slice.size() : lf + 1;
                end = qMin<qint64>(end, at + 4096); // long lines are broken for display
            }
            const QByteArray line = slice.mid(at, end - at);
            startLine(mark.offset + at, first ? label : QString(), format);
            if (m_compressed && mark.part != Part::Unparsed)
                cursor.insertText(QString::fromLatin1(line.toHex(' ')), plain);
            else if (mark.part == Part::Unparsed || mark.part == Part::Extra)
                appendVisible(cursor, QString::fromLatin1(line), plain, lineEnd);
            else
                appendVisible(cursor, net::CharsetDetector::decode(line, m_charset), plain, lineEnd);
            bodyShown += line.size();
            at = end;
            first = false;
        }
        if (at < slice.size())
            cut = true;
    }
    if (cut) {
        cursor.insertBlock();
        cursor.insertText(tr("\u2026 %1 bytes in all; this view shows the first part. The Hex tab "
                             "shows any part, and Save writes every byte.")
                              .arg(m_total),
                          offsetFormat);
    }
    if (!m_error.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(tr("\u26a0 %1").arg(m_error), warn);
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}

void HttpResponseView::changeEvent(QEvent *event)
{
    // The labels are translated, and the part colours follow the theme.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QPlainTextEdit::changeEvent(event);
}

} // namespace swb::widgets
