#pragma once

#include "net/payload/textcodec.h"

#include <QPlainTextEdit>
#include <QTextCharFormat>

#include <vector>

namespace swb::models {
class ConversationModel;
}

namespace swb::widgets {

// A conversation's bytes as one stream of text, like Wireshark's "Follow TCP
// Stream": each message in the order it happened, sent and received in two
// colours (blue and orange, distinct for colour-blind eyes) and, for anyone
// who cannot tell the colours apart or prints in grey, received bytes on a
// shaded background and an arrow in the left margin of each line. Control
// characters are shown as escapes (\r \xNN), so nothing a peer sends can act
// on the display; a line feed still starts a new line. Only the first
// renderLimit() bytes are shown: a text document of many megabytes is slow
// to lay out, and the message table has every message anyway.
class ConversationStream final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationStream)
public:
    static constexpr qsizetype defaultRenderLimit = qsizetype(1) << 20;
    // Longer lines are broken into blocks of this many characters: laying out
    // one line of a megabyte takes the best part of a second, a line at a
    // time almost nothing. The break is only on screen (streamText()).
    static constexpr int maxLineChars = 4096;

    explicit ConversationStream(QWidget *parent = nullptr);

    // How the bytes of one message read in the stream.
    static QString render(const QByteArray &bytes, net::TextEncoding encoding);

    // Reads the messages of model again (after it was loaded or re-framed).
    void setModel(const models::ConversationModel *model);
    void setEncoding(net::TextEncoding encoding);
    void setRenderLimit(qsizetype bytes);
    qsizetype renderLimit() const { return m_renderLimit; }
    qint64 renderedBytes() const { return m_renderedBytes; }
    qint64 totalBytes() const { return m_totalBytes; }

    // The text shown, without the breaks of over-long lines: the rendering
    // of the bytes shown, in order.
    QString streamText() const;
    // The message (model row) the text at a document position belongs to, or -1.
    int rowAt(int position) const;
    // Where a message starts in the document, or -1 when it lies past the limit.
    int startOf(int row) const;
    // Puts the cursor at the start of a message, marks it and scrolls to it.
    void showRow(int row);
    // The arrow in the margin of a block (line): "→" sent, "←" received, "⇄"
    // when both directions meet on one line, empty for a line with no bytes.
    QString marker(int blockNumber) const;
    QTextCharFormat formatFor(bool sent) const { return sent ? m_sentFormat : m_receivedFormat; }

public slots:
    // Builds the whole text again from the model.
    void rebuild();
    // The same, but only if the model's messages changed since the last build.
    void reload();

signals:
    // The user put the cursor into a message (click or keys).
    void rowActivated(int row);
    // The text was built again (new bytes, framing, encoding, limit or theme).
    void rebuilt();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class Margin;

    // A block that continues an over-long line rather than following a line feed.
    static constexpr int SoftBreak = 1;

    // What a message is, as far as the text is concerned: the events it came
    // in, its size and direction (the events' bytes never change).
    struct Shape
    {
        quint64 firstSeq = 0;
        quint64 lastSeq = 0;
        qsizetype size = 0;
        bool sent = false;
        bool operator==(const Shape &o) const
        {
            return firstSeq == o.firstSeq && lastSeq == o.lastSeq && size == o.size
                && sent == o.sent;
        }
    };
    std::vector<Shape> shape() const;
    // rebuild(), with the conversation's shape already read.
    void rebuildFrom(std::vector<Shape> shape);
    void insertWrapped(QTextCursor &cursor, const QString &text, const QTextCharFormat &format,
                       int &lineChars);
    void updateFormats();
    void updateMarginWidth();
    void paintMargin(QPaintEvent *event);
    void onCursorMoved();
    void markRow(int row);

    const models::ConversationModel *m_model = nullptr;
    net::TextEncoding m_encoding = net::TextEncoding::Utf8;
    qsizetype m_renderLimit = defaultRenderLimit;
    qint64 m_renderedBytes = 0;
    qint64 m_totalBytes = 0;
    std::vector<int> m_starts; // document position of each shown message, ascending
    std::vector<bool> m_sent;  // direction of each shown message
    std::vector<Shape> m_shape; // of the model at the last build
    QTextCharFormat m_sentFormat;
    QTextCharFormat m_receivedFormat;
    QWidget *m_margin = nullptr;
    int m_end = 0; // document position after the last shown byte
    int m_markedRow = -1;
    bool m_moving = false; // the cursor is being moved by code, not by the user
};

} // namespace swb::widgets
