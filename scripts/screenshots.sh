#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the README screenshots under Xvfb from a built tree (scripts/run.sh or
# scripts/test.sh builds it): the main window, the compare window and the sensitivity
# window, in English (docs/images/NAME.png) and in Turkish (docs/images/NAME-tr.png).
# Needs xvfb (installed by scripts/test.sh). Usage: scripts/screenshots.sh [BUILD_DIR]
# (default: build). The stored settings and last scenario are not used: each run gets
# a home folder of its own, so the pictures show the bundled catalog's first profile.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
app="$build/src/app/modelscout"
out="$root/docs/images"
mkdir -p "$out"
[ -x "$app" ] || { echo "build the app first: $app is missing" >&2; exit 1; }

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

# shot FILE LANG LOCALE [ARGS...]: one picture; LOCALE is the system locale it runs in.
shot() {
  local file="$1" lang="$2" locale="$3"
  shift 3
  HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    LANG="$locale" LC_ALL="" LANGUAGE="" \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --lang "$lang" --screenshot "$out/$file" "$@"
  echo "wrote docs/images/$file"
}

for lang in en tr; do
  if [ "$lang" = en ]; then suffix=""; locale=C.UTF-8; else suffix="-tr"; locale=tr_TR.UTF-8; fi
  shot "main-window$suffix.png" "$lang" "$locale"
  shot "compare$suffix.png" "$lang" "$locale" --view compare
  shot "sensitivity$suffix.png" "$lang" "$locale" --view sensitivity
done
