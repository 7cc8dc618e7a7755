// SPDX-License-Identifier: GPL-3.0-or-later
// The reminder's notification on a private bus with a fake org.freedesktop.Notifications: what Notify
// carries, which answer comes back, a server without actions, and no server at all.
#include "fakenotificationserver.h"
#include "notificationclient.h"
#include "privatebus.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using rc::test::FakeNotificationServer;
using rc::ui::NotificationClient;

class NotificationClientTest : public ::testing::Test
{
protected:
    rc::test::PrivateBus m_bus;
    QDBusConnection m_serverSide = m_bus.connect();
    QDBusConnection m_clientSide = m_bus.connect();
};

TEST_F(NotificationClientTest, notify_sendsTheTextTheFourActionsTheIconAndTheDesktopEntry)
{
    FakeNotificationServer server(m_serverSide);
    ASSERT_TRUE(server.publish());
    NotificationClient client(m_clientSide);

    const auto id =
        client.notify(u"Time to roll"_s, u"Wednesday is one of your planned days."_s, rc::ui::reminderActions());

    ASSERT_TRUE(id) << id.error().message.toStdString();
    ASSERT_EQ(server.calls().size(), 1u);
    const auto& call = server.calls().front();
    EXPECT_EQ(*id, 41u); // the fake's first id
    EXPECT_EQ(call.appName, u"Recovery Coach"_s);
    EXPECT_EQ(call.appIcon, u"io.github.recoverycoach.RecoveryCoach-symbolic"_s);
    EXPECT_EQ(call.summary, u"Time to roll"_s);
    EXPECT_EQ(call.body, u"Wednesday is one of your planned days."_s);
    EXPECT_EQ(call.actions, (QStringList{u"start-routine"_s, u"Start routine"_s, u"done"_s, u"Done already"_s,
                                         u"snooze"_s, u"Snooze 1 hour"_s, u"not-today"_s, u"Not today"_s}));
    EXPECT_EQ(call.hints.value(u"desktop-entry"_s).toString(), u"io.github.recoverycoach.RecoveryCoach"_s);
    EXPECT_EQ(call.replacesId, 0u);
}

TEST_F(NotificationClientTest, wait_returnsTheInvokedAction_notTheCloseThatFollows)
{
    FakeNotificationServer server(m_serverSide);
    ASSERT_TRUE(server.publish());
    server.answerWith(u"snooze"_s);
    NotificationClient client(m_clientSide);

    const auto id = client.notify(u"t"_s, u"b"_s, rc::ui::reminderActions());
    ASSERT_TRUE(id);
    const NotificationClient::Outcome outcome = client.wait(*id, std::chrono::minutes(5));

    EXPECT_TRUE(outcome.withActions);
    EXPECT_EQ(outcome.action, u"snooze"_s);
}

TEST_F(NotificationClientTest, wait_aDismissedNotification_isNoAction)
{
    FakeNotificationServer server(m_serverSide);
    ASSERT_TRUE(server.publish());
    server.answerWith(QString());
    NotificationClient client(m_clientSide);

    const auto id = client.notify(u"t"_s, u"b"_s, rc::ui::reminderActions());
    ASSERT_TRUE(id);

    EXPECT_EQ(client.wait(*id, std::chrono::minutes(5)).action, QString());
}

TEST_F(NotificationClientTest, aServerWithoutActions_getsTheTextAlone_andNothingIsWaitedFor)
{
    FakeNotificationServer server(m_serverSide, {u"body"_s});
    ASSERT_TRUE(server.publish());
    NotificationClient client(m_clientSide);

    const auto id = client.notify(u"t"_s, u"b"_s, rc::ui::reminderActions());
    ASSERT_TRUE(id);
    // No answer was set up: a wait would never end if it waited.
    const NotificationClient::Outcome outcome = client.wait(*id, std::chrono::minutes(5));

    ASSERT_EQ(server.calls().size(), 1u);
    EXPECT_TRUE(server.calls().front().actions.isEmpty());
    EXPECT_FALSE(outcome.withActions);
    EXPECT_EQ(outcome.action, QString());
}

TEST_F(NotificationClientTest, wait_atItsLimit_closesTheNotification_andReturnsNoAction)
{
    FakeNotificationServer server(m_serverSide);
    ASSERT_TRUE(server.publish());
    NotificationClient client(m_clientSide);
    const auto id = client.notify(u"t"_s, u"b"_s, rc::ui::reminderActions());
    ASSERT_TRUE(id);

    // No answer comes; a limit already reached.
    const NotificationClient::Outcome outcome = client.wait(*id, std::chrono::milliseconds(0));

    EXPECT_EQ(outcome.action, QString());
    EXPECT_EQ(server.closed(), QList<quint32>{*id});
}

TEST_F(NotificationClientTest, aServerWithBodyMarkup_getsTheBodyEscaped)
{
    FakeNotificationServer server(m_serverSide, {u"actions"_s, u"body"_s, u"body-markup"_s});
    ASSERT_TRUE(server.publish());
    NotificationClient client(m_clientSide);

    ASSERT_TRUE(client.notify(u"t"_s, u"Hips & calves <today>"_s, rc::ui::reminderActions()));

    EXPECT_EQ(server.calls().front().body, u"Hips &amp; calves &lt;today&gt;"_s);
}

TEST_F(NotificationClientTest, noNotificationService_isAnErrorThatSaysSo)
{
    NotificationClient client(m_clientSide);

    const auto id = client.notify(u"t"_s, u"b"_s, rc::ui::reminderActions());

    ASSERT_FALSE(id);
    EXPECT_TRUE(id.error().message.contains(u"org.freedesktop.Notifications"_s)) << id.error().message.toStdString();
    EXPECT_FALSE(id.error().message.contains(u'\n'));
}

} // namespace
