#include "widgets/common/helpdialog.h"

#include "widgets/common/screenfit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace swb::widgets {

namespace {

// Lines of about this many characters read best; a screen that is smaller wins.
constexpr int readableChars = 72;
constexpr int readableLines = 34;

} // namespace

HelpDialog::HelpDialog(const Text &title, const Text &html, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
    , m_html(html)
    , m_browser(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

QString HelpDialog::html() const
{
    return m_browser->toHtml();
}

void HelpDialog::refresh()
{
    setWindowTitle(m_title());
    m_browser->setHtml(m_html());
}

void HelpDialog::fitToScreen()
{
    const QFontMetrics metrics = m_browser->fontMetrics();
    ScreenFit::fit(this, QSize(metrics.averageCharWidth() * readableChars,
                               metrics.lineSpacing() * readableLines));
}

void HelpDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToScreen();
}

void HelpDialog::changeEvent(QEvent *event)
{
    // After every widget has had the event: the text may come from the menus.
    if (event->type() == QEvent::LanguageChange && !m_refreshPending) {
        m_refreshPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshPending = false;
            refresh();
        });
    }
    QDialog::changeEvent(event);
}

} // namespace swb::widgets
