#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the README screenshots under Xvfb from a built tree (scripts/run.sh or
# scripts/test.sh builds it). Needs xvfb (installed by scripts/test.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="$root/build/src/app/modelscout"
mkdir -p "$root/docs/images"
[ -x "$app" ] || { echo "build the app first: $app is missing" >&2; exit 1; }
LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" "$app" --screenshot "$root/docs/images/main-window.png"
echo "wrote docs/images/main-window.png"
