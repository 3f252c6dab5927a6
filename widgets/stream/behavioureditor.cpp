#include "widgets/stream/behavioureditor.h"

#include "net/http/httpdemopages.h"
#include "widgets/common/combofitter.h"
#include "widgets/common/warningcolour.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

namespace swb::widgets {

using net::ReplyKind;

BehaviourEditor::BehaviourEditor(QWidget *parent)
    : QWidget(parent)
    , m_replyLabel(new QLabel(this))
    , m_reply(new QComboBox(this))
    , m_replyTexts(new QStackedWidget(this))
    , m_prefix(new QLineEdit(this))
    , m_timestamp(new QLineEdit(this))
    , m_fixed(new QLineEdit(this))
    , m_template(new QLineEdit(this))
    , m_greet(new QCheckBox(this))
    , m_greeting(new QLineEdit(this))
    , m_closeAfterGreeting(new QCheckBox(this))
    , m_closeAfterReply(new QCheckBox(this))
    , m_closeOnWord(new QCheckBox(this))
    , m_closeWord(new QLineEdit(this))
    , m_delayLabel(new QLabel(this))
    , m_delay(new QSpinBox(this))
    , m_append(new QCheckBox(this))
    , m_appendPath(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_reportLength(new QCheckBox(this))
    , m_problem(new QLabel(this))
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(m_reply);
    // The names the tests find these parts by.
    m_reply->setObjectName(QStringLiteral("behaviourReply"));
    for (int kind = 0; kind <= int(ReplyKind::HttpDemo); ++kind)
        m_reply->addItem(QString(), kind);
    // The stack shows the one text that belongs to the chosen reply kind.
    m_replyTexts->addWidget(new QWidget(m_replyTexts)); // none
    m_replyTexts->addWidget(new QWidget(m_replyTexts)); // echo
    m_replyTexts->addWidget(m_prefix);
    m_replyTexts->addWidget(m_timestamp);
    m_replyTexts->addWidget(m_fixed);
    m_replyTexts->addWidget(m_template);
    m_replyTexts->addWidget(new QWidget(m_replyTexts)); // time format: the message is the format
    m_replyTexts->addWidget(new QWidget(m_replyTexts)); // HTTP demo: the paths are in the tooltip
    m_delay->setRange(0, 600000);
    m_problem->setWordWrap(true);
    WarningColour::set(m_problem, true);
    m_problem->hide();

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_replyLabel, 0, 0);
    grid->addWidget(m_reply, 0, 1);
    grid->addWidget(m_replyTexts, 0, 2);
    grid->addWidget(m_greet, 1, 0);
    grid->addWidget(m_greeting, 1, 1, 1, 2);
    grid->addWidget(m_closeAfterGreeting, 2, 1, 1, 2);
    grid->addWidget(m_closeAfterReply, 3, 0, 1, 3);
    grid->addWidget(m_closeOnWord, 4, 0);
    grid->addWidget(m_closeWord, 4, 1, 1, 2);
    grid->addWidget(m_delayLabel, 5, 0);
    grid->addWidget(m_delay, 5, 1);
    grid->addWidget(m_append, 6, 0);
    auto *appendRow = new QHBoxLayout;
    appendRow->addWidget(m_appendPath, 1);
    appendRow->addWidget(m_browse);
    grid->addLayout(appendRow, 6, 1, 1, 2);
    grid->addWidget(m_reportLength, 7, 0, 1, 3);
    grid->addWidget(m_problem, 8, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(9, 1);

    connect(m_reply, &QComboBox::currentIndexChanged, m_replyTexts, &QStackedWidget::setCurrentIndex);
    for (QLineEdit *edit : {m_prefix, m_timestamp, m_fixed, m_template, m_greeting, m_closeWord})
        connect(edit, &QLineEdit::textEdited, this, &BehaviourEditor::changed);
    connect(m_appendPath, &QLineEdit::editingFinished, this, [this] {
        if (m_append->isChecked())
            emit changed();
    });
    for (QCheckBox *box : {m_greet, m_closeAfterGreeting, m_closeAfterReply, m_closeOnWord, m_append,
                           m_reportLength}) {
        connect(box, &QCheckBox::toggled, this, &BehaviourEditor::updateEnabled);
        connect(box, &QCheckBox::toggled, this, &BehaviourEditor::changed);
    }
    connect(m_reply, &QComboBox::currentIndexChanged, this, &BehaviourEditor::changed);
    connect(m_delay, &QSpinBox::valueChanged, this, &BehaviourEditor::changed);
    connect(m_browse, &QPushButton::clicked, this, &BehaviourEditor::browseAppendFile);

    setBehaviour(net::ServerBehaviour());
    retranslateUi();
}

void BehaviourEditor::retranslateUi()
{
    m_delay->setSuffix(tr(" ms", "milliseconds, after a number"));
    m_replyLabel->setText(tr("Reply:"));
    m_reply->setItemText(int(ReplyKind::None), tr("None (you type the replies)"));
    m_reply->setItemText(int(ReplyKind::Echo), tr("Echo (send back what arrived)"));
    m_reply->setItemText(int(ReplyKind::Prefix), tr("Prefix + message"));
    m_reply->setItemText(int(ReplyKind::Timestamp), tr("Time stamp + message"));
    m_reply->setItemText(int(ReplyKind::Fixed), tr("Fixed text"));
    m_reply->setItemText(int(ReplyKind::Template), tr("Template"));
    m_reply->setItemText(int(ReplyKind::TimeFormat), tr("Time in the format received"));
    m_reply->setItemData(int(ReplyKind::TimeFormat),
                         tr("Each message is a strftime format such as %Y-%m-%d %H:%M:%S; the "
                            "reply is the current time in that format."),
                         Qt::ToolTipRole);
    m_reply->setItemText(int(ReplyKind::HttpDemo), tr("HTTP demo site"));
    QStringList paths;
    for (const net::HttpDemoPages::Page &page : net::HttpDemoPages::pages())
        paths << QStringLiteral("%1 \u2014 %2").arg(QString::fromLatin1(page.path), page.description);
    m_reply->setItemData(int(ReplyKind::HttpDemo),
                         tr("Answers HTTP/1.1 like a small web server, for classes without "
                            "internet; point a browser or curl at it. Paths:\n%1")
                             .arg(paths.join(QLatin1Char('\n'))),
                         Qt::ToolTipRole);
    m_reportLength->setText(tr("Log the length of every message"));
    m_prefix->setPlaceholderText(tr("e.g. received: "));
    m_timestamp->setPlaceholderText(tr("strftime format, e.g. [%Y-%m-%d %X]:"));
    m_timestamp->setToolTip(tr("Like Python's time.strftime: %Y year, %m month, %d day, %H hour, "
                               "%M minute, %S second, %X time, %x date, %% a percent sign."));
    m_fixed->setPlaceholderText(tr("e.g. I can see you.  (escapes like \\r\\n allowed)"));
    m_template->setPlaceholderText(tr("e.g. Hello, {data}!"));
    m_template->setToolTip(tr("{data} the message (without its line ending), {time}, {date}, "
                              "{datetime}, {counter} messages so far, {peer} the client's "
                              "address."));
    m_greet->setText(tr("Greet on connect:"));
    m_greeting->setPlaceholderText(tr("e.g. Welcome!\\r\\n"));
    m_closeAfterGreeting->setText(tr("then close the connection"));
    m_closeAfterReply->setText(tr("Close the connection after the first reply"));
    m_closeOnWord->setText(tr("Close when a message is:"));
    m_closeWord->setPlaceholderText(tr("e.g. exit or q"));
    m_closeWord->setToolTip(tr("Compared without the line ending. Sending this word yourself "
                               "closes the connection too, as in the notes' chat."));
    m_delayLabel->setText(tr("Reply delay:"));
    m_append->setText(tr("Append received bytes to:"));
    m_appendPath->setPlaceholderText(tr("file name, e.g. message"));
    m_appendPath->setToolTip(tr("Every received byte is appended and flushed at once. A relative "
                                "name is relative to the folder the app was started in."));
    m_browse->setText(tr("Browse\u2026"));
}

void BehaviourEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

net::ServerBehaviour BehaviourEditor::behaviour() const
{
    net::ServerBehaviour b;
    b.reply = static_cast<ReplyKind>(m_reply->currentData().toInt());
    b.prefix = m_prefix->text();
    b.timestampFormat = m_timestamp->text();
    b.fixedText = m_fixed->text();
    b.templateText = m_template->text();
    b.greeting = m_greet->isChecked() ? m_greeting->text() : QString();
    b.closeAfterGreeting = m_greet->isChecked() && m_closeAfterGreeting->isChecked();
    b.closeAfterFirstReply = m_closeAfterReply->isChecked();
    b.closeWord = m_closeOnWord->isChecked() ? m_closeWord->text() : QString();
    b.replyDelayMs = m_delay->value();
    b.appendFile = m_append->isChecked() ? m_appendPath->text().trimmed() : QString();
    b.reportLength = m_reportLength->isChecked();
    return b;
}

void BehaviourEditor::setBehaviour(const net::ServerBehaviour &b)
{
    const QSignalBlocker blocker(this);
    const QList<QWidget *> inputs = findChildren<QWidget *>();
    for (QWidget *input : inputs)
        input->blockSignals(true);
    m_reply->setCurrentIndex(int(b.reply));
    m_replyTexts->setCurrentIndex(int(b.reply));
    m_prefix->setText(b.prefix);
    m_timestamp->setText(b.timestampFormat);
    m_fixed->setText(b.fixedText);
    m_template->setText(b.templateText);
    m_greet->setChecked(!b.greeting.isEmpty());
    m_greeting->setText(b.greeting);
    m_closeAfterGreeting->setChecked(b.closeAfterGreeting);
    m_closeAfterReply->setChecked(b.closeAfterFirstReply);
    m_closeOnWord->setChecked(!b.closeWord.isEmpty());
    m_closeWord->setText(b.closeWord);
    m_delay->setValue(b.replyDelayMs);
    m_append->setChecked(!b.appendFile.isEmpty());
    m_appendPath->setText(b.appendFile);
    m_reportLength->setChecked(b.reportLength);
    for (QWidget *input : inputs)
        input->blockSignals(false);
    updateEnabled();
}

void BehaviourEditor::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void BehaviourEditor::setDatagramMode(bool on)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_greet, m_greeting, m_closeAfterGreeting,
                                                       m_closeAfterReply, m_closeOnWord,
                                                       m_closeWord})
        w->setVisible(!on);
}

void BehaviourEditor::updateEnabled()
{
    m_greeting->setEnabled(m_greet->isChecked());
    m_closeAfterGreeting->setEnabled(m_greet->isChecked());
    m_closeWord->setEnabled(m_closeOnWord->isChecked());
    m_appendPath->setEnabled(m_append->isChecked());
    m_browse->setEnabled(m_append->isChecked());
}

void BehaviourEditor::browseAppendFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Append received bytes to"), m_appendPath->text(), QString(), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_appendPath->setText(path);
    emit changed();
}

} // namespace swb::widgets
