#include "widgets/httpresponse/httpbodyview.h"

#include "widgets/common/combofitter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace swb::widgets {

namespace {
// Laying out more text than this takes seconds and nobody reads it whole;
// the hex view and the saved file have every byte.
constexpr qsizetype textLimit = qsizetype(2) << 20;
}

HttpBodyView::HttpBodyView(QWidget *parent)
    : QWidget(parent)
    , m_charsetLabel(new QLabel(this))
    , m_overrideLabel(new QLabel(this))
    , m_override(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(m_override);
    m_charsetLabel->setTextFormat(Qt::PlainText);
    m_charsetLabel->setWordWrap(true);
    m_charsetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_overrideLabel->setBuddy(m_override);
    m_override->addItem(QString()); // automatic; its text comes from retranslateUi()
    // Charset names are technical identifiers and stay untranslated.
    for (const QByteArray &charset : net::CharsetDetector::overrideChoices())
        m_override->addItem(QString::fromLatin1(charset), charset);

    auto *row = new QHBoxLayout;
    row->addWidget(m_charsetLabel, 1);
    row->addWidget(m_overrideLabel);
    row->addWidget(m_override);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);
    connect(m_override, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        emit charsetChanged(charset());
    });
    retranslateUi();
}

void HttpBodyView::setBody(const QByteArray &body, const QByteArray &contentType, qint64 totalBytes)
{
    m_body = body;
    m_contentType = contentType;
    m_total = totalBytes;
    m_detected = net::CharsetDetector::detect(contentType, body);
    refresh();
}

void HttpBodyView::clear()
{
    setBody(QByteArray(), QByteArray(), 0);
}

bool HttpBodyView::isOverridden() const
{
    return m_override->currentIndex() > 0;
}

void HttpBodyView::setOverride(const QByteArray &charset)
{
    const int index = charset.isEmpty() ? 0 : m_override->findData(charset);
    m_override->setCurrentIndex(qMax(0, index));
}

QByteArray HttpBodyView::charset() const
{
    return isOverridden() ? m_override->currentData().toByteArray() : m_detected.charset;
}

QString HttpBodyView::text() const
{
    return m_text->toPlainText();
}

QString HttpBodyView::charsetLabel() const
{
    return m_charsetLabel->text();
}

void HttpBodyView::refresh()
{
    const QLocale locale;
    if (m_body.isEmpty()) {
        m_charsetLabel->setText(m_total > 0 ? QString() : tr("No body."));
        m_text->clear();
        m_note->setVisible(false);
        return;
    }
    if (isOverridden())
        m_charsetLabel->setText(tr("Charset %1: chosen by you (found: %2, %3)")
                                    .arg(QString::fromLatin1(charset()),
                                         QString::fromLatin1(m_detected.charset),
                                         m_detected.explanation));
    else if (m_detected.source == net::CharsetDetector::Source::Guess)
        m_charsetLabel->setText(tr("Charset %1, a guess: %2. Nothing in the response names "
                                   "it; choose another if the text looks wrong.")
                                    .arg(QString::fromLatin1(m_detected.charset),
                                         m_detected.explanation));
    else
        m_charsetLabel->setText(tr("Charset %1: %2")
                                    .arg(QString::fromLatin1(m_detected.charset),
                                         m_detected.explanation));
    const QByteArray shown = m_body.left(textLimit);
    m_text->setPlainText(net::CharsetDetector::decode(shown, charset()));
    const bool partial = m_total > shown.size();
    m_note->setVisible(partial);
    if (partial)
        m_note->setText(tr("Showing the first %1 of %2 bytes. Save the body to get all of it.")
                            .arg(locale.toString(qint64(shown.size())), locale.toString(m_total)));
}

void HttpBodyView::retranslateUi()
{
    m_overrideLabel->setText(tr("Decode as:"));
    m_override->setItemText(0, tr("Automatic"));
    if (!m_body.isEmpty()) // the explanation is translated text
        m_detected = net::CharsetDetector::detect(m_contentType, m_body);
    m_override->setToolTip(tr("The charset comes from the Content-Type header, else from "
                              "<meta charset> in the page, else from a byte order mark, else it "
                              "is guessed. Choose another one if the text looks garbled."));
    refresh();
}

void HttpBodyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
