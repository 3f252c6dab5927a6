#include "net/payload/jsonfields.h"

#include <QJsonValue>

#include <cmath>
#include <utility>

namespace swb::net {

JsonFields::JsonFields(const QJsonObject &object, QString where, QStringList *problems)
    : m_object(object)
    , m_where(std::move(where))
    , m_problems(problems)
{
}

void JsonFields::problem(const QString &key, const QString &message) const
{
    if (m_problems)
        m_problems->append(tr("%1, \"%2\": %3").arg(m_where, key, message));
}

QString JsonFields::string(const QString &key, const QString &fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        problem(key, tr("expected text"));
        return fallback;
    }
    return value.toString();
}

int JsonFields::integer(const QString &key, int fallback, int minimum, int maximum) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < minimum
        || number > maximum) {
        problem(key, tr("expected a whole number from %1 to %2").arg(minimum).arg(maximum));
        return fallback;
    }
    return static_cast<int>(number);
}

bool JsonFields::boolean(const QString &key, bool fallback) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        problem(key, tr("expected true or false"));
        return fallback;
    }
    return value.toBool();
}

QJsonObject JsonFields::object(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonObject();
    if (!value.isObject()) {
        problem(key, tr("expected an object { ... }"));
        return QJsonObject();
    }
    return value.toObject();
}

} // namespace swb::net
