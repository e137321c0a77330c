#!/usr/bin/env bash
# Lighthouse (npm "lighthouse", pinned in benchmarks/lighthouse/package-lock.json) over the main page
# kinds of a built site, mobile form factor, with the system Chromium (CHROME_PATH). Prints the four
# category scores per page; a figure to read, NOT a test (nothing here fails the build).
#
#   benchmarks/lighthouse.sh [SITE_DIR]        # default: site/ (run `thiduua build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-site}"
here="benchmarks/lighthouse"
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || echo /usr/bin/chromium)}"

if [ ! -f "$site/index.html" ]; then
  echo "no built site in $site: run .venv/bin/thiduua build first" >&2
  exit 2
fi
if [ ! -x "$here/node_modules/.bin/lighthouse" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi

first() { find "$site/$1" -mindepth 2 -maxdepth 2 -name index.html | sort | head -n 1 | sed "s|^$site/||; s|index.html$||"; }
pages=("" "$(first ke-hoach)" "tien-do/" "$(first vinh-danh)" "$(first quyet-dinh)" "$(first guong-dien-hinh)" "don-vi/" "hoi-dap/")

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 benchmarks/lighthouse_server.py "$site" "$port" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break; sleep 0.1; done

out=$(mktemp -d)
printf '%-44s %11s %13s %14s %4s\n' page performance accessibility best-practices seo
for path in "${pages[@]}"; do
  name=$(echo "${path:-home}" | tr '/' '_')
  "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$path" --quiet --output=json --output-path="$out/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || { echo "${path:-/}: lighthouse failed"; continue; }
  python3 - "$out/$name.json" "${path:-/}" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
scores = [round(100 * (report["categories"][c]["score"] or 0)) for c in ("performance", "accessibility", "best-practices", "seo")]
print(f"{sys.argv[2]:<44} {scores[0]:>11} {scores[1]:>13} {scores[2]:>14} {scores[3]:>4}")
for audit in report["audits"].values():
    if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings"):
        print(f"    {audit['id']}: {audit.get('displayValue', '')} {audit['title']}")
PY
done
echo "reports: $out"
