#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QTableView;

namespace swb::widgets {

// Gives a table's columns widths from the font's metrics of sample texts,
// never from the rows: measuring rows (QHeaderView::ResizeToContents) freezes
// a live table in a flood. Address columns always hold "127.0.0.1:65535" and
// "[::1]:65535" whole, so two clients on one host never look the same; the
// other columns (counters, times, kinds) give way first when the table is
// narrow, and the last column stretches. Widths are worked out again when the
// font (zoom), the style or the language changes, and when the table is
// resized; a column the user dragged keeps its width until the next zoom.
class ColumnSizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnSizer)
public:
    // Samples are asked for on every resize, so translated ones follow the language.
    using Samples = std::function<QStringList()>;

    // Becomes a child of the table; rows get a uniform height from the font.
    explicit ColumnSizer(QTableView *table);

    // A column never narrower than its samples and IPv4/IPv6 loopback
    // addresses with a five-digit port.
    void addAddressColumn(int column, const Samples &more = {});
    // A column as wide as its samples while there is room, narrower when not.
    void addColumn(int column, const Samples &samples, bool bold = false);

    // "127.0.0.1:65535", "[::1]:65535": the widest addresses a lesson shows.
    static QStringList addressSamples();
    // The width the column gets when there is room: its samples and its header, whole.
    int wantedWidth(int column) const;

public slots:
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        int column = 0;
        Samples samples;
        bool address = false;
        bool bold = false;
    };

    int textWidth(const Column &column) const;
    int headerWidth(int column) const;
    int cellPadding() const;

    QTableView *m_table;
    QList<Column> m_columns;
    QList<int> m_userSized; // columns the user dragged to a width of their own
    bool m_applying = false;
};

} // namespace swb::widgets
