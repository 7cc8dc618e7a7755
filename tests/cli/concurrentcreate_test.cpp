// SPDX-License-Identifier: GPL-3.0-or-later
// PRODUCT.md section 8 / issue 14: at first login the reminder timer, the autostarted app and the command
// line may all reach a database that does not exist yet at the same moment. Whoever comes second waits
// for the first to finish creating it (under SQLite's lock) and never calls it foreign.
#include "clitestutil.h"

#include <QDir>
#include <QProcess>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

class ConcurrentCreateCli : public rc::test::CliTestBase
{
};

TEST_F(ConcurrentCreateCli, manyLogsAtOnceOnAMissingDatabase_allSucceed_everyTime)
{
    constexpr int rounds = 25;
    constexpr int processes = 6;
    for (int round = 0; round < rounds; ++round) {
        const QString db = m_dir.filePath(u"round-%1/sessions.sqlite"_s.arg(round));
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < processes; ++i) {
            auto& process = running.emplace_back(std::make_unique<QProcess>());
            process->setProcessEnvironment(environment());
            process->start(QString::fromUtf8(RC_BINARY),
                           {u"log"_s, u"--date"_s, u"2026-11-%1"_s.arg(10 + i), u"--db"_s, db});
        }
        for (int i = 0; i < processes; ++i) {
            QProcess& process = *running[size_t(i)];
            ASSERT_TRUE(process.waitForFinished(30000)) << "round " << round;
            ASSERT_EQ(process.exitStatus(), QProcess::NormalExit) << "round " << round;
            ASSERT_EQ(process.exitCode(), 0)
                << "round " << round << ", process " << i << ": " << process.readAllStandardError().toStdString();
        }
        const auto week = run(
            {u"report"_s, u"--json"_s, u"--today"_s, u"2026-11-15"_s, u"--weeks"_s, u"1"_s, u"--db"_s, db}, {}, false);
        // The week of Monday 9 November holds the 10th to the 15th: six days, one session each.
        EXPECT_TRUE(week.out.contains("\"sessions\": 6")) << "round " << round << ": " << week.out.toStdString();
    }
}

} // namespace
