#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QTextBrowser;

namespace swb::widgets {

// A dialog that shows a page of help (Getting started, Keyboard shortcuts):
// scrollable text at a readable width, never larger than the screen, written
// again in the new language when the language changes.
class HelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)
public:
    using Text = std::function<QString()>;

    HelpDialog(const Text &title, const Text &html, QWidget *parent = nullptr);

    QString html() const;
    // Fits the dialog to the screen it is on; called when shown.
    void fitToScreen();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    Text m_title;
    Text m_html;
    QTextBrowser *m_browser = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_refreshPending = false;
};

} // namespace swb::widgets
