#!/usr/bin/env bash
# Install size and time as a user sees them: packs microcred and @microcred/cli (packages/cli),
# then installs each into a fresh project with an empty npm cache (from the registry, so this
# needs the network) and reports packages, node_modules size, wall time, whether anything was
# compiled and any EBADENGINE warning (run it with the lowest Node in engines, 20).
#
#   npm run build && scripts/measure-install.sh [work dir, default a new temp dir]
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d -t microcred-install-XXXXXX)}
mkdir -p "$work/tarballs"
[ -f "$repo/dist/index.js" ] || { echo "build first: npm run build" >&2; exit 2; }

(cd "$repo" && npm pack --silent --ignore-scripts --pack-destination "$work/tarballs" >/dev/null)
(cd "$repo/packages/cli" && npm pack --silent --ignore-scripts --pack-destination "$work/tarballs" >/dev/null)
core=$(ls "$work"/tarballs/microcred-[0-9]*.tgz)
cli=$(ls "$work"/tarballs/microcred-cli-*.tgz)

# measure <label> <tarball>...: a fresh project, a fresh cache, one `npm install`.
measure() {
  local label=$1; shift
  local project="$work/$label" cache="$work/cache-$label"
  rm -rf "$project" "$cache"; mkdir -p "$project"
  (cd "$project" && npm init -y >/dev/null)
  local start end
  start=$(date +%s.%N)
  (cd "$project" && npm install --cache "$cache" --no-audit --no-fund --foreground-scripts "$@" >"$project/install.log" 2>&1)
  end=$(date +%s.%N)
  local packages size compiled prebuilt engines
  packages=$(cd "$project" && npm ls --all --parseable 2>/dev/null | tail -n +2 | sort -u | wc -l)
  size=$(du -sh "$project/node_modules" | cut -f1)
  # node-gyp leaves build/ with a Makefile (or config.gypi) behind; prebuild-install does not.
  compiled=$(find "$project/node_modules" -path '*/build/config.gypi' -printf '%h\n' 2>/dev/null | sed "s|$project/node_modules/||; s|/build$||" | sort -u | paste -sd, -)
  prebuilt=$(find "$project/node_modules" -name '*.node' -path '*/build/Release/*' 2>/dev/null | wc -l)
  engines=$(grep -o "EBADENGINE.*" "$project/install.log" | head -3 | paste -sd';' - || true)
  printf '%-12s packages=%-4s size=%-6s time=%6.1fs compiled=%s native-addons=%s ebadengine=%s\n' \
    "$label" "$packages" "$size" "$(echo "$end - $start" | bc)" "${compiled:-none}" "$prebuilt" "${engines:-none}"
}

echo "node $(node -v), npm $(npm -v); tarballs: $(du -h "$core" | cut -f1) $(basename "$core"), $(du -h "$cli" | cut -f1) $(basename "$cli")"
measure verify-only "$core"
# @microcred/cli depends on microcred@<same version>, which is not on the registry before it is
# published: the tarball given alongside satisfies it.
measure cli "$core" "$cli"
(cd "$work/cli" && npx --no-install microcred --version >/dev/null) && echo "cli: npx microcred --version runs"
echo "logs and projects in $work"
