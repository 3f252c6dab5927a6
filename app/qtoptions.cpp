#include "app/qtoptions.h"

namespace swb::app {

namespace {

// QGuiApplication's and QApplication's options, as documented for each
// (QGuiApplication::QGuiApplication, QApplication::QApplication).
const char *const valueOptions[] = {
    "platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger",
    "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "style", "stylesheet",
    "display", "geometry", "title", "name", "visual", "im", "fn", "font", "bg", "background",
    "fg", "foreground", "btn", "button",
};
const char *const flagOptions[] = {
    "reverse", "widgetcount", "nograb", "dograb", "sync", "testability", "cmap",
};

// "-style", "--style" and "-style=Fusion" all name "style", as Qt reads them.
QString nameOf(const QString &argument)
{
    if (!argument.startsWith(QLatin1Char('-')))
        return QString();
    QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    return name.left(name.indexOf(QLatin1Char('=')));
}

template <std::size_t N>
bool contains(const char *const (&names)[N], const QString &name)
{
    for (const char *known : names) {
        if (name == QLatin1String(known))
            return true;
    }
    return false;
}

} // namespace

bool QtOptions::takesValue(const QString &argument)
{
    return !argument.contains(QLatin1Char('=')) && contains(valueOptions, nameOf(argument));
}

bool QtOptions::isQtOption(const QString &argument)
{
    const QString name = nameOf(argument);
    return contains(valueOptions, name) || contains(flagOptions, name);
}

QStringList QtOptions::withoutQtOptions(const QStringList &arguments)
{
    QStringList ours;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            ours << arguments.mid(i); // what follows is positional, for us
            break;
        }
        if (i == 0 || !isQtOption(argument)) {
            ours << argument;
            continue;
        }
        if (takesValue(argument))
            ++i; // its value belongs to Qt too
    }
    return ours;
}

} // namespace swb::app
