#pragma once

#include "net/http/httpmessageparser.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace swb::net {
class BodySpool;
}

namespace swb::widgets {

class ByteDetailView;

// Transfer-Encoding: chunked, chunk by chunk: where each size line is, what
// size it declares, where its data lies; beside it the body with the chunk
// framing taken out, or one chunk's data when its row is selected.
class HttpChunkView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpChunkView)
public:
    explicit HttpChunkView(QWidget *parent = nullptr);

    // response: the raw bytes (for one chunk's data); parser: the chunk list and
    // the de-chunked body.
    void setResponse(const net::BodySpool *response, const net::HttpMessageParser &parser);
    void clear();
    int chunkCount() const;
    QTableWidget *table() const { return m_table; }
    ByteDetailView *detail() const { return m_detail; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelection();

    const net::BodySpool *m_response = nullptr;
    QList<net::HttpChunk> m_chunks;
    QByteArray m_body;
    qint64 m_bodyBytes = 0;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    ByteDetailView *m_detail = nullptr;
};

} // namespace swb::widgets
