#!/usr/bin/env bash
# Validates a SARIF file the way GitHub code scanning ingests it, with @microsoft/sarif-multitool's GitHub rules
# (GH1001-GH1007 enabled through shared/sarif/multitool-gh-rules.xml, plus the Ghas rules).
#
# Usage: scripts/validate-sarif.sh <file.sarif>
#
# Exit codes: 0 no error-level result, 1 at least one error-level result, 2 the check could not run.
#
# The multitool is installed with npm into a cache folder and reused:
#   ${VNETLINT_CACHE:-$HOME/.cache/vnetlint}/sarif-multitool
# The shared folder (for the rule configuration) is ${VNETLINT_SHARED:-<repo>/../shared}.
#
# The multitool exits 0 even when it reports errors (with or without --rich-return-code), so this script counts
# the error-level results in the multitool's own output SARIF instead.
set -euo pipefail

readonly MULTITOOL_VERSION="5.7.0"

die() {
  echo "validate-sarif: $*" >&2
  exit 2
}

[[ $# -eq 1 ]] || die "usage: $0 <file.sarif>"
input=$1
[[ -f "$input" ]] || die "no such file: $input"

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$script_dir")
shared_dir=${VNETLINT_SHARED:-"$repo_dir/../shared"}
config="$shared_dir/sarif/multitool-gh-rules.xml"
[[ -f "$config" ]] || die "rule configuration not found: $config (set VNETLINT_SHARED to the shared folder)"

command -v node >/dev/null || die "node is needed (to install the multitool and to count its results)"
command -v npm >/dev/null || die "npm is needed to install @microsoft/sarif-multitool"
[[ "$(uname -s)" == Linux && "$(uname -m)" == x86_64 ]] \
  || die "only linux-x64 is supported (the multitool ships a self-contained linux-x64 binary)"

cache_dir="${VNETLINT_CACHE:-$HOME/.cache/vnetlint}/sarif-multitool"
multitool="$cache_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
installed_version_file="$cache_dir/node_modules/@microsoft/sarif-multitool/package.json"

installed_version() {
  [[ -f "$installed_version_file" ]] || return 0
  node -e 'process.stdout.write(require(process.argv[1]).version)' "$installed_version_file"
}

if [[ ! -f "$multitool" || "$(installed_version)" != "$MULTITOOL_VERSION" ]]; then
  echo "validate-sarif: installing @microsoft/sarif-multitool@$MULTITOOL_VERSION into $cache_dir" >&2
  mkdir -p "$cache_dir"
  # A package.json of its own keeps npm from attaching the install to an enclosing project.
  [[ -f "$cache_dir/package.json" ]] \
    || printf '{\n  "name": "vnetlint-sarif-multitool",\n  "private": true\n}\n' >"$cache_dir/package.json"
  npm install --prefix "$cache_dir" --no-audit --no-fund "@microsoft/sarif-multitool@$MULTITOOL_VERSION" >&2 \
    || die "npm install of @microsoft/sarif-multitool@$MULTITOOL_VERSION failed"
  [[ -f "$multitool" ]] || die "the install did not provide $multitool (optional dependency @microsoft/sarif-multitool-linux missing?)"
fi
# npm may skip the package's postinstall (chmod u+x) when scripts are not allowed; make sure it can run.
[[ -x "$multitool" ]] || chmod u+x "$multitool"

work_dir=$(mktemp -d)
trap 'rm -rf "$work_dir"' EXIT
output="$work_dir/validation.sarif"
console="$work_dir/console.txt"

# Called directly, not through npx: the npx shim runs a shell that would split "Gh;Ghas" at the ';'.
# Both list options must contain a ';' or the multitool rejects them as "defined with a bad format".
if ! "$multitool" validate --rule-kind "Gh;Ghas" --config "$config" -o "$output" --log "ForceOverwrite;PrettyPrint" \
    "$input" >"$console" 2>&1; then
  cat "$console" >&2
  die "the multitool failed to run"
fi
if [[ ! -s "$output" ]]; then
  cat "$console" >&2
  die "the multitool wrote no output SARIF"
fi

# Lists the error-level results and prints the count; exit status 1 when there is any.
node - "$output" "$input" <<'EOF'
const fs = require("fs");
const [outputPath, inputPath] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(outputPath, "utf8"));

// Multitool results carry a message id plus arguments; the text lives in the rule's messageStrings.
function messageOf(result, rules) {
  const m = result.message || {};
  if (typeof m.text === "string") return m.text;
  const rule = rules[result.ruleIndex] || rules.find((r) => r.id === result.ruleId) || {};
  const template = ((rule.messageStrings || {})[m.id] || {}).text;
  if (!template) return JSON.stringify(m);
  return template.replace(/\{(\d+)\}/g, (_, i) => (m.arguments || [])[Number(i)] ?? "");
}

function whereOf(result) {
  const region = ((((result.locations || [])[0] || {}).physicalLocation || {}).region) || {};
  if (region.startLine === undefined) return inputPath;
  return region.startColumn === undefined
    ? `${inputPath}(${region.startLine})`
    : `${inputPath}(${region.startLine},${region.startColumn})`;
}

let errors = 0;
let warnings = 0;
for (const run of log.runs || []) {
  const rules = ((run.tool || {}).driver || {}).rules || [];
  for (const result of run.results || []) {
    if (result.level === "error") {
      errors++;
      console.log(`${whereOf(result)}: error ${result.ruleId}: ${messageOf(result, rules)}`);
    } else if (result.level === "warning") {
      warnings++;
      console.log(`${whereOf(result)}: warning ${result.ruleId}: ${messageOf(result, rules)}`);
    }
  }
  for (const invocation of run.invocations || []) {
    for (const n of invocation.toolExecutionNotifications || []) {
      if (n.level === "error") {
        errors++;
        console.log(`${inputPath}: error (tool notification): ${(n.message || {}).text}`);
      }
    }
  }
}
console.log(`validate-sarif: ${inputPath}: ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors > 0 ? 1 : 0);
EOF
