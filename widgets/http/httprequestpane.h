#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace swb::widgets {

class HttpRequestEditor;

// Raw mode's request: the editor, as tall as the request, and under it a
// one-line hint about \r\n and the blank line; "?" unfolds the whole
// explanation in place (a tooltip is invisible on a projector).
class HttpRequestPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpRequestPane)
public:
    explicit HttpRequestPane(QWidget *parent = nullptr);

    HttpRequestEditor *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    HttpRequestEditor *m_editor = nullptr;
    QLabel *m_hint = nullptr;
    QToolButton *m_more = nullptr;
    QLabel *m_explanation = nullptr;
};

} // namespace swb::widgets
