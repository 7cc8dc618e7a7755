// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileops.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace rc::core {

namespace {

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

ErrorCode codeFor(const std::error_code& error)
{
    if (error == std::errc::no_space_on_device) {
        return ErrorCode::Full;
    }
    if (error == std::errc::permission_denied || error == std::errc::read_only_file_system ||
        error == std::errc::operation_not_permitted) {
        return ErrorCode::ReadOnly;
    }
    return ErrorCode::Io;
}

Status rename(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(fsPath(from), fsPath(to), error);
    if (error) {
        return makeError(codeFor(error), u"Cannot rename %1 to %2: %3."_s.arg(QDir::toNativeSeparators(from),
                                                                              QDir::toNativeSeparators(to),
                                                                              QString::fromLocal8Bit(error.message())));
    }
    return {};
}

} // namespace

Status syncFile(const QString& path)
{
    QFile file(path);
    // ReadWrite: Windows refuses to flush a handle opened for reading only.
    if (!file.open(QIODevice::ReadWrite)) {
        return makeError(ErrorCode::Io,
                         u"Cannot open %1 to sync it: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        return makeError(ErrorCode::Io, u"Cannot sync %1 to the disk."_s.arg(QDir::toNativeSeparators(path)));
    }
#else
    if (!file.flush()) {
        return makeError(ErrorCode::Io, u"Cannot sync %1 to the disk."_s.arg(QDir::toNativeSeparators(path)));
    }
#endif
    return {};
}

void syncDirectory(const QString& directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory)
#endif
}

Status moveFile(const QString& from, const QString& to)
{
    // std::filesystem::rename would replace `to`; a name that is taken is the caller's mistake.
    if (QFileInfo::exists(to)) {
        return makeError(ErrorCode::Io, u"Cannot move %1 to %2: that name is taken."_s.arg(
                                            QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)));
    }
    return rename(from, to);
}

Status replaceFile(const QString& from, const QString& to)
{
    return rename(from, to);
}

} // namespace rc::core
