#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace swb::net {

// Typed reads from workspace JSON that collect every problem instead of
// stopping at the first, so a broken file is reported whole and changes nothing.
class JsonFields final
{
    Q_DECLARE_TR_FUNCTIONS(swb::net::JsonFields)
public:
    JsonFields(const QJsonObject &object, QString where, QStringList *problems);

    QString string(const QString &key, const QString &fallback) const;
    int integer(const QString &key, int fallback, int minimum, int maximum) const;
    bool boolean(const QString &key, bool fallback) const;
    QJsonObject object(const QString &key) const;
    void problem(const QString &key, const QString &message) const;

private:
    QJsonObject m_object;
    QString m_where;
    QStringList *m_problems;
};

} // namespace swb::net
