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

# Plain arrays and a linear search: macOS still ships bash 3.2, which has no associative arrays.
targets=()
whole_repository=false
for file in "$@"; do
  file="${file#./}"
  if [[ "$file" != */* ]]; then
    whole_repository=true
    continue
  fi
  top="${file%%/*}"
  known=false
  for t in ${targets[@]+"${targets[@]}"}; do
    [[ "$t" == "$top" ]] && known=true
  done
  $known || targets+=("$top")
done
if $whole_repository || [[ ${#targets[@]} -eq 0 ]]; then
  targets=(".")
fi

exec "$here/../vnetlint" scan ${options[@]+"${options[@]}"} -- "${targets[@]}"
