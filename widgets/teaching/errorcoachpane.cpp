#include "widgets/teaching/errorcoachpane.h"

#include "net/errors/systemerrortext.h"
#include "widgets/common/combofitter.h"

#include "course/coach/loopbacktest.h"
#include "course/coach/portcheck.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace swb::widgets {

namespace {

// CJK fonts have no italic: Qt slants the glyphs, which reads badly. Chinese
// text, or any text in a Chinese interface, stays upright.
bool quotedInItalics(const QString &text)
{
    if (QLocale().language() == QLocale::Chinese)
        return false;
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace

using course::ErrorCoach;

ErrorCoachPane::ErrorCoachPane(QWidget *parent)
    : QWidget(parent)
    , m_pickLabel(new QLabel(this))
    , m_pick(new QComboBox(this))
    , m_text(new QLabel(this))
    , m_checkRow(new QHBoxLayout)
    , m_result(new QPlainTextEdit(this))
    , m_loopback(new course::LoopbackTest(this))
{
    // The whole current item shows in either language and at any zoom.
    new ComboFitter(m_pick);
    setObjectName(QStringLiteral("ErrorCoachPane"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setReadOnly(true);
    m_result->setVisible(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_text);

    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_pickLabel);
    pickRow->addWidget(m_pick, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickRow);
    layout->addWidget(scroll, 2);
    layout->addLayout(m_checkRow);
    layout->addWidget(m_result, 1);

    connect(m_pick, &QComboBox::activated, this, [this](int index) {
        if (const auto s = ErrorCoach::fromName(m_pick->itemData(index).toString()))
            showSituation(*s);
    });
    connect(m_loopback, &course::LoopbackTest::finished, this, [this](bool, const QString &report) {
        finishCheck(ErrorCoach::Check::LoopbackSelfTest, report);
    });
    retranslateUi();
    showSituation(ErrorCoach::Situation::Unknown);
}

ErrorCoachPane::~ErrorCoachPane() = default;

void ErrorCoachPane::explain(const ErrorCoach::Context &context)
{
    m_context = context;
    m_advice = ErrorCoach::explain(context);
    m_result->clear();
    m_result->setVisible(false);
    showAdvice();
}

void ErrorCoachPane::showSituation(ErrorCoach::Situation situation)
{
    m_advice = ErrorCoach::advise(situation, m_context);
    showAdvice();
}

QString ErrorCoachPane::explanationText() const
{
    return m_text->text();
}

QString ErrorCoachPane::checkResult() const
{
    return m_result->toPlainText();
}

void ErrorCoachPane::showAdvice()
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(m_advice.title.toHtmlEscaped());
    if (!m_context.message.isEmpty() && m_advice.why != m_context.message)
        html += (quotedInItalics(m_context.message) ? QStringLiteral("<p><i>%1</i></p>")
                                                    : QStringLiteral("<p>%1</p>"))
                    .arg(m_context.message.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                .arg(tr("Why:").toHtmlEscaped(), m_advice.why.toHtmlEscaped(),
                     tr("What to try:").toHtmlEscaped(), m_advice.tryThis.toHtmlEscaped());
    m_text->setText(html);
    const int index = m_pick->findData(ErrorCoach::name(m_advice.situation));
    m_pick->setCurrentIndex(index);

    qDeleteAll(m_checkButtons);
    m_checkButtons.clear();
    for (const ErrorCoach::Check check : m_advice.checks) {
        auto *button = new QPushButton(ErrorCoach::checkLabel(check), this);
        connect(button, &QPushButton::clicked, this, [this, check] { runCheck(check); });
        m_checkRow->addWidget(button);
        m_checkButtons << button;
    }
}

void ErrorCoachPane::runCheck(ErrorCoach::Check check)
{
    m_result->setVisible(true);
    switch (check) {
    case ErrorCoach::Check::PortInUse: {
        const quint16 port = m_context.port;
        if (port == 0) {
            finishCheck(check, tr("No port to check: the panel uses port 0 (any free port)."));
            return;
        }
        finishCheck(check, course::PortCheck::report(port));
        return;
    }
    case ErrorCoach::Check::LoopbackSelfTest:
        m_result->setPlainText(tr("Testing loopback\u2026"));
        m_loopback->start();
        return;
    case ErrorCoach::Check::ResolveName: {
        const QString name = m_context.host.isEmpty() ? QStringLiteral("localhost") : m_context.host;
        m_result->setPlainText(tr("Looking up %1\u2026").arg(name));
        QHostInfo::lookupHost(name, this, [this, check, name](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError) {
                finishCheck(check, tr("%1: %2").arg(name, net::SystemErrorText::forHostLookup(info)));
                return;
            }
            QStringList lines{tr("%1 resolves to, in this order:").arg(name)};
            for (const QHostAddress &a : info.addresses()) {
                lines << (a.protocol() == QAbstractSocket::IPv6Protocol
                              ? tr("  %1 (IPv6)").arg(a.toString())
                              : tr("  %1 (IPv4)").arg(a.toString()));
            }
            finishCheck(check, lines.join(QLatin1Char('\n')));
        });
        return;
    }
    }
}

void ErrorCoachPane::finishCheck(ErrorCoach::Check check, const QString &result)
{
    m_result->setVisible(true);
    m_result->setPlainText(result);
    emit checkFinished(check, result);
}

void ErrorCoachPane::retranslateUi()
{
    m_pickLabel->setText(tr("Situation:"));
    const QSignalBlocker blocker(m_pick);
    m_pick->clear();
    for (const ErrorCoach::Situation s : ErrorCoach::all())
        m_pick->addItem(ErrorCoach::advise(s, m_context).title, ErrorCoach::name(s));
}

void ErrorCoachPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showSituation(m_advice.situation);
    }
    QWidget::changeEvent(event);
}

} // namespace swb::widgets
