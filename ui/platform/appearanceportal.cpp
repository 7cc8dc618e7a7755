// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearanceportal.h"

#include <QDBusMessage>
#include <QDBusVariant>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rc::ui {

namespace {

const QString appearanceGroup = u"org.freedesktop.appearance"_s;
const QString colorSchemeKey = u"color-scheme"_s;
constexpr int readTimeoutMs = 1000;

// The portal's answer, unwrapped: Read gives the value in a variant in a variant, ReadOne and the
// signal in one variant.
std::optional<AppearancePortal::ColorScheme> schemeFrom(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.metaType() == QMetaType::fromType<QDBusVariant>()) {
        value = value.value<QDBusVariant>().variant();
    }
    if (value.metaType() != QMetaType::fromType<uint>() && value.metaType() != QMetaType::fromType<int>()) {
        return std::nullopt;
    }
    const uint scheme = value.toUInt();
    if (scheme > uint(AppearancePortal::ColorScheme::PreferLight)) {
        return AppearancePortal::ColorScheme::NoPreference; // a value newer than this code: no preference
    }
    return AppearancePortal::ColorScheme(scheme);
}

} // namespace

AppearancePortal::AppearancePortal(const QDBusConnection& bus, QObject* parent) : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected()) {
        return;
    }
    // The slot is found by its parameters' names: until something registers QDBusVariant's by name (QtDBus
    // does so late), the first connect of a process would fail and no change would ever arrive.
    qRegisterMetaType<QDBusVariant>();
    m_bus.connect(QLatin1String(serviceName), QLatin1String(objectPath), QLatin1String(interfaceName),
                  u"SettingChanged"_s, this, SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    m_scheme = read();
}

std::optional<AppearancePortal::ColorScheme> AppearancePortal::read() const
{
    // ReadOne where the portal has it (version 2 and later), else the older Read.
    for (const QString& method : {u"ReadOne"_s, u"Read"_s}) {
        QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(serviceName), QLatin1String(objectPath),
                                                           QLatin1String(interfaceName), method);
        call.setArguments({appearanceGroup, colorSchemeKey});
        // BlockWithGui: the portal may live in this thread (the tests' fake).
        const QDBusMessage reply = m_bus.call(call, QDBus::BlockWithGui, readTimeoutMs);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            return schemeFrom(reply.arguments().constFirst());
        }
        // Only a portal without ReadOne is worth the second question.
        if (reply.errorName() != u"org.freedesktop.DBus.Error.UnknownMethod"_s) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

void AppearancePortal::onSettingChanged(const QString& group, const QString& key, const QDBusVariant& value)
{
    if (group != appearanceGroup || key != colorSchemeKey) {
        return;
    }
    const std::optional<ColorScheme> scheme = schemeFrom(value.variant());
    if (!scheme || scheme == m_scheme) {
        return;
    }
    m_scheme = scheme;
    emit colorSchemeChanged(*scheme);
}

} // namespace rc::ui
