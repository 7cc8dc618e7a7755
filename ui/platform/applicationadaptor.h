// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace rc::ui {

class SingleInstance;

// org.freedesktop.Application on the primary's object (the Desktop Entry Specification's "D-Bus
// Activation"): each call becomes a signal of the SingleInstance. platform_data (startup ids,
// activation tokens) is not used yet.
class ApplicationAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")

public:
    // Errors are answered on `bus`, the connection the instance serves on.
    ApplicationAdaptor(SingleInstance* instance, const QDBusConnection& bus);

public slots:
    void Activate(const QVariantMap& platformData);
    void Open(const QStringList& uris, const QVariantMap& platformData);
    // An unknown action, or a parameter that is not one string, is an InvalidArgs error for the caller.
    void ActivateAction(const QString& actionName, const QVariantList& parameter, const QVariantMap& platformData,
                        const QDBusMessage& message);

private:
    SingleInstance* m_instance;
    QDBusConnection m_bus;
};

} // namespace rc::ui
