#include "widgets/common/sendbox.h"

#include "net/payload/autosender.h"
#include "net/payload/payloadcomposer.h"
#include "net/payload/templateexpander.h"
#include "widgets/common/combofitter.h"
#include "widgets/common/encodingcombo.h"
#include "widgets/common/warningcolour.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace swb::widgets {

namespace {
constexpr int historyLimit = 100;
}

SendBox::SendBox(QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_sendButton(new QPushButton(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_endingLabel(new QLabel(this))
    , m_ending(new QComboBox(this))
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new EncodingCombo(this))
    , m_autoBox(new QCheckBox(this))
    , m_interval(new QSpinBox(this))
    , m_countLabel(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_auto(new net::AutoSender(this))
{
    // The whole current item shows in either language and at any zoom.
    for (QComboBox *combo : {m_mode, m_ending})
        new ComboFitter(combo);
    // The names the tests find these parts by.
    m_line->setObjectName(QStringLiteral("sendLine"));
    m_mode->setObjectName(QStringLiteral("sendMode"));
    m_line->installEventFilter(this);
    m_line->setClearButtonEnabled(true);
    m_mode->addItem(QString(), int(net::InputMode::Text));
    m_mode->addItem(QString(), int(net::InputMode::Escapes));
    m_mode->addItem(QString(), int(net::InputMode::Hex));
    m_ending->addItem(QString(), int(net::LineEnding::None));
    m_ending->addItem(QStringLiteral("LF \\n"), int(net::LineEnding::Lf));
    m_ending->addItem(QStringLiteral("CRLF \\r\\n"), int(net::LineEnding::CrLf));
    m_interval->setRange(1, 86400000);
    m_interval->setValue(1000);
    m_count->setRange(0, 1000000000);
    m_error->setWordWrap(true);
    WarningColour::set(m_error, true);
    m_error->hide();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *lineRow = new QHBoxLayout;
    lineRow->addWidget(m_line, 1);
    lineRow->addWidget(m_sendButton);
    grid->addLayout(lineRow, 0, 0);
    auto *optionRow = new QHBoxLayout;
    optionRow->addWidget(m_modeLabel);
    optionRow->addWidget(m_mode);
    optionRow->addWidget(m_endingLabel);
    optionRow->addWidget(m_ending);
    optionRow->addWidget(m_encodingLabel);
    optionRow->addWidget(m_encoding);
    optionRow->addStretch(1);
    grid->addLayout(optionRow, 1, 0);
    auto *autoRow = new QHBoxLayout;
    autoRow->addWidget(m_autoBox);
    autoRow->addWidget(m_interval);
    autoRow->addWidget(m_countLabel);
    autoRow->addWidget(m_count);
    autoRow->addStretch(1);
    grid->addLayout(autoRow, 2, 0);
    grid->addWidget(m_error, 3, 0);

    connect(m_line, &QLineEdit::returnPressed, this, &SendBox::sendNow);
    connect(m_sendButton, &QPushButton::clicked, this, &SendBox::sendNow);
    connect(m_line, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_encoding, &EncodingCombo::encodingChanged, this, &SendBox::encodingChanged);
    connect(m_autoBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            startAutoSend();
        else
            stopAutoSend();
    });
    connect(m_auto, &net::AutoSender::fire, this, [this](quint64 counter) {
        if (!sendOnce(counter))
            stopAutoSend();
    });
    connect(m_auto, &net::AutoSender::runningChanged, this, &SendBox::updateAutoButton);
    retranslateUi();
}

SendBox::~SendBox() = default;

void SendBox::retranslateUi()
{
    m_interval->setSuffix(tr(" ms", "milliseconds, after a number"));
    m_line->setPlaceholderText(tr("Type a message and press Enter. Tokens: {time} {date} "
                                  "{datetime} {counter} {peer}"));
    m_line->setToolTip(tr("Enter sends. Up and Down walk through what you sent before."));
    m_sendButton->setText(tr("Send"));
    m_modeLabel->setText(tr("As:"));
    m_mode->setItemText(0, tr("Text"));
    m_mode->setItemText(1, tr("Text with escapes"));
    m_mode->setItemText(2, tr("Hex bytes"));
    m_mode->setToolTip(tr("Text: sent as typed.\nEscapes: \\r \\n \\t \\\\ \\xNN are replaced "
                          "(\\xNN is one byte).\nHex: bytes such as 68 65 6c 6c 6f."));
    m_endingLabel->setText(tr("Line end:"));
    m_ending->setItemText(0, tr("None"));
    m_ending->setToolTip(tr("Added after each message in text modes. nc and line-based servers "
                            "want LF; HTTP and Telnet want CRLF."));
    m_encodingLabel->setText(tr("Encoding:"));
    m_encoding->setToolTip(tr("How text becomes bytes when sending, and bytes become text when "
                              "showing and replying."));
    m_autoBox->setText(tr("Auto-send every"));
    m_countLabel->setText(tr("times:"));
    m_count->setSpecialValueText(tr("until stopped"));
    fitCountToText();
}

void SendBox::fitCountToText()
{
    // QSpinBox sizes itself for its numbers; "until stopped" (or its
    // translation) at 200 % zoom would be cut off without room of its own.
    const QFontMetrics metrics = m_count->fontMetrics();
    m_count->setMinimumWidth(metrics.horizontalAdvance(m_count->specialValueText())
                             + 2 * metrics.height() + 8);
}

void SendBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitCountToText();
    QWidget::changeEvent(event);
}

course::SendSettings SendBox::settings() const
{
    course::SendSettings s;
    s.mode = static_cast<net::InputMode>(m_mode->currentData().toInt());
    s.lineEnding = static_cast<net::LineEnding>(m_ending->currentData().toInt());
    s.text = m_line->text();
    s.autoIntervalMs = m_interval->value();
    s.autoCount = m_count->value();
    s.autoStart = m_startsOnOpen;
    return s;
}

void SendBox::setSettings(const course::SendSettings &s)
{
    m_mode->setCurrentIndex(m_mode->findData(int(s.mode)));
    m_ending->setCurrentIndex(m_ending->findData(int(s.lineEnding)));
    m_line->setText(s.text);
    m_interval->setValue(s.autoIntervalMs);
    m_count->setValue(s.autoCount);
    m_startsOnOpen = s.autoStart;
}

net::TextEncoding SendBox::encoding() const
{
    return m_encoding->encoding();
}

void SendBox::setEncoding(net::TextEncoding encoding)
{
    m_encoding->setEncoding(encoding);
}

QString SendBox::text() const
{
    return m_line->text();
}

void SendBox::setText(const QString &text)
{
    m_line->setText(text);
}

bool SendBox::isAutoSending() const
{
    return m_auto->isRunning();
}

Result<QByteArray> SendBox::compose(quint64 counter) const
{
    const course::SendSettings s = settings();
    QString text = s.text;
    if (s.mode != net::InputMode::Hex) {
        const net::TemplateContext context{QString(), QDateTime::currentDateTime(), counter, m_peer};
        text = net::TemplateExpander::expand(text, context);
    }
    Result<QByteArray> result = net::PayloadComposer::compose(text, s.mode, encoding(), s.lineEnding);
    if (result && result->isEmpty())
        return Failure{tr("Nothing to send: type some text, or choose a line ending.")};
    return result;
}

bool SendBox::sendNow()
{
    if (!sendOnce(++m_manualCounter))
        return false;
    remember(m_line->text());
    // Like a terminal: the line empties after sending, the history keeps it.
    if (!m_auto->isRunning())
        m_line->clear();
    return true;
}

bool SendBox::sendOnce(quint64 counter)
{
    const Result<QByteArray> bytes = compose(counter);
    if (!bytes) {
        m_error->setText(bytes.message());
        m_error->show();
        emit problem(bytes.message());
        return false;
    }
    if (!m_sender || !m_sender(*bytes))
        return false;
    m_error->hide();
    return true;
}

void SendBox::startAutoSend()
{
    if (m_auto->isRunning())
        return;
    m_auto->start(m_interval->value(), m_count->value());
}

void SendBox::stopAutoSend()
{
    m_auto->stop();
}

void SendBox::updateAutoButton()
{
    const QSignalBlocker blocker(m_autoBox);
    m_autoBox->setChecked(m_auto->isRunning());
}

void SendBox::remember(const QString &text)
{
    if (text.isEmpty())
        return;
    m_history.removeAll(text);
    m_history.append(text);
    while (m_history.size() > historyLimit)
        m_history.removeFirst();
    m_historyIndex = -1;
}

bool SendBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress && !m_history.isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            const int last = int(m_history.size()) - 1;
            if (key == Qt::Key_Up)
                m_historyIndex = m_historyIndex < 0 ? last : qMax(0, m_historyIndex - 1);
            else
                m_historyIndex = m_historyIndex < 0 ? -1 : m_historyIndex + 1;
            if (m_historyIndex > last)
                m_historyIndex = -1;
            m_line->setText(m_historyIndex < 0 ? QString() : m_history.at(m_historyIndex));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace swb::widgets
