// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationadaptor.h"

#include "singleinstance.h"

#include <QDBusError>

using namespace Qt::StringLiterals;

namespace rc::ui {

ApplicationAdaptor::ApplicationAdaptor(SingleInstance* instance, const QDBusConnection& bus)
    : QDBusAbstractAdaptor(instance), m_instance(instance), m_bus(bus)
{
}

void ApplicationAdaptor::Activate(const QVariantMap& /*platformData*/)
{
    emit m_instance->activated();
}

void ApplicationAdaptor::Open(const QStringList& /*uris*/, const QVariantMap& /*platformData*/)
{
    emit m_instance->activated();
}

void ApplicationAdaptor::ActivateAction(const QString& actionName, const QVariantList& parameter,
                                        const QVariantMap& /*platformData*/, const QDBusMessage& message)
{
    const auto refuse = [&](const QString& why) {
        message.setDelayedReply(true); // the error below is the reply
        m_bus.send(message.createErrorReply(QDBusError::InvalidArgs, why));
    };
    if (!SingleInstance::actions().contains(actionName)) {
        refuse(
            u"unknown action \"%1\"; the actions are: %2"_s.arg(actionName, SingleInstance::actions().join(u", "_s)));
        return;
    }
    if (parameter.size() > 1 || (parameter.size() == 1 && parameter.first().typeId() != QMetaType::QString)) {
        refuse(u"the action \"%1\" takes no parameter or one string"_s.arg(actionName));
        return;
    }
    emit m_instance->actionActivated(actionName, parameter.value(0));
}

} // namespace rc::ui
