#include "widgets/http/httprequestpane.h"

#include "widgets/common/selectablelabel.h"
#include "widgets/http/httprequesteditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace swb::widgets {

HttpRequestPane::HttpRequestPane(QWidget *parent)
    : QWidget(parent)
    , m_editor(new HttpRequestEditor(this))
    , m_hint(selectableLabel(this))
    , m_more(new QToolButton(this))
    , m_explanation(selectableLabel(this))
{
    m_hint->setObjectName(QStringLiteral("requestHint"));
    m_more->setObjectName(QStringLiteral("requestHintMore"));
    m_explanation->setObjectName(QStringLiteral("requestExplanation"));
    m_more->setText(QStringLiteral("?"));
    m_more->setCheckable(true);
    m_explanation->setVisible(false);

    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(m_hint, 1);
    hintRow->addWidget(m_more, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    layout->addLayout(hintRow);
    layout->addWidget(m_explanation);
    connect(m_more, &QToolButton::toggled, m_explanation, &QLabel::setVisible);
    retranslateUi();
}

void HttpRequestPane::retranslateUi()
{
    const QString whole = tr("The request is sent byte for byte: \\r\\n is CR LF, as in the "
                             "notes' Python. Line breaks in this editor are only for reading; "
                             "Enter types \\r\\n and a line break, Shift+Enter a line break only. "
                             "{host} becomes the URL's host and port. The blank line \\r\\n at "
                             "the end tells the server the header is over.");
    m_hint->setText(tr("\\r\\n is CR LF; the \\r\\n alone on the last line is the blank line "
                       "that ends the header."));
    m_hint->setToolTip(whole);
    m_explanation->setText(whole);
    m_more->setToolTip(tr("Show or hide the whole explanation"));
}

void HttpRequestPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
