#!/usr/bin/env bash
# HCL parse throughput: vnetlint's parser next to HashiCorp's (hashicorp/hcl v2.23.0 via @cdktf/hcl2json@0.21.0,
# WASM on Node) over the same .tf files in the same run. Results go to stdout; docs/benchmarks.md records them.
#
# Usage: scripts/bench-hcl.sh [corpus dir] [warm-up passes] [measured passes]
#   corpus dir defaults to ../shared/corpus next to the repository; passes default to 10 and 10.
# Needs: JDK 17+, Maven (builds parser-hcl's test classes), Node 18+ and npm (installs the pinned package).
# Set BENCH_SKIP_BUILD=1 to reuse parser-hcl/target from an earlier build.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$repo/../shared/corpus}"
warmups="${2:-10}"
runs="${3:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The same file list for both sides: every .tf file of the corpus, sorted.
find "$(cd "$corpus" && pwd)" -type f -name '*.tf' | LC_ALL=C sort > "$work/files.txt"
echo "files: $(wc -l < "$work/files.txt") .tf files, $(xargs -d '\n' cat < "$work/files.txt" | wc -c) bytes under $corpus"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -1), node $(node --version)"

cd "$repo"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -pl parser-hcl -am test-compile
fi
mvn -B -q -pl parser-hcl dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$repo/parser-hcl/target/test-classes:$repo/parser-hcl/target/classes:$repo/model/target/classes:$(cat "$work/cp.txt")"

echo "--- vnetlint (io.vnetlint.hcl.oracle.HclParseBenchmark, one thread)"
java -cp "$cp" io.vnetlint.hcl.oracle.HclParseBenchmark "$work/files.txt" "$warmups" "$runs"

echo "--- HashiCorp hcl v2.23.0 (@cdktf/hcl2json@0.21.0 parse, WASM on Node)"
npm ci --prefix "$repo/scripts/hcl2json" --no-audit --no-fund --silent
node "$repo/scripts/hcl2json/bench.js" "$work/files.txt" "$warmups" "$runs"
