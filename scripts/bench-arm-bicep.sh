#!/usr/bin/env bash
# ARM and Bicep front-end throughput over the corpus: the whole front end (read, parse, evaluate, map) on one
# thread. Results go to stdout; docs/benchmarks.md records them.
#
# Usage: scripts/bench-arm-bicep.sh [corpus dir] [warm-up passes] [measured passes]
#   corpus dir defaults to ../shared/corpus next to the repository; passes default to 5 and 10.
# Needs: JDK 17+, Maven (builds parser-bicep-arm's test classes).
# Set BENCH_SKIP_BUILD=1 to reuse parser-bicep-arm/target from an earlier build.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$(cd "${1:-$repo/../shared/corpus}" && pwd)"
warmups="${2:-5}"
runs="${3:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# ARM: every .json file whose text names the deploymentTemplate schema (parameter files are not listed, so each
# template runs once with its defaults). Bicep: every .bicep and .bicepparam file. Paths relative to the corpus.
(cd "$corpus" && find . -type f -name '*.json' -print0 | xargs -0 grep -l -i 'deploymentTemplate\.json' \
  | sed 's|^\./||' | LC_ALL=C sort) > "$work/arm.txt"
(cd "$corpus" && find . -type f \( -name '*.bicep' -o -name '*.bicepparam' \) | sed 's|^\./||' | LC_ALL=C sort) \
  > "$work/bicep.txt"
for kind in arm bicep; do
  echo "files: $kind $(wc -l < "$work/$kind.txt") files, $(cd "$corpus" && xargs -d '\n' cat < "$work/$kind.txt" | wc -c) bytes under $corpus"
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -1)"

cd "$repo"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -pl parser-bicep-arm -am test-compile
fi
mvn -B -q -pl parser-bicep-arm dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$repo/parser-bicep-arm/target/test-classes:$repo/parser-bicep-arm/target/classes:$(cat "$work/cp.txt")"

echo "--- ARM (io.vnetlint.arm.ArmFrontEnd)"
java -cp "$cp" io.vnetlint.arm.bench.FrontEndBenchmark arm "$corpus" "$work/arm.txt" "$warmups" "$runs"

echo "--- Bicep (io.vnetlint.bicep.BicepFrontEnd)"
if [ -f "$repo/parser-bicep-arm/target/classes/io/vnetlint/bicep/BicepFrontEnd.class" ]; then
  java -cp "$cp" io.vnetlint.arm.bench.FrontEndBenchmark bicep "$corpus" "$work/bicep.txt" "$warmups" "$runs"
else
  echo "BicepFrontEnd is not built yet: skipped"
fi
