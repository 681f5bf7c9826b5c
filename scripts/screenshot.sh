#!/usr/bin/env bash
# Makes docs/screenshot.png: serves the sample stories from a scratch data dir and photographs a page with headless
# Chromium (Debian's `chromium` package). Usage: [SCREENSHOT_SIZE=W,H] scripts/screenshot.sh [PATH|story] (default: the
# story list; `story` is the first story's page).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "needs chromium: apt-get install chromium" >&2; exit 2; }
data=$(mktemp -d)
port=18089
node bin/storyline --data "$data" serve --examples --port "$port" >"$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
path=${1:-/}
if [ "$path" = "story" ]; then
  path=$(curl -sf "http://127.0.0.1:$port/api/stories" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log("/stories/"+JSON.parse(s).stories[0].id))')
fi
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$data/chrome" --hide-scrollbars \
  --window-size="${SCREENSHOT_SIZE:-1000,1250}" --screenshot="$PWD/docs/screenshot.png" "http://127.0.0.1:$port$path" 2>/dev/null
echo "docs/screenshot.png ← http://127.0.0.1:$port$path"
