#!/usr/bin/env bash
# End-to-end benchmark of issue 8, one command: ./vnetlint scan over the corpus, one quickstart folder and generated
# landing zones of 10 to 100,000 resources (Terraform, Bicep, ARM), next to `java -Xshare:auto -version`, Checkov
# (pinned, in a venv under ~/.cache) on the same corpus, and HashiCorp's HCL parser (scripts/bench-hcl.sh) on the
# same .tf files. Prints medians and writes a Markdown report plus the raw numbers as JSON. docs/benchmarks.md
# records the results. Not part of mvn verify.
#
# Usage: scripts/bench.sh [corpus dir]          (default ../shared/corpus next to the repository)
# Environment (all optional):
#   BENCH_REPS=5          measured runs per scan (after one unmeasured warm-up run); the median is reported
#   BENCH_REPS_LARGE=3    measured runs for the 100,000-resource trees
#   BENCH_SIZES=10,100,1000,10000,100000   BENCH_FORMATS=terraform,bicep,arm
#   BENCH_WORK=/tmp/vnetlint-bench         generated trees, reports, GC log (trees are reused when present)
#   BENCH_SMALL=DIR       the small scan (default: the vnet-to-vnet-bgp quickstart of the corpus)
#   BENCH_SKIP_CHECKOV=1  BENCH_SKIP_HCL=1  skip the side-by-side tools
#   CHECKOV_VERSION=3.3.30 BENCH_CHECKOV_REPS=1 BENCH_CHECKOV_TIMEOUT=3600
# Needs: JDK 17+, Maven, Python 3.9+ (stdlib; venv and pip for Checkov), Node 18+ and npm (for hcl2json).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$(cd "${1:-$repo/../shared/corpus}" && pwd)"
# Outside the checkout: ./vnetlint's staleness check walks the checkout, and 100k trees would slow it down.
work="${BENCH_WORK:-${TMPDIR:-/tmp}/vnetlint-bench}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
small="${BENCH_SMALL:-$corpus/theonesmitty__Templates/quickstarts/microsoft.network/vnet-to-vnet-bgp}"
stamp="$(date -u +%Y%m%d-%H%M)"

echo "== build (./vnetlint builds cli/target/vnetlint.jar when it is missing or stale)"
"$repo/vnetlint" --version

checkov_args=()
if [ "${BENCH_SKIP_CHECKOV:-0}" != 1 ]; then
  version="${CHECKOV_VERSION:-3.3.30}"
  venv="$HOME/.cache/vnetlint-bench/checkov-$version"
  if [ ! -x "$venv/bin/checkov" ]; then
    echo "== installing checkov==$version into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "checkov==$version"
  fi
  checkov_args=(--checkov "$venv/bin/checkov" --checkov-reps "${BENCH_CHECKOV_REPS:-1}"
                --checkov-timeout "${BENCH_CHECKOV_TIMEOUT:-3600}")
fi

hcl_results="$work/hcl-$stamp.txt"
: > "$hcl_results"
if [ "${BENCH_SKIP_HCL:-0}" != 1 ]; then
  echo "== HCL parse throughput, corpus .tf files (scripts/bench-hcl.sh)"
  "$repo/scripts/bench-hcl.sh" "$corpus" 10 10 | tee /dev/stderr | sed -n 's/^RESULT/corpus RESULT/p' >> "$hcl_results"
  tree="$work/trees/terraform-10000"
  [ -f "$tree/landing-zone.json" ] || python3 "$repo/scripts/gen-landing-zone.py" --format terraform --resources 10000 --out "$tree"
  echo "== HCL parse throughput, generated Terraform landing zone of 10,000 resources"
  BENCH_SKIP_BUILD=1 "$repo/scripts/bench-hcl.sh" "$tree" 10 10 | tee /dev/stderr \
    | sed -n 's/^RESULT/generated-10k RESULT/p' >> "$hcl_results"
fi

echo "== end-to-end scans"
uptime
python3 "$repo/scripts/bench_run.py" --vnetlint "$repo/vnetlint" --generator "$repo/scripts/gen-landing-zone.py" \
  --corpus "$corpus" --small "$small" --work "$work" --out "$work/results-$stamp.md" \
  --reps "${BENCH_REPS:-5}" --reps-large "${BENCH_REPS_LARGE:-3}" \
  --sizes "${BENCH_SIZES:-10,100,1000,10000,100000}" --formats "${BENCH_FORMATS:-terraform,bicep,arm}" \
  --hcl-results "$hcl_results" "${checkov_args[@]}"
uptime
echo
cat "$work/results-$stamp.md"
