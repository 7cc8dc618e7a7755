// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultvfs.h"

#include <sqlite3.h>

#include <cstdlib>
#include <cstring>

namespace rc::core::test {

namespace {

struct FaultState
{
    bool armed = false;
    FaultOp op = FaultOp::Write;
    int k = 0;
    int errorCode = SQLITE_IOERR;
    FaultMode mode = FaultMode::Once;
    int writes = 0;
    int syncs = 0;
    int injected = 0;
};

FaultState state;
sqlite3_vfs* realVfs = nullptr; // the default VFS we wrap
sqlite3_vfs faultVfs;

// The real file lives right behind ours in the block SQLite allocates (szOsFile covers both).
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

// Counts the call and says whether it is the one (or one of those) to fail.
bool shouldFail(FaultOp op, int count)
{
    if (!state.armed || state.op != op) {
        return false;
    }
    const bool fail = state.mode == FaultMode::Once ? count == state.k : count >= state.k;
    if (fail) {
        ++state.injected;
    }
    return fail;
}

int faultClose(sqlite3_file* file)
{
    sqlite3_file* r = real(file);
    const int rc = r->pMethods->xClose(r);
    file->pMethods = nullptr;
    return rc;
}

int faultRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xRead(r, buffer, amount, offset);
}

int faultWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultOp::Write, ++state.writes)) {
        return state.errorCode;
    }
    sqlite3_file* r = real(file);
    return r->pMethods->xWrite(r, buffer, amount, offset);
}

int faultTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xTruncate(r, size);
}

int faultSync(sqlite3_file* file, int flags)
{
    if (shouldFail(FaultOp::Sync, ++state.syncs)) {
        return state.errorCode;
    }
    sqlite3_file* r = real(file);
    return r->pMethods->xSync(r, flags);
}

int faultFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xFileSize(r, size);
}

int faultLock(sqlite3_file* file, int level)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xLock(r, level);
}

int faultUnlock(sqlite3_file* file, int level)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xUnlock(r, level);
}

int faultCheckReservedLock(sqlite3_file* file, int* result)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xCheckReservedLock(r, result);
}

int faultFileControl(sqlite3_file* file, int op, void* arg)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xFileControl(r, op, arg);
}

int faultSectorSize(sqlite3_file* file)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xSectorSize(r);
}

int faultDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* r = real(file);
    return r->pMethods->xDeviceCharacteristics(r);
}

// WAL needs the shared-memory methods (iVersion >= 2); memory-mapped reads need xFetch (iVersion 3).
int faultShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    sqlite3_file* r = real(file);
    return r->pMethods->iVersion >= 2 ? r->pMethods->xShmMap(r, region, size, extend, out) : SQLITE_IOERR_SHMMAP;
}

int faultShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    sqlite3_file* r = real(file);
    return r->pMethods->iVersion >= 2 ? r->pMethods->xShmLock(r, offset, n, flags) : SQLITE_IOERR_SHMLOCK;
}

void faultShmBarrier(sqlite3_file* file)
{
    sqlite3_file* r = real(file);
    if (r->pMethods->iVersion >= 2) {
        r->pMethods->xShmBarrier(r);
    }
}

int faultShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* r = real(file);
    return r->pMethods->iVersion >= 2 ? r->pMethods->xShmUnmap(r, deleteFlag) : SQLITE_OK;
}

int faultFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    sqlite3_file* r = real(file);
    if (r->pMethods->iVersion >= 3) {
        return r->pMethods->xFetch(r, offset, amount, out);
    }
    *out = nullptr; // "no mapping": SQLite falls back to xRead
    return SQLITE_OK;
}

int faultUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    sqlite3_file* r = real(file);
    return r->pMethods->iVersion >= 3 ? r->pMethods->xUnfetch(r, offset, page) : SQLITE_OK;
}

const sqlite3_io_methods faultMethods = {
    3,
    faultClose,
    faultRead,
    faultWrite,
    faultTruncate,
    faultSync,
    faultFileSize,
    faultLock,
    faultUnlock,
    faultCheckReservedLock,
    faultFileControl,
    faultSectorSize,
    faultDeviceCharacteristics,
    faultShmMap,
    faultShmLock,
    faultShmBarrier,
    faultShmUnmap,
    faultFetch,
    faultUnfetch,
};

int faultOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<FaultFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    const int rc = realVfs->xOpen(realVfs, name, wrapper->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, so mirror whatever the real xOpen left.
    file->pMethods = wrapper->real->pMethods != nullptr ? &faultMethods : nullptr;
    return rc;
}

// The rest of the VFS forwards to the real one, passing the real VFS: its methods read their own
// pAppData and mxPathname.
int faultDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return realVfs->xDelete(realVfs, name, syncDir);
}

int faultAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return realVfs->xAccess(realVfs, name, flags, result);
}

int faultFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}

void* faultDlOpen(sqlite3_vfs*, const char* name)
{
    return realVfs->xDlOpen(realVfs, name);
}

void faultDlError(sqlite3_vfs*, int size, char* message)
{
    realVfs->xDlError(realVfs, size, message);
}

void (*faultDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return realVfs->xDlSym(realVfs, handle, symbol);
}

void faultDlClose(sqlite3_vfs*, void* handle)
{
    realVfs->xDlClose(realVfs, handle);
}

int faultRandomness(sqlite3_vfs*, int size, char* out)
{
    return realVfs->xRandomness(realVfs, size, out);
}

int faultSleep(sqlite3_vfs*, int microseconds)
{
    return realVfs->xSleep(realVfs, microseconds);
}

int faultCurrentTime(sqlite3_vfs*, double* now)
{
    return realVfs->xCurrentTime(realVfs, now);
}

int faultGetLastError(sqlite3_vfs*, int size, char* message)
{
    return realVfs->xGetLastError(realVfs, size, message);
}

int faultCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    return realVfs->xCurrentTimeInt64(realVfs, now);
}

} // namespace

void FaultVfs::install()
{
    if (realVfs != nullptr) {
        return;
    }
    realVfs = sqlite3_vfs_find(nullptr);
    if (realVfs == nullptr) {
        std::abort(); // no default VFS: SQLite itself is broken, nothing below can run
    }
    std::memset(&faultVfs, 0, sizeof faultVfs);
    // Version 2 is all the store needs; the system-call overrides of version 3 are test hooks of SQLite's own.
    faultVfs.iVersion = 2;
    faultVfs.szOsFile = int(sizeof(FaultFile)) + realVfs->szOsFile;
    faultVfs.mxPathname = realVfs->mxPathname;
    faultVfs.zName = "rc-fault";
    faultVfs.xOpen = faultOpen;
    faultVfs.xDelete = faultDelete;
    faultVfs.xAccess = faultAccess;
    faultVfs.xFullPathname = faultFullPathname;
    faultVfs.xDlOpen = faultDlOpen;
    faultVfs.xDlError = faultDlError;
    faultVfs.xDlSym = faultDlSym;
    faultVfs.xDlClose = faultDlClose;
    faultVfs.xRandomness = faultRandomness;
    faultVfs.xSleep = faultSleep;
    faultVfs.xCurrentTime = faultCurrentTime;
    faultVfs.xGetLastError = faultGetLastError;
    faultVfs.xCurrentTimeInt64 = faultCurrentTimeInt64;
    if (sqlite3_vfs_register(&faultVfs, 1) != SQLITE_OK) {
        std::abort();
    }
}

void FaultVfs::arm(FaultOp op, int k, int errorCode, FaultMode mode)
{
    state = FaultState{true, op, k, errorCode, mode, 0, 0, 0};
}

void FaultVfs::disarm()
{
    state = FaultState{};
}

int FaultVfs::writes()
{
    return state.writes;
}

int FaultVfs::syncs()
{
    return state.syncs;
}

int FaultVfs::injected()
{
    return state.injected;
}

} // namespace rc::core::test
