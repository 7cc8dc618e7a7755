// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfieldreader.h"

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace rc::core {

JsonFieldReader::JsonFieldReader(QJsonObject object, QString owner)
    : m_object(std::move(object)), m_owner(std::move(owner))
{
}

QString JsonFieldReader::text(const QString& key)
{
    const QJsonValue value = field(key);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(key, u"must be non-empty text"_s);
        return {};
    }
    return value.toString();
}

QString JsonFieldReader::optionalText(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isString()) {
        fail(key, u"must be text"_s);
        return {};
    }
    return value.toString();
}

QStringList JsonFieldReader::textList(const QString& key)
{
    const QJsonValue value = field(key);
    if (value.isUndefined()) {
        return {};
    }
    const QJsonArray array = value.toArray();
    QStringList list;
    for (const QJsonValue& item : array) {
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            break;
        }
        list.append(item.toString());
    }
    if (!value.isArray() || array.isEmpty() || list.size() != array.size()) {
        fail(key, u"must be a non-empty list of text"_s);
        return {};
    }
    return list;
}

int JsonFieldReader::integer(const QString& key, int min, int max)
{
    const QJsonValue value = field(key);
    if (value.isUndefined()) {
        return 0;
    }
    // JSON has only doubles: 90.5 or 1e12 must not be truncated into a plausible number of seconds.
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number) || number < min || number > max) {
        fail(key, u"must be a whole number from %1 to %2"_s.arg(min).arg(max));
        return 0;
    }
    return static_cast<int>(number);
}

bool JsonFieldReader::boolean(const QString& key)
{
    const QJsonValue value = field(key);
    if (!value.isUndefined() && !value.isBool()) {
        fail(key, u"must be true or false"_s);
    }
    return value.toBool();
}

QJsonArray JsonFieldReader::array(const QString& key)
{
    const QJsonValue value = field(key);
    if (!value.isUndefined() && !value.isArray()) {
        fail(key, u"must be a list"_s);
    }
    return value.toArray();
}

void JsonFieldReader::fail(const QString& key, const QString& problem)
{
    if (!m_error) {
        m_error = makeError(ErrorCode::InvalidInput, u"catalog: %1field '%2' %3"_s.arg(prefix(), key, problem));
    }
}

void JsonFieldReader::failWith(const QString& problem)
{
    if (!m_error) {
        m_error = makeError(ErrorCode::InvalidInput, u"catalog: %1%2"_s.arg(prefix(), problem));
    }
}

QJsonValue JsonFieldReader::field(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(key, u"is missing"_s);
    }
    return value;
}

QString JsonFieldReader::prefix() const
{
    return m_owner.isEmpty() ? QString() : m_owner + u": "_s;
}

} // namespace rc::core
