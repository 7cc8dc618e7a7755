// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A test SQLite VFS that wraps the default one and fails the k-th xWrite or xSync, counted over every
// file SQLite touches (database, WAL, rollback journal). It is registered as the default VFS, so the
// store uses it without knowing: SessionStore::open passes no VFS name to sqlite3_open_v2.
//
// Single-threaded tests only: the counters and the armed fault are plain globals.

namespace rc::core::test {

enum class FaultOp
{
    Write,
    Sync,
};

enum class FaultMode
{
    Once,       // only the k-th call fails; the disk "recovers" at once
    Persistent, // the k-th call and every later one of that kind fail until disarm()
};

class FaultVfs
{
public:
    // Wraps the current default VFS and makes the wrapper the default. Idempotent.
    static void install();

    // Zeroes the counters and arms a fault: the k-th (1-based) call of `op` from now on returns
    // `errorCode` (SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC, SQLITE_FULL, ...) without touching the file.
    static void arm(FaultOp op, int k, int errorCode, FaultMode mode);
    // No fault from now on; zeroes the counters.
    static void disarm();

    // Calls seen since the last arm()/disarm(), failed ones included.
    static int writes();
    static int syncs();
    // How many calls were failed since the last arm().
    static int injected();
};

// Arms a fault for a scope: a failed ASSERT never leaves the next test with a broken disk.
class ScopedFault
{
public:
    ScopedFault(FaultOp op, int k, int errorCode, FaultMode mode) { FaultVfs::arm(op, k, errorCode, mode); }
    ~ScopedFault() { FaultVfs::disarm(); }
    ScopedFault(const ScopedFault&) = delete;
    ScopedFault& operator=(const ScopedFault&) = delete;
};

} // namespace rc::core::test
