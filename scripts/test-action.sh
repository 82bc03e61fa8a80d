#!/usr/bin/env bash
# Runs the shell steps of action.yml here, the way the Actions runner runs them (scripts/action_steps.py), first with
# a stand-in `java` that records its command line (how inputs become options: paths, fail-on, base, extra-args),
# then with the real jar on examples/ (exit code, SARIF, annotations). The setup-java, cache and upload steps are
# GitHub's own actions and are not run here; scripts/lint-actions.sh checks how they are called.
#
# Usage: scripts/test-action.sh <python with ruamel.yaml>    (scripts/lint-actions.sh passes check-jsonschema's)
set -euo pipefail

python=${1:?usage: $0 <python with ruamel.yaml>}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

die() {
  echo "test-action: $*" >&2
  exit 1
}

# step <state> <step name> <expected exit> [input=value ...]: runs one step from the repository root, output in
# $work/out.txt.
step() {
  local state=$1 name=$2 expected=$3 status=0
  shift 3
  mkdir -p "$state"
  (cd "$repo" && "$python" "$repo/scripts/action_steps.py" "$repo/action.yml" "$name" "$state" "$@") \
    >"$work/out.txt" 2>&1 || status=$?
  [[ "$status" -eq "$expected" ]] || { cat "$work/out.txt" >&2; die "step '$name': exit $status, expected $expected"; }
}
output_of() { # output_of <state> <step id> <output>
  "$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]].get(sys.argv[3], ""))' \
    "$1/outputs.json" "$2" "$3"
}
expect() { # expect <actual> <expected> <what>
  [[ "$1" == "$2" ]] || die "$3: got '$1', expected '$2'"
}

# --- Hashing the sources gives the cache keys.
step "$work/hash" "Hash vnetlint's sources" 0
[[ "$(output_of "$work/hash" key sources)" =~ ^[0-9a-f]{32}$ ]] || die "no sources hash"
[[ "$(output_of "$work/hash" key poms)" =~ ^[0-9a-f]{32}$ ]] || die "no poms hash"

# --- A stand-in java records each command line, one argument a line, and exits with $FAKE_JAVA_EXIT.
mkdir -p "$work/bin"
cat >"$work/bin/java" <<'SH'
#!/usr/bin/env bash
n=$(find "$FAKE_JAVA_LOG" -name 'call-*' | wc -l)
printf '%s\n' "$@" >"$FAKE_JAVA_LOG/call-$((n + 1))"
exit "${FAKE_JAVA_EXIT:-0}"
SH
chmod +x "$work/bin/java"
fake() { # fake <exit code> <log dir>: the environment for the stand-in
  mkdir -p "$2"
  export PATH="$work/bin:$PATH" FAKE_JAVA_EXIT=$1 FAKE_JAVA_LOG=$2
}
jar="$repo/cli/target/vnetlint.jar"
args_of() { paste -sd' ' "$1"; }

(
  fake 1 "$work/calls-a"
  step "$work/a" Scan 0 "paths=examples/hub-spoke\nexamples/bicep-vpn-lab" fail-on=warning base=abc123 \
    "extra-args=--var-file env/prod.tfvars  --verbose" sarif-file=out/x.sarif annotations=true
  expect "$(args_of "$work/calls-a/call-1")" "-jar $jar scan --fail-on warning --base abc123 --var-file env/prod.tfvars --verbose --format sarif --output out/x.sarif -- examples/hub-spoke examples/bicep-vpn-lab" "SARIF scan command line"
  expect "$(args_of "$work/calls-a/call-2")" "-jar $jar scan --fail-on warning --base abc123 --var-file env/prod.tfvars --verbose --format github -- examples/hub-spoke examples/bicep-vpn-lab" "annotation scan command line"
  expect "$(output_of "$work/a" scan exit-code)" 1 "exit-code output"
  step "$work/a" "Fail on findings" 1 fail-on=warning
  grep -q "^::error title=vnetlint::findings at or above 'warning'" "$work/out.txt" || die "no failure annotation"
)
echo "test-action: ok: inputs become options (paths, fail-on, base, extra-args, sarif-file, annotations)"

(
  fake 0 "$work/calls-b"
  step "$work/b" Scan 0
  expect "$(args_of "$work/calls-b/call-1")" "-jar $jar scan --fail-on error --format sarif --output vnetlint.sarif -- ." "default command line"
  [[ ! -f "$work/calls-b/call-2" ]] || die "annotations are off by default"
  expect "$(output_of "$work/b" scan exit-code)" 0 "exit-code output"
)
echo "test-action: ok: defaults (no --base when base is empty)"

(
  fake 2 "$work/calls-c"
  step "$work/c" Scan 0
  step "$work/c" "Fail on findings" 1
  grep -q "could not read some input" "$work/out.txt" || die "exit code 2 is not explained"
  fake 137 "$work/calls-d"
  step "$work/d" Scan 137
  grep -q "^::error title=vnetlint::vnetlint ended with exit code 137" "$work/out.txt" || die "a crash is not reported"
)
echo "test-action: ok: unreadable input fails after the upload; a crash fails the scan step"

# --- The real jar on the examples (built by ./vnetlint when stale).
"$repo/vnetlint" --version >/dev/null
step "$work/e" Scan 0 paths=examples "sarif-file=$work/examples.sarif" annotations=true
expect "$(output_of "$work/e" scan exit-code)" 1 "exit-code on examples"
grep -q '"ruleId" *: *"VNL103"' "$work/examples.sarif" || die "no VNL103 in the SARIF"
grep -q '^::error file=examples/hub-spoke/azuredeploy.json,line=[0-9]*,.*title=VNL103 ' "$work/out.txt" \
  || { cat "$work/out.txt" >&2; die "no VNL103 annotation named from the repository root"; }
step "$work/f" Scan 0 paths=examples fail-on=never "sarif-file=$work/never.sarif"
expect "$(output_of "$work/f" scan exit-code)" 0 "exit-code with fail-on never"
echo "test-action: ok: the real scan of examples/ (exit code, SARIF, annotations)"
echo "test-action: all action step checks passed"
