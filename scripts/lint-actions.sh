#!/usr/bin/env bash
# Lints the GitHub Actions files of this repository:
#   - actionlint (github.com/rhysd/actionlint, built from the Go module proxy) on every workflow file: syntax,
#     expressions, action inputs and outputs; for `uses: ./` it also reads action.yml, so the self-test workflow
#     checks the action's inputs and outputs as it uses them. With shellcheck on the PATH it also checks the
#     workflows' run scripts.
#   - check-jsonschema (PyPI) on action.yml against its bundled copy of SchemaStore's action metadata schema
#     (vendor.github-actions), and on the workflows against SchemaStore's workflow schema (vendor.github-workflows):
#     actionlint reads action metadata but does not validate it as a whole.
#   - shellcheck (when installed) on action.yml's run scripts, and scripts/test-action.sh, which runs those steps.
#
# Usage: scripts/lint-actions.sh
# Tools are cached under ${VNETLINT_CACHE:-$HOME/.cache/vnetlint}; the first run needs Go 1.24+ and python3.
set -euo pipefail

readonly ACTIONLINT_VERSION="1.7.12"
readonly CHECK_JSONSCHEMA_VERSION="0.39.0"

die() {
  echo "lint-actions: $*" >&2
  exit 1
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache="${VNETLINT_CACHE:-$HOME/.cache/vnetlint}"

actionlint_dir="$cache/actionlint-$ACTIONLINT_VERSION"
actionlint="$actionlint_dir/actionlint"
if [[ ! -x "$actionlint" ]]; then
  command -v go >/dev/null || die "go is needed to build actionlint $ACTIONLINT_VERSION"
  echo "lint-actions: building actionlint $ACTIONLINT_VERSION into $actionlint_dir" >&2
  mkdir -p "$actionlint_dir"
  GOBIN="$actionlint_dir" GOFLAGS=-mod=mod go install "github.com/rhysd/actionlint/cmd/actionlint@v$ACTIONLINT_VERSION" \
    || die "go install of actionlint $ACTIONLINT_VERSION failed"
fi
"$actionlint" -version | head -1 | grep -qx "v$ACTIONLINT_VERSION" || die "unexpected actionlint $("$actionlint" -version | head -1)"

venv="$cache/check-jsonschema-$CHECK_JSONSCHEMA_VERSION"
if [[ ! -x "$venv/bin/check-jsonschema" ]]; then
  echo "lint-actions: installing check-jsonschema $CHECK_JSONSCHEMA_VERSION into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "check-jsonschema==$CHECK_JSONSCHEMA_VERSION" \
    || die "pip install check-jsonschema==$CHECK_JSONSCHEMA_VERSION failed"
fi

cd "$repo"
mapfile -t workflows < <(find .github/workflows docs/examples -type f \( -name '*.yml' -o -name '*.yaml' \) | LC_ALL=C sort)
[[ ${#workflows[@]} -gt 0 ]] || die "no workflow files found"

echo "lint-actions: actionlint $ACTIONLINT_VERSION on ${workflows[*]}"
"$actionlint" -no-color "${workflows[@]}"

echo "lint-actions: check-jsonschema $CHECK_JSONSCHEMA_VERSION (SchemaStore github-action) on action.yml"
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml
echo "lint-actions: check-jsonschema $CHECK_JSONSCHEMA_VERSION (SchemaStore github-workflow) on the workflows"
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows "${workflows[@]}"

# The composite action's run scripts: actionlint only shellchecks workflows, so they are extracted and checked here
# as actionlint would (bash, the expressions replaced by a placeholder word).
if command -v shellcheck >/dev/null; then
  echo "lint-actions: shellcheck on action.yml's run scripts"
  scripts_dir=$(mktemp -d)
  trap 'rm -rf "$scripts_dir"' EXIT
  "$venv/bin/python" - action.yml "$scripts_dir" <<'PY'
import re, sys
from ruamel.yaml import YAML  # check-jsonschema's YAML library, already in its environment
action, out = sys.argv[1], sys.argv[2]
for i, step in enumerate(YAML(typ="safe").load(open(action))["runs"]["steps"]):
    if "run" in step:
        body = re.sub(r"\$\{\{.*?\}\}", "_expr_", step["run"])
        with open(f"{out}/step-{i + 1}.sh", "w") as f:
            f.write("#!/usr/bin/env bash\n# " + step.get("name", "") + "\n" + body)
PY
  shellcheck --shell=bash --severity=style "$scripts_dir"/*.sh
else
  echo "lint-actions: shellcheck not installed: action.yml's run scripts not checked (apt-get install shellcheck)"
fi

# The action's own shell steps, run here as the runner runs them.
"$repo/scripts/test-action.sh" "$venv/bin/python"

echo "lint-actions: all action and workflow files passed"
