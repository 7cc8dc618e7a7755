// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opening checks and the schema of the session store, internal to it.

#include "result.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace rc::core {

// How long a connection waits for another process's lock before it reports the database busy: long
// enough to outlast another process saving a session, short enough that a stuck lock is reported.
inline constexpr int busyTimeoutMs = 5000;

// The schema version this build writes (SessionStore::schemaVersion): 1 sessions and steps, 2 the record's
// settings and pauses.
inline constexpr int currentSchemaVersion = 2;

// Reads the 100-byte header of an existing file without SQLite, which could create -wal/-shm files
// beside it: a file we refuse must stay exactly as it was. Corrupt when it is not an SQLite file,
// NewerSchema when its user_version is above `supportedVersion`. An empty file passes (SQLite treats
// it as a new database). A file shorter than the header is read again until it is whole or half a
// second is over: it may be another process's database having its first page written.
Status checkFileHeader(const QString& path, int supportedVersion);

Result<int> readUserVersion(sqlite3* db, const QString& path);
Error newerSchemaError(const QString& path, int fileVersion, int supportedVersion);

// Version 0 with tables is somebody else's database: adding ours to it would be a surprise.
Status checkNotForeign(sqlite3* db, const QString& path, int version);

// PRAGMA quick_check; Corrupt naming the first problem it finds.
Status quickCheck(sqlite3* db, const QString& path);

// The objects of a file (a backup, a damaged database) that the app's own schema does not have:
// triggers, views, indexes and tables of somebody else's, as `trigger "wipe"`, in the file's order. They
// are never copied: restore and repair read only our tables' columns. InvalidInput when a table of ours
// that the file's version has is missing there, is not a table, or lacks a column the app reads (a
// version-1 file has no settings or pauses tables, and needs none).
Result<QStringList> foreignSchemaObjects(sqlite3* db, const QString& path);

// Creates or migrates the schema up to `targetVersion` in one BEGIN IMMEDIATE transaction, rolled
// back whole on any error.
Status migrateSchema(sqlite3* db, const QString& path, int targetVersion);

} // namespace rc::core
