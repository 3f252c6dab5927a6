#include "widgets/traffic/trafficfilterbar.h"

#include "models/trafficmodel.h"
#include "net/text/counttext.h"
#include "net/traffic/trafficevent.h"
#include "widgets/common/combofitter.h"
#include "widgets/common/flowlayout.h"
#include "widgets/common/warningcolour.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>
#include <QToolButton>

namespace swb::widgets {

using models::TrafficFilter;

namespace {

constexpr int kindCount = 8;
constexpr int protocolCount = 4;
enum Direction { BothDirections, Received, Sent };

} // namespace

TrafficFilterBar::TrafficFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_hex(new QCheckBox(this))
    , m_panel(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_clear(new QToolButton(this))
    , m_status(new QLabel(this))
{
    // The whole current item shows in either language and at any zoom.
    for (QComboBox *combo : {m_panel, m_protocol, m_kind, m_direction})
        new ComboFitter(combo);
    m_text->setClearButtonEnabled(true);
    m_address->setClearButtonEnabled(true);
    m_text->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 16);
    m_address->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    m_panel->addItem(QString(), -1);
    m_protocol->addItem(QString(), -1);
    for (int p = 0; p < protocolCount; ++p)
        m_protocol->addItem(net::protocolName(net::Protocol(p)).toUpper(), p);
    m_kind->addItem(QString(), -1);
    for (int k = 0; k < kindCount; ++k)
        m_kind->addItem(QString(), k);
    for (int d = 0; d < 3; ++d)
        m_direction->addItem(QString(), d);
    m_status->setTextFormat(Qt::PlainText);

    // On a narrow window or at a large zoom the filters wrap to a second row.
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_hex);
    layout->addWidget(m_panel);
    layout->addWidget(m_protocol);
    layout->addWidget(m_kind);
    layout->addWidget(m_direction);
    layout->addWidget(m_address, 1);
    layout->addWidget(m_clear);
    layout->addWidget(m_status);

    m_typing.setSingleShot(true);
    m_typing.setInterval(typingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &TrafficFilterBar::apply);
    for (QLineEdit *edit : {m_text, m_address}) {
        connect(edit, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &TrafficFilterBar::apply);
    }
    connect(m_hex, &QCheckBox::toggled, this, &TrafficFilterBar::apply);
    for (QComboBox *combo : {m_panel, m_protocol, m_kind, m_direction})
        connect(combo, &QComboBox::activated, this, &TrafficFilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &TrafficFilterBar::clearFilter);

    retranslateUi();
}

TrafficFilter TrafficFilterBar::filter() const
{
    TrafficFilter f;
    f.text = m_text->text();
    f.hex = m_hex->isChecked();
    f.panelId = m_panel->currentData().toInt();
    f.protocol = m_protocol->currentData().toInt();
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        f.kinds = TrafficFilter::kindBit(net::EventKind(kind));
    switch (m_direction->currentData().toInt()) {
    case Received: f.kinds &= TrafficFilter::kindBit(net::EventKind::Recv); break;
    case Sent: f.kinds &= TrafficFilter::kindBit(net::EventKind::Send); break;
    default: break;
    }
    f.address = m_address->text().trimmed();
    return f;
}

void TrafficFilterBar::apply()
{
    m_typing.stop();
    const TrafficFilter now = filter();
    if (now == m_applied)
        return;
    m_applied = now;
    emit filterChanged(now);
}

void TrafficFilterBar::clearFilter()
{
    const QSignalBlocker blockText(m_text);
    const QSignalBlocker blockAddress(m_address);
    const QSignalBlocker blockHex(m_hex);
    m_text->clear();
    m_address->clear();
    m_hex->setChecked(false);
    for (QComboBox *combo : {m_panel, m_protocol, m_kind, m_direction})
        combo->setCurrentIndex(0);
    apply();
}

void TrafficFilterBar::setPanels(const QList<QPair<int, QString>> &panels)
{
    const int chosen = m_panel->currentData().toInt();
    // In one removal and one insertion: item by item, the combo was re-measured
    // (ComboFitter) after each, and a recording naming a thousand panels held
    // the window for over a second.
    auto *model = qobject_cast<QStandardItemModel *>(m_panel->model());
    Q_ASSERT(model);
    if (m_panel->count() > 1)
        model->removeRows(1, m_panel->count() - 1);
    QList<QStandardItem *> items;
    items.reserve(panels.size());
    for (const auto &[id, name] : panels) {
        auto *item = new QStandardItem(name);
        item->setData(id, Qt::UserRole);
        items.append(item);
    }
    model->invisibleRootItem()->insertRows(1, items);
    const int index = m_panel->findData(chosen);
    m_panel->setCurrentIndex(index < 0 ? 0 : index);
}

void TrafficFilterBar::setStatus(int shown, int total, int percent, const QString &problem)
{
    const QLocale locale;
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        WarningColour::set(m_status, true);
        return;
    }
    WarningColour::set(m_status, false);
    if (!m_applied.isActive()) {
        m_status->clear();
        return;
    }
    const QString counts = tr("%1 of %2 rows", "", net::CountText::form(total)).arg(locale.toString(shown), locale.toString(total));
    m_status->setText(percent < 100 ? tr("Filtering\u2026 %1% \u2014 %2").arg(percent).arg(counts)
                                    : counts);
}

void TrafficFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TrafficFilterBar::fillKinds()
{
    m_kind->setItemText(0, tr("Any kind"));
    for (int k = 0; k < kindCount; ++k)
        m_kind->setItemText(k + 1, models::TrafficModel::kindLabel(net::EventKind(k)));
}

void TrafficFilterBar::retranslateUi()
{
    m_text->setPlaceholderText(tr("Search payloads and messages"));
    m_text->setToolTip(tr("Text in the payloads (decoded as the preview shows them) and in "
                          "error and info messages; any case. With \u201cHex\u201d: bytes such "
                          "as 68 65 6c"));
    m_hex->setText(tr("Hex"));
    m_hex->setToolTip(tr("Search the payloads for these bytes, written in hex"));
    m_panel->setItemText(0, tr("All panels"));
    m_protocol->setItemText(0, tr("Any protocol"));
    fillKinds();
    m_direction->setItemText(BothDirections, tr("Both directions"));
    m_direction->setItemText(Received, tr("\u2190 received"));
    m_direction->setItemText(Sent, tr("\u2192 sent"));
    m_direction->setToolTip(tr("Only data received or only data sent"));
    m_address->setPlaceholderText(tr("Address contains"));
    m_address->setToolTip(tr("Part of the local or remote address, such as :8001 or ::1"));
    m_clear->setText(tr("Show all"));
    m_clear->setToolTip(tr("Clear the filter and show every row"));
}

} // namespace swb::widgets
