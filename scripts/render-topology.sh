#!/usr/bin/env bash
# Renders the topology of examples/ for the docs: docs/topology-examples.md (Markdown with the Mermaid diagram and
# the reachability table, as `vnetlint graph` prints it; GitHub renders it), and docs/topology-examples.svg and .png
# from the DOT output through Graphviz. A docs step, not part of `mvn verify`.
#
# Usage: scripts/render-topology.sh [--check-mermaid]
#   --check-mermaid  also renders the Mermaid diagram with Mermaid CLI (mmdc) in headless Chromium, to check that it
#                    parses and draws; needs MMDC=<path to mmdc> (npm @mermaid-js/mermaid-cli, installed with
#                    PUPPETEER_SKIP_DOWNLOAD=1) and Chromium at ${CHROMIUM:-/usr/bin/chromium}.
# Needs: JDK 17+, Maven (./vnetlint builds the jar), Graphviz `dot` (Debian: apt-get install graphviz).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
if ! command -v dot >/dev/null; then
  echo "render-topology: Graphviz 'dot' is not installed (apt-get install graphviz)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./vnetlint graph examples --format mermaid --output docs/topology-examples.md
./vnetlint graph examples --format dot --output "$work/examples.dot"
dot -Tsvg "$work/examples.dot" -o docs/topology-examples.svg
dot -Tpng -Gdpi=110 "$work/examples.dot" -o docs/topology-examples.png
echo "wrote docs/topology-examples.md, docs/topology-examples.svg, docs/topology-examples.png"

if [ "${1:-}" = "--check-mermaid" ]; then
  : "${MMDC:?set MMDC to the mmdc executable}"
  cat > "$work/puppeteer.json" <<JSON
{"executablePath": "${CHROMIUM:-/usr/bin/chromium}",
 "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync"]}
JSON
  awk '/^```mermaid/{f=1;next} /^```/{f=0} f' docs/topology-examples.md > "$work/examples.mmd"
  "$MMDC" -p "$work/puppeteer.json" -i "$work/examples.mmd" -o "$work/examples-mermaid.png" -w 1800 -b white
  mkdir -p target
  cp "$work/examples-mermaid.png" target/topology-examples-mermaid.png
  echo "Mermaid rendered: target/topology-examples-mermaid.png (look at it; it is not committed)"
fi
