#pragma once

// What the panel tests share: typing into a send box as a student does, and
// the traffic rows of one panel.

#include "models/trafficmodel.h"
#include "net/traffic/trafficevent.h"
#include "widgets/common/sendbox.h"

#include <QLineEdit>
#include <QList>
#include <QTest>

namespace paneltesting {

inline QLineEdit *lineOf(swb::widgets::SendBox *box)
{
    return box->findChildren<QLineEdit *>().first();
}

// Focus, clear, type, Enter. QTest types ASCII only; other text (Chinese)
// goes in as an input method would put it.
inline void typeAndEnter(QLineEdit *line, const QString &text)
{
    line->setFocus();
    line->clear();
    if (text.toLatin1() == text.toUtf8())
        QTest::keyClicks(line, text);
    else
        line->insert(text);
    QTest::keyClick(line, Qt::Key_Return);
}

inline void typeAndEnter(swb::widgets::SendBox *box, const QString &text)
{
    typeAndEnter(lineOf(box), text);
}

// The rows of one kind from one panel, after showing what has arrived.
inline QList<swb::net::TrafficEvent> eventsOf(swb::models::TrafficModel &model,
                                              swb::net::EventKind kind, int panelId)
{
    model.flush();
    QList<swb::net::TrafficEvent> result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const swb::net::TrafficEvent &e = model.event(row);
        if (e.kind == kind && e.panelId == panelId)
            result << e;
    }
    return result;
}

} // namespace paneltesting
