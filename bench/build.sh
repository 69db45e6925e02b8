#!/usr/bin/env bash
# Builds a generated content root of COUNT entries and prints wall time and peak memory.
# Usage: npm run bench:build -- [count]
set -euo pipefail
count="${1:-10000}"
content="bench/out/content-$count"
npm run --silent bench:generate -- "$content" "$count"
rm -rf "bench/out/dist-$count" "bench/out/cache-$count"
GTM_CONTENT_DIR="$content" GTM_CACHE_DIR="bench/out/cache-$count" \
  /usr/bin/time -f 'wall_seconds=%e peak_rss_kb=%M' \
  npx astro build --outDir "bench/out/dist-$count" 2>&1 \
  | grep -v MODULE_LEVEL_DIRECTIVE | grep -E 'page\(s\) built|Indexed|Complete|wall_seconds|error|Error' || true
echo "pages: $(find "bench/out/dist-$count" -name '*.html' | wc -l)"
