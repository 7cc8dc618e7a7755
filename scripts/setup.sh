#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: installs the Debian 12 packages that are missing, then
# configures and builds the given CMake preset. Safe to run again: it only installs what is missing.
set -euo pipefail

RC_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    qt6-multimedia-dev qt6-speech-dev qt6-speech-flite-plugin qt6-declarative-dev
    qt6-tools-dev qt6-l10n-tools
    libsqlite3-dev libgtest-dev libgmock-dev googletest libbenchmark-dev
    xvfb xauth dbus-daemon dbus-bin
    clang-14 libclang-rt-14-dev
    librsvg2-bin scdoc desktop-file-utils appstream
    dpkg-dev file lintian
    systemd
)
# librsvg2-bin and scdoc render the icons and build the manual page (resources/CMakeLists.txt);
# desktop-file-utils and appstream validate the desktop file and metainfo (tests/package); dpkg-dev and file
# are what cpack's shlibdeps runs, lintian checks the package (scripts/package); systemd's systemd-analyze
# verifies the reminder's timer units (tests/ui/reminders).

rc_install_missing() {
    local missing=()
    local pkg
    for pkg in "${RC_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

rc_build() {
    local preset="$1"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}
