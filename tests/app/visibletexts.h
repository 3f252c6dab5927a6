#pragma once

// The words a window shows, as a lesson may quote them: menu items, buttons,
// tabs, dock titles, labels, list choices, table headers, the traffic table's
// row kinds and the lesson's self-check, in the language the window is in.

#include "app/mainwindow.h"
#include "course/lessons/lessoncheck.h"
#include "models/trafficmodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>

namespace visibletexts {

// A label as a sentence quotes it: no mnemonic (&S, "(&S)"), no trailing
// "…" or colon, no arrow of the traffic table's "← recv".
inline QString normalized(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
    static const QRegularExpression arrow(QStringLiteral("^[\\x{2190}\\x{2192}]\\s*"));
    static const QRegularExpression tail(QStringLiteral("(\\.\\.\\.|\\x{2026}|:|\\x{ff1a})+$"));
    text.remove(mnemonic);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text = text.trimmed().remove(arrow).remove(tail).trimmed();
    return text;
}

// The label and the shorter forms a sentence may quote: without a trailing
// "(…)" ("发送方（2）" is the list “发送方”), and a lesson title before its
// colon ("TCP basics: a server and a client" is the lesson "TCP basics").
inline void add(QSet<QString> &texts, const QString &raw)
{
    static const QRegularExpression bracket(QStringLiteral("\\s*[(\\x{ff08}][^()\\x{ff08}\\x{ff09}]*[)\\x{ff09}]\\s*$"));
    static const QRegularExpression colon(QStringLiteral("(: |\\x{ff1a})"));
    for (const QString &line : raw.split(QLatin1Char('\n'))) {
        QString text = normalized(line);
        if (text.isEmpty())
            continue;
        texts.insert(text);
        for (int i = 0; i < 2 && text.contains(bracket); ++i) {
            text = normalized(QString(text).remove(bracket));
            texts.insert(text);
        }
        const qsizetype at = text.indexOf(colon);
        if (at > 0)
            texts.insert(text.left(at).trimmed());
    }
}

// The traffic table's row kinds in the current language, as normalized() gives them.
inline QSet<QString> rowKinds()
{
    QSet<QString> kinds;
    using swb::net::EventKind;
    for (EventKind kind : {EventKind::Listen, EventKind::Accept, EventKind::Connect, EventKind::Recv,
                           EventKind::Send, EventKind::Close, EventKind::Error, EventKind::Info})
        kinds.insert(normalized(swb::models::TrafficModel::kindLabel(kind)));
    return kinds;
}

inline QSet<QString> of(const swb::app::MainWindow &window, const QString &lessonId)
{
    QSet<QString> texts;
    for (const QAction *action : window.findChildren<QAction *>())
        add(texts, action->text());
    for (const QMenu *menu : window.findChildren<QMenu *>())
        add(texts, menu->title());
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        add(texts, button->text());
    for (const QTabBar *tabs : window.findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(texts, tabs->tabText(i));
    }
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        add(texts, dock->windowTitle());
    for (const QGroupBox *box : window.findChildren<QGroupBox *>())
        add(texts, box->title());
    for (const QLabel *label : window.findChildren<QLabel *>())
        add(texts, label->text());
    for (const QComboBox *combo : window.findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            add(texts, combo->itemText(i));
    }
    for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int c = 0; model && c < model->columnCount(); ++c)
            add(texts, model->headerData(c, Qt::Horizontal).toString());
    }
    for (const QString &kind : rowKinds())
        texts.insert(kind);
    const swb::course::LessonCheck check(lessonId);
    for (const swb::course::LessonCheck::Item &item : check.items())
        add(texts, item.text);
    return texts;
}

} // namespace visibletexts
