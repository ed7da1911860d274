#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Shared by run.sh and test.sh: install Debian 12 packages (sudo only when not root)
# and build with CMake presets.
set -euo pipefail

MS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# What building and running needs.
MS_BUILD_PACKAGES=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl1-mesa-dev
  nlohmann-json3-dev libspdlog-dev libcli11-dev libcurl4-openssl-dev libgtest-dev libbenchmark-dev
  fonts-dejavu-core
  qt6-translations-l10n  # Qt's own Turkish (qtbase_tr.qm) for standard buttons and dialogs
)
# What the tests need on top: PDF text/font readers, an X server for screenshots,
# and the Turkish and German locales for the locale cases (C01, C04).
MS_TEST_PACKAGES=(poppler-utils xvfb xauth locales python3-jsonschema)

ms_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# ms_install PACKAGE...: installs the packages that are not installed yet.
ms_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "==> Installing Debian packages: ${missing[*]}"
  ms_sudo apt-get update -q
  ms_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# ms_locales: makes sure tr_TR.UTF-8 and de_DE.UTF-8 exist (tests switch to them).
ms_locales() {
  if locale -a 2>/dev/null | grep -qi '^tr_TR\.utf8$' && locale -a 2>/dev/null | grep -qi '^de_DE\.utf8$'; then
    return 0
  fi
  echo "==> Generating the tr_TR.UTF-8 and de_DE.UTF-8 locales"
  ms_sudo sed -i -E 's/^# *(tr_TR\.UTF-8 UTF-8)/\1/; s/^# *(de_DE\.UTF-8 UTF-8)/\1/' /etc/locale.gen
  ms_sudo locale-gen
}

# ms_build PRESET: configures and builds with a CMake preset (see CMakePresets.json).
ms_build() {
  local preset="$1"
  cd "$MS_ROOT"
  echo "==> Configuring (preset $preset)"
  cmake --preset "$preset"
  echo "==> Building"
  cmake --build --preset "$preset" -j "$(nproc)"
}
