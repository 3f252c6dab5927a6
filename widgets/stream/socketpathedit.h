#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace swb::widgets {

// The path of a local socket file as the user types it ("{runtime}/demo.sock"),
// a Browse button, and below it the absolute path that is really used, so that
// the panel never hides where the file is.
class SocketPathEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketPathEdit)
public:
    explicit SocketPathEdit(QWidget *parent = nullptr);
    ~SocketPathEdit() override;

    // As typed (saved in workspaces); may hold {runtime}.
    QString text() const;
    void setText(const QString &text);
    // Absolute; what the endpoint uses.
    QString resolvedPath() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // Puts a button (Start, Connect) at the end of the path row.
    void addButton(QWidget *button);
    void setEditable(bool editable);

signals:
    void returnPressed();
    void pathChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void browse();

    QHBoxLayout *m_row = nullptr;
    QLabel *m_label = nullptr;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_resolved = nullptr;
};

} // namespace swb::widgets
