#include "course/python/pythonscripts.h"

#include <QFile>

namespace swb::course {

QString PythonScripts::load(const char *name)
{
    QFile file(QStringLiteral(":/python/%1.py.in").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("PythonScripts: no template %s (is swb_resources linked?)", name);
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

QString PythonScripts::streamServer()
{
    return load("stream_server");
}

QString PythonScripts::streamClient()
{
    return load("stream_client");
}

QString PythonScripts::udp()
{
    return load("udp");
}

QString PythonScripts::httpFetch()
{
    return load("http_fetch");
}

QString PythonScripts::httpRaw()
{
    return load("http_raw");
}

} // namespace swb::course
