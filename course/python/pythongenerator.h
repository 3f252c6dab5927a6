#pragma once

#include "course/lessons/workspace.h"

#include <QCoreApplication>
#include <QString>

namespace swb::course {

class PythonTemplate;

// What a panel does, written as a Python script in the style of the notes:
// the same addresses, ports, behaviour and texts as the panel's current
// settings. One template per panel type (PythonScripts); this class turns the
// settings into the template's values. Comments are translated, so a student
// reads them in the interface language.
class PythonGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(swb::course::PythonGenerator)
public:
    static QString generate(const PanelConfig &config);
    // "echo_server.py" from the panel's name; "script.py" when nothing is left.
    static QString suggestedFileName(const PanelConfig &config);
    static bool isSupported(PanelType type);

private:
    static QString streamServer(const PanelConfig &config, bool tcp);
    static QString streamClient(const PanelConfig &config, bool tcp);
    static QString udp(const PanelConfig &config);
    static QString http(const PanelConfig &config);

    static QString header(const PanelConfig &config);
    static QString finish(const PythonTemplate &t, const QString &text);
};

} // namespace swb::course
