#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;

namespace swb::widgets {

// A menu action's words as prose shows them (start page, shortcut list):
// without the mnemonic '&', and its shortcuts as the platform writes them.
class ActionText final
{
    Q_DECLARE_TR_FUNCTIONS(swb::widgets::ActionText)
public:
    static QString plain(const QString &menuText);
    static QString plain(const QAction *action);
    // "Ctrl+O", or "Ctrl++, Ctrl+=" for an action with several; empty without.
    static QString shortcuts(const QAction *action);
};

} // namespace swb::widgets
