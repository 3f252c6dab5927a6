#pragma once

#include "net/http/httpmessageparser.h"

#include <QByteArray>
#include <QList>
#include <QPlainTextEdit>

namespace swb::widgets {

// The exact bytes of a response, marked up: each line with its byte offset
// and what it is (status line, header N, the blank line, chunk size lines,
// chunk data, body), CR and LF shown as ␍ and ␊, and the header/body boundary
// at its offset. A huge body shows its first part; the hex view has the rest.
class HttpResponseView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpResponseView)
public:
    enum class Part { StatusLine, Header, BlankLine, Body, ChunkSize, ChunkData, ChunkEnd,
                      Trailer, Extra, Unparsed };
    struct Mark
    {
        Part part = Part::Body;
        qint64 offset = 0;
        qint64 length = 0;
        int index = 0; // header number, chunk number (from 1)
    };

    explicit HttpResponseView(QWidget *parent = nullptr);

    // bytes: the first bytes of the response (all of it when small); total: its full size.
    // charset: how body lines are shown; compressed: the body is gzip/deflate bytes.
    void setResponse(const QByteArray &bytes, qint64 total, const net::HttpMessageParser &parser,
                     const QByteArray &charset, bool compressed);
    void clearResponse();
    QList<Mark> marks() const { return m_marks; }
    // "0x0000 status line" and so on: the label shown in the side column.
    static QString partLabel(Part part, int index);

    // Body lines rendered at most (the rest is counted, not laid out).
    static constexpr qint64 bodyDisplayBytes = 256 * 1024;

protected:
    void changeEvent(QEvent *event) override;

private:
    static QList<Mark> computeMarks(qint64 total, const net::HttpMessageParser &parser);
    void render();

    QByteArray m_bytes;
    qint64 m_total = 0;
    QList<Mark> m_marks;
    QByteArray m_charset;
    bool m_compressed = false;
    QString m_error;
    qint64 m_errorOffset = -1;
};

} // namespace swb::widgets
