#!/usr/bin/env bash
# Time from launch until the app's window maps, under Xvfb, on the small demo
# (docs/packaging.md, "Budgets"). Needs: apt-get install xvfb xdotool imagemagick
#   scripts/measure_startup.sh [APP] [RUNS] [SCREENSHOT.png]
# APP defaults to the one-folder build; the first run makes the demo and is not counted.
set -euo pipefail
APP=${1:-dist/jituan-desktop/jituan-desktop}
RUNS=${2:-5}
SHOT=${3:-}
DISPLAY_NUM=:97
WORK=$(mktemp -d)
trap 'kill $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT
Xvfb $DISPLAY_NUM -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
export DISPLAY=$DISPLAY_NUM HOME=$WORK XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
unset QT_QPA_PLATFORM
sleep 1

launch() {  # sets T to the seconds until a window of the app is mapped, leaves it running
    local start end
    start=$(date +%s.%N)
    "$APP" --demo --data-dir "$WORK/demo" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    xdotool search --sync --onlyvisible --pid "$APP_PID" >/dev/null
    end=$(date +%s.%N)
    T=$(echo "$end - $start" | bc)
}

launch; first=$T; sleep 2; kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
echo "first start (makes the demo): ${first} s"
times=()
for i in $(seq "$RUNS"); do
    launch
    times+=("$T")
    if [ "$i" -eq "$RUNS" ] && [ -n "$SHOT" ]; then
        sleep 2
        import -window root "$SHOT"
    fi
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "start to window, %d runs: median %.2f s (min %.2f, max %.2f)\n", NR, a[int((NR+1)/2)], a[1], a[NR]}'
