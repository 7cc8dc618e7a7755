// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::core {

// Reads the fields of one JSON object of the catalog and keeps the first problem, so that each
// accessor can be called unconditionally and the caller checks once. Messages read
// "catalog: <owner>: field '<key>' <problem>", the owner being e.g. "technique 'calf-release'".
class JsonFieldReader
{
public:
    JsonFieldReader(QJsonObject object, QString owner);

    QString text(const QString& key);         // required, non-empty
    QString optionalText(const QString& key); // empty when absent
    QStringList textList(const QString& key); // required, non-empty, every item non-empty text
    int integer(const QString& key, int min, int max);
    bool boolean(const QString& key);
    QJsonArray array(const QString& key);

    void fail(const QString& key, const QString& problem); // about one field
    void failWith(const QString& problem);                 // about the owner as a whole

    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

private:
    QJsonValue field(const QString& key);
    QString prefix() const;

    QJsonObject m_object;
    QString m_owner;
    std::optional<Error> m_error;
};

} // namespace rc::core
