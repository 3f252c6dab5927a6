#pragma once

#include <QString>

namespace swb::course {

// The script templates of PythonGenerator, one per kind of panel, written in
// the style of the notes (socket.socket, bind, listen, accept, recv, sendto).
// They live as resources (resources/python/*.py.in) so that they read as
// Python; placeholders and %if blocks are PythonTemplate's, and {{c_*}} are
// the translated comments the generator fills in.
class PythonScripts final
{
public:
    static QString streamServer(); // tcp-server and local-server
    static QString streamClient(); // tcp-client and local-client
    static QString udp();
    static QString httpFetch();
    static QString httpRaw();

private:
    // Empty, with a warning, if the resource is missing (a build without swb_resources).
    static QString load(const char *name);
};

} // namespace swb::course
