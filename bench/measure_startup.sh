#!/bin/sh
# SPDX-License-Identifier: MIT
# Start-up time of the desktop app with the bundled catalog (docs/performance.md,
# "Desktop app"): runs `modelscout --measure-startup` N times (default 10) on the
# offscreen platform with a fresh settings folder, and prints, per run, the app's own
# figure (main() to the first paint with the event loop idle) and the wall-clock time
# from the fork to the exit; then the median of each.
#   bench/measure_startup.sh build/src/app/modelscout [runs]
set -eu
app=${1:?usage: measure_startup.sh path/to/modelscout [runs]}
runs=${2:-10}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
inner=""
wall=""
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    line=$(HOME="$home" XDG_CONFIG_HOME="$home/config" QT_QPA_PLATFORM=offscreen "$app" --measure-startup 2>/dev/null)
    end=$(date +%s%N)
    ms=$(printf '%s\n' "$line" | sed -n 's/^startup: \([0-9]*\) ms.*/\1/p')
    w=$(( (end - start) / 1000000 ))
    echo "run $((i + 1)): ${ms} ms in the app, ${w} ms wall"
    inner="$inner $ms"
    wall="$wall $w"
    i=$((i + 1))
done
median() { printf '%s\n' $1 | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "median: $(median "$inner") ms in the app (target 300), $(median "$wall") ms wall"
