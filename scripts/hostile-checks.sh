#!/usr/bin/env bash
# Issue 9 checks that need the operating system rather than a JUnit test (run from .ci/run after the jar is built):
#  1. no network: scanning inputs that name remote modules and templates (cli/src/test/resources/remote) works in a
#     network namespace without interfaces (unshare -n), and under strace makes no inet connect/send/bind call;
#  2. two scans in two processes give byte-identical SARIF;
#  3. an unreadable file (chmod 000, scanned as an unprivileged user: root reads anything) gets a positioned error,
#     exit code 2, and the other files are still analyzed.
# A check whose tool (unshare as root, strace, setpriv) is missing is skipped with a message, never passed silently.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=cli/target/vnetlint.jar
[ -f "$jar" ] || { echo "hostile-checks: $jar is missing (build it first)" >&2; exit 1; }
remote=cli/src/test/resources/remote
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "hostile-checks: $*" >&2; exit 1; }

expect_remote_warnings() {
  grep -q "git::https://example.invalid/net.git is not available locally" "$1" || fail "no 'not available locally' warning in $1"
  grep -q "linked template by URI" "$1" || fail "no linked-template warning in $1"
  grep -q "br:example.azurecr.io/bicep/vnet:1.0) is not read" "$1" || fail "no Bicep registry warning in $1"
}

if unshare -n true 2>/dev/null; then
  status=0
  unshare -n java -jar "$jar" scan "$remote" --root "$remote" --no-config --color never >"$work/unshare.txt" 2>&1 \
    || status=$?
  [ "$status" -eq 0 ] || { cat "$work/unshare.txt" >&2; fail "scan without a network exited with $status, expected 0"; }
  expect_remote_warnings "$work/unshare.txt"
  echo "hostile-checks: scan of $remote without a network: ok"
else
  echo "hostile-checks: SKIPPED the no-network scan (unshare -n is not permitted here)" >&2
fi

if command -v strace >/dev/null; then
  status=0
  strace -f -qq -e trace=connect,bind,sendto,sendmsg -o "$work/strace.txt" \
    java -jar "$jar" scan "$remote" --root "$remote" --no-config --color never --format sarif \
    --output "$work/remote.sarif" 2>"$work/strace-stderr.txt" || status=$?
  [ "$status" -eq 0 ] || { cat "$work/strace-stderr.txt" >&2; fail "scan under strace exited with $status"; }
  expect_remote_warnings "$work/strace-stderr.txt"
  # The JVM probes IPv4/IPv6 support with socket() at start-up; what must never happen is an inet connect/send/bind.
  if grep -E 'AF_INET6?' "$work/strace.txt"; then
    fail "the scan used the network (see the system calls above)"
  fi
  echo "hostile-checks: no inet connect/bind/send during the scan: ok"
else
  echo "hostile-checks: SKIPPED the strace check (strace is not installed)" >&2
fi

# Determinism across processes (the JUnit test covers one JVM): two scans, byte-identical SARIF.
for i in 1 2; do
  status=0
  java -jar "$jar" scan examples --root examples --no-config --format sarif --output "$work/examples-$i.sarif" \
    2>/dev/null || status=$?
  [ "$status" -eq 1 ] || fail "scan of examples/ exited with $status, expected 1"
done
cmp "$work/examples-1.sarif" "$work/examples-2.sarif" || fail "two scans of examples/ gave different SARIF"
echo "hostile-checks: two processes, byte-identical SARIF: ok"

run_as=()
can_check=1
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null; then
    run_as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    can_check=0
  fi
fi
if [ "$can_check" -eq 1 ]; then
  scan_dir="$work/unreadable"
  mkdir -p "$scan_dir"
  cp -r cli/src/test/resources/canaries/terraform "$scan_dir/"
  printf 'locals {\n  a = 1\n}\n' >"$scan_dir/locked.tf"
  chmod 000 "$scan_dir/locked.tf"
  cp "$jar" "$work/vnetlint.jar"
  chmod -R a+rX "$work" && chmod 000 "$scan_dir/locked.tf"
  status=0
  "${run_as[@]}" java -jar "$work/vnetlint.jar" scan "$scan_dir" --root "$scan_dir" --no-config --color never \
    >"$work/unreadable.txt" 2>&1 || status=$?
  [ "$status" -eq 2 ] || { cat "$work/unreadable.txt" >&2; fail "unreadable file: exit code $status, expected 2"; }
  grep -q '^locked.tf:1:1: error: cannot read the file' "$work/unreadable.txt" \
    || { cat "$work/unreadable.txt" >&2; fail "unreadable file: no positioned error"; }
  grep -q 'VNL203' "$work/unreadable.txt" || fail "unreadable file: the other files were not analyzed"
  echo "hostile-checks: unreadable file: ok"
else
  echo "hostile-checks: SKIPPED the unreadable-file check (root without setpriv)" >&2
fi
