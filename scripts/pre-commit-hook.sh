#!/usr/bin/env bash
# pre-commit entry point (see .pre-commit-hooks.yaml and docs/pre-commit.md).
#
# pre-commit calls: pre-commit-hook.sh [OPTION...] [--] FILE...
#   OPTIONs are vnetlint scan options written as one argument each (--format=sarif, --fail-on=warning); the first
#   argument that does not start with '-' (or everything after a literal '--') is a changed file.
#
# Rules need the whole resource graph (a peering is checked against the network it points to, a connection
# against both gateways), so scanning only the changed files would miss or invent findings. Instead this scans
# each changed file's top-level directory of the repository (infra/hub/main.tf -> infra), which is where a
# deployment and the resources it references normally live; a changed file at the repository root makes it scan
# the whole repository. The scan runs from the repository root, so reports name files from there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

options=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --) shift; break ;;
    -*) options+=("$1"); shift ;;
    *) break ;;
  esac
done

declare -A seen=()
targets=()
for file in "$@"; do
  file="${file#./}"
  if [[ "$file" == */* ]]; then
    top="${file%%/*}"
  else
    top="."
  fi
  if [[ -z "${seen[$top]:-}" ]]; then
    seen[$top]=1
    targets+=("$top")
  fi
done
if [[ -n "${seen[.]:-}" || ${#targets[@]} -eq 0 ]]; then
  targets=(".")
fi

exec "$here/../vnetlint" scan "${options[@]}" -- "${targets[@]}"
