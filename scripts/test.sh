#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and runs every test (headless).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ms_install "${MS_BUILD_PACKAGES[@]}" "${MS_TEST_PACKAGES[@]}"
ms_locales
# CI builds with warnings as errors; elsewhere the default preset.
preset=default
if [ "${CI:-}" = "true" ]; then preset=ci; fi
ms_build "$preset"
echo "==> Testing"
cd "$MS_ROOT"
ctest --preset "$preset" -j "$(nproc)"
