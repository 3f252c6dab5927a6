#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

namespace swb::widgets {

// A read-only hex dump ("00000010  68 65 6c 6c 6f ...  |hello...|") that paints
// only the visible lines, so a payload of many megabytes shows at once.
class HexView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexView)
public:
    static constexpr int bytesPerLine = 16;

    explicit HexView(QWidget *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    QByteArray bytes() const { return m_bytes; }
    int lineCount() const;
    // The text of one dump line, as painted (also used for copying and tests).
    QString lineText(int line) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateScrollBars();

    QByteArray m_bytes;
};

} // namespace swb::widgets
