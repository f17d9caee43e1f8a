#!/usr/bin/env bash
# Lighthouse audit of the built app (dist/), served gzip-compressed on 127.0.0.1 as a static
# host serves it: performance, accessibility, best practices and SEO, on a phone (mobile form
# factor) and on a desktop. Installs Lighthouse (tools/audit, pinned) on first use. Prints the
# scores and metrics per run, with Lighthouse's simulated throttling (its default) and with
# DevTools throttling (the page really runs on a slowed network and CPU). A benchmark, not a test.
#   bash scripts/lighthouse.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/env.sh"
runs=${1:-3}
[ -f dist/index.html ] || { echo "no dist/: run trunk build --release first" >&2; exit 1; }
if [ ! -x tools/audit/node_modules/.bin/lighthouse ]; then
  (cd tools/audit && npm ci --no-audit --no-fund --loglevel=error)
fi
out=tests/e2e/output/lighthouse
mkdir -p "$out"
port=$((20000 + RANDOM % 20000))
node tests/e2e/serve.mjs dist "$port" / --gzip >/dev/null &
server=$!
trap 'kill $server' EXIT
sleep 1
for form in mobile desktop; do
  preset=(); [ "$form" = desktop ] && preset=(--preset=desktop)
  for method in simulate devtools; do
    for run in $(seq 1 "$runs"); do
      report="$out/$form-$method-$run.json"
      CHROME_PATH=/usr/bin/chromium tools/audit/node_modules/.bin/lighthouse "http://127.0.0.1:$port/" \
        --only-categories=performance,accessibility,best-practices,seo --form-factor="$form" "${preset[@]}" \
        --throttling-method="$method" --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
        --output=json --output-path="$report" --quiet
      node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const v = (k) => r.audits[k].displayValue;
        const score = (c) => Math.round(r.categories[c].score * 100);
        const failed = Object.values(r.categories).flatMap((c) => c.auditRefs)
          .map((a) => r.audits[a.id]).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id);
        console.log(`${process.argv[2]} ${process.argv[3]} run ${process.argv[4]}:`,
          `performance ${score("performance")} | accessibility ${score("accessibility")}`,
          `| best practices ${score("best-practices")} | SEO ${score("seo")}`,
          `| FCP ${v("first-contentful-paint")} | LCP ${v("largest-contentful-paint")} | TBT ${v("total-blocking-time")}`,
          `| CLS ${v("cumulative-layout-shift")} | SI ${v("speed-index")}`,
          failed.length ? `| failed: ${failed.join(", ")}` : "");' "$report" "$form" "$method" "$run"
    done
  done
done
