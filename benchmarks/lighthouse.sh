#!/usr/bin/env bash
# Lighthouse (npm "lighthouse", pinned in benchmarks/lighthouse/package-lock.json) over the main page
# kinds of a built site, mobile form factor (Lighthouse's default: simulated slow 4G, 4x CPU
# slowdown), with the system Chromium (CHROME_PATH). Each page is measured RUNS times (default 3);
# prints per page the median of each of the four category scores with the range, then the audits
# that fail in the median-performance run. A figure to read, NOT a test (nothing here fails).
#
#   benchmarks/lighthouse.sh [SITE_DIR]        # default: site/ (run `thiduua build` first)
#   RUNS=5 benchmarks/lighthouse.sh            # more runs per page
#   PAGES="tien-do/ hoi-dap/" benchmarks/lighthouse.sh   # only these addresses
#
# Lighthouse scales its CPU figures by the host's speed (its "benchmarkIndex", printed): on a
# loaded machine (index under ≈ 1000) Total Blocking Time and so the performance score drop.
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-site}"
runs="${RUNS:-3}"
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
# A person page with a portrait (the exemplary people's pages carry one), else the first person.
person=$(grep -l '<img' "$site"/ca-nhan/*/index.html 2>/dev/null | sort | head -n 1 | sed "s|^$site/||; s|index.html$||" || true)
if [ -n "${PAGES:-}" ]; then
  read -r -a pages <<<"$PAGES"
  pages=("${pages[@]/#\//}")
else
  pages=("" "$(first ke-hoach)" "tien-do/" "$(first vinh-danh)" "$(first quyet-dinh)" "${person:-$(first ca-nhan)}" "guong-dien-hinh/" "don-vi/" "hoi-dap/")
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 benchmarks/lighthouse_server.py "$site" "$port" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break; sleep 0.1; done

out=$(mktemp -d)
echo "Lighthouse $("$here/node_modules/.bin/lighthouse" --version), $("$CHROME_PATH" --version 2>/dev/null | head -n 1), $runs runs per page, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %-16s %-16s %-16s %-16s %s\n' page performance accessibility best-practices seo benchmarkIndex
for path in "${pages[@]}"; do
  name=$(echo "${path:-home}" | tr '/' '_')
  for run in $(seq "$runs"); do
    "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$path" --quiet --output=json --output-path="$out/$name.$run.json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || echo "${path:-/}: lighthouse run $run failed"
  done
  python3 - "${path:-/}" "$out/$name".*.json <<'PY'
import json, statistics, sys
label, files = sys.argv[1], sys.argv[2:]
reports = [json.load(open(f, encoding="utf-8")) for f in files]
if not reports:
    sys.exit(0)
categories = ("performance", "accessibility", "best-practices", "seo")
def score(report, category):
    return round(100 * (report["categories"][category]["score"] or 0))
cells = []
for category in categories:
    values = sorted(score(r, category) for r in reports)
    cells.append(f"{round(statistics.median(values))} ({values[0]}–{values[-1]})")
bench = sorted(round(r["environment"]["benchmarkIndex"]) for r in reports)
print(f"{label:<40} " + " ".join(f"{c:<16}" for c in cells) + f" {bench[0]}–{bench[-1]}")
median_run = sorted(reports, key=lambda r: score(r, "performance"))[len(reports) // 2]
metrics = {"FCP": "first-contentful-paint", "LCP": "largest-contentful-paint", "TBT": "total-blocking-time", "CLS": "cumulative-layout-shift", "SI": "speed-index"}
print(f"    median run ({score(median_run, 'performance')}): " + ", ".join(f"{short} {median_run['audits'][m].get('displayValue', '')}" for short, m in metrics.items()))
for audit in median_run["audits"].values():
    if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings"):
        print(f"    {audit['id']}: {audit.get('displayValue', '')} {audit['title']}")
PY
done
echo "reports: $out"
