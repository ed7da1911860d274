#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and starts ModelScout on the bundled catalog.
# Without a display it ranks the bundled catalog with the CLI and writes the PDF
# report instead (and says so).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ms_install "${MS_BUILD_PACKAGES[@]}"
ms_build default

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  echo "==> Starting ModelScout"
  exec "$MS_ROOT/build/src/app/modelscout" "$@"
fi

echo "==> No display found (DISPLAY and WAYLAND_DISPLAY are unset): ranking the bundled"
echo "    catalog with the command-line tool under the guide's profile instead."
"$MS_ROOT/build/src/cli/modelscout-cli" rank --profile guide --pdf "$MS_ROOT/modelscout-report.pdf"
echo "==> Open $MS_ROOT/modelscout-report.pdf to read the report."
