// SPDX-License-Identifier: GPL-3.0-or-later
// Wall time of whole processes, for scripts/bench-process.sh: runs each command in turn, RUNS rounds, so a
// busy moment of a shared machine slows every command alike, and prints each command's median and
// quartiles in milliseconds. Timed from posix_spawn to waitpid, with nothing else forked in between
// (a shell's `date` around a command adds a process start of its own to every figure).
//   bench_process_time RUNS -- COMMAND ARGS... [-- COMMAND ARGS...]
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern char** environ;

namespace {

// Milliseconds from spawning `argv` to its end, its output thrown away; negative when it failed.
double runOnce(std::vector<char*>& argv)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        return -1;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    const auto end = std::chrono::steady_clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return -1;
    }
    return std::chrono::duration<double, std::milli>(end - start).count();
}

double quantile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values.at(static_cast<std::size_t>(q * static_cast<double>(values.size() - 1) + 0.5));
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 0;
    std::vector<std::vector<char*>> commands;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            commands.emplace_back();
        } else if (!commands.empty()) {
            commands.back().push_back(argv[i]);
        }
    }
    if (runs < 1 || commands.empty() ||
        std::any_of(commands.begin(), commands.end(), [](const auto& c) { return c.empty(); })) {
        std::fprintf(stderr, "usage: bench_process_time RUNS -- COMMAND ARGS... [-- COMMAND ARGS...]\n");
        return 2;
    }
    for (auto& command : commands) {
        command.push_back(nullptr);
    }
    std::vector<std::vector<double>> times(commands.size());
    for (int round = 0; round < runs; ++round) {
        for (std::size_t c = 0; c < commands.size(); ++c) {
            const double ms = runOnce(commands[c]);
            if (ms < 0) {
                std::fprintf(stderr, "bench_process_time: %s failed\n", commands[c].front());
                return 1;
            }
            times[c].push_back(ms);
        }
    }
    for (const auto& t : times) {
        std::printf("%.1f %.1f %.1f\n", quantile(t, 0.5), quantile(t, 0.25), quantile(t, 0.75));
    }
    return 0;
}
