#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QSplitter;

namespace swb::widgets {

class ByteDetailView;
class HttpBodyView;

// The body as the page: Content-Encoding (gzip, deflate) undone beside the
// compressed bytes, then decoded to text by its charset.
class HttpContentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpContentView)
public:
    explicit HttpContentView(QWidget *parent = nullptr);

    // body: de-chunked but still content-encoded (at most the kept part);
    // totalBodyBytes: the whole body's size.
    void setBody(const QByteArray &body, qint64 totalBodyBytes, const QByteArray &contentEncoding,
                 const QByteArray &contentType, qint64 maxDecodedBytes);
    void clear();

    // The body with Content-Encoding undone (the body itself when there is none).
    QByteArray decoded() const { return m_decoded; }
    bool decodeFailed() const { return !m_error.isEmpty(); }
    bool isCompressed() const { return m_compressed; }
    QString summary() const;
    HttpBodyView *bodyView() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QByteArray m_encoding;
    QByteArray m_decoded;
    qint64 m_encodedBytes = 0;
    qint64 m_totalBodyBytes = 0;
    bool m_compressed = false;
    bool m_truncated = false;
    QString m_error;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    ByteDetailView *m_compressedView = nullptr;
    HttpBodyView *m_text = nullptr;
};

} // namespace swb::widgets
