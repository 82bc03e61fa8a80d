#!/usr/bin/env bash
# Tests the ./vnetlint launcher's AppCDS handling on a copy laid out like an installation (launcher + jar, no pom, so
# it never rebuilds): the first scan writes one archive, later scans map it, a truncated, damaged or outdated archive
# is dropped and replaced, VNETLINT_CDS=0 writes none, a read-only install uses the cache directory (or none without
# HOME), paths with spaces work, and the report
# and exit code are the same as the JVM's own in every case.
#
# Usage: scripts/test-launcher.sh      (needs the jar: ./vnetlint --version or mvn package first)
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
checkout=$(cd "$script_dir/.." && pwd)
jar="$checkout/cli/target/vnetlint.jar"
[[ -f "$jar" ]] || { echo "test-launcher: no $jar; build it first" >&2; exit 1; }

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
install="$work/install"
mkdir -p "$install/cli/target"
cp "$checkout/vnetlint" "$install/vnetlint"
cp "$jar" "$install/cli/target/vnetlint.jar"
target="$install/cli/target"
# The launcher finds java on PATH: a wrapper there adds class-loading logging after the launcher's own
# "-Xlog:disable" when CLASS_LOG is set, to see whether the archive is mapped.
real_java=$(command -v java)
mkdir -p "$work/bin"
cat >"$work/bin/java" <<WRAPPER
#!/usr/bin/env bash
args=()
for a in "\$@"; do
  if [[ "\$a" == -jar && -n "\${CLASS_LOG:-}" ]]; then
    args+=("-Xlog:class+load=info:file=\$CLASS_LOG")
  fi
  args+=("\$a")
done
exec "$real_java" "\${args[@]}"
WRAPPER
chmod +x "$work/bin/java"
export PATH="$work/bin:$PATH"
examples="$checkout/examples"

failures=0
fail() {
  echo "test-launcher: FAIL: $*" >&2
  failures=$((failures + 1))
}
ok() {
  echo "test-launcher: ok: $*"
}

# The reference: the JVM run directly, no archive.
set +e
java -jar "$jar" scan --format json --color never "$examples" >"$work/expected.json" 2>/dev/null
expected_rc=$?
set -e
[[ "$expected_rc" -le 1 ]] || { echo "test-launcher: reference scan failed ($expected_rc)" >&2; exit 1; }

archives() {
  find "$1" -maxdepth 1 -name 'vnetlint-*.jsa' | sort
}

# Runs the launcher; checks report and exit code against the reference. Extra environment as leading NAME=VALUE.
scan_matches() {
  local what="$1"
  shift
  set +e
  ${run_as[@]+"${run_as[@]}"} env "$@" "$install/vnetlint" scan --format json --color never "$examples" \
    >"$work/actual.json" 2>"$work/stderr"
  local rc=$?
  set -e
  if [[ "$rc" -ne "$expected_rc" ]]; then
    fail "$what: exit code $rc, expected $expected_rc ($(head -c 300 "$work/stderr"))"
  elif ! cmp -s "$work/expected.json" "$work/actual.json"; then
    fail "$what: report differs from the JVM's own"
  elif grep -qE '^\[|OpenJDK|HotSpot|[Aa]rchive|CDS' "$work/stderr"; then
    fail "$what: JVM noise on stderr: $(head -c 300 "$work/stderr")"
  else
    ok "$what"
  fi
}

# Was the dynamic archive mapped? Class loading from it is logged as "shared objects file (top)".
maps_archive() {
  local log="$work/classes.log"
  rm -f "$log"
  env CLASS_LOG="$log" "$@" "$install/vnetlint" scan --format json "$examples" \
    >/dev/null 2>&1 || true
  grep -q 'shared objects file (top)' "$log" 2>/dev/null
}

jar_stamp=$(stat -L -c '%Y.%s.%i' "$target/vnetlint.jar")

# 1. --version first writes nothing (it would be a nearly empty archive).
"$install/vnetlint" --version >/dev/null
[[ -z "$(archives "$target")" ]] && ok "--version writes no archive" || fail "--version wrote an archive"

# 2. The first scan writes exactly one archive whose name holds the jar's stamp and its own size.
scan_matches "first scan (writes the archive)"
mapfile -t written < <(archives "$target")
if [[ "${#written[@]}" -ne 1 ]]; then
  fail "expected one archive after the first scan, found ${#written[@]}"
else
  archive="${written[0]}"
  size="${archive##*-}"
  size="${size%.jsa}"
  [[ "$(stat -c %s "$archive")" == "$size" ]] && ok "archive size in its name" || fail "archive size mismatch"
  [[ "${archive##*/}" == "vnetlint-$jar_stamp-"* ]] && ok "archive named after the jar" || fail "name: $archive"
  [[ -z "$(find "$target" -maxdepth 1 \( -name '*.tmp' -o -name '*.log' \))" ]] \
    && ok "no temporary files left" || fail "temporary files left: $(ls "$target")"
fi

# 3. The second scan maps it, with the same report; the first scan (JSON) also archived the other formats' classes.
scan_matches "second scan (maps the archive)"
maps_archive && ok "the archive is mapped" || fail "the archive is not mapped"
CLASS_LOG="$work/sarif-classes.log" "$install/vnetlint" scan --format sarif "$examples" >/dev/null 2>&1 || true
grep -q 'io.vnetlint.sarif.SarifWriter source: shared objects file (top)' "$work/sarif-classes.log" \
  && ok "a SARIF scan after a JSON first scan loads the SARIF writer from the archive" \
  || fail "the SARIF writer is not in the archive"
[[ "$(archives "$target")" == "$archive" ]] && ok "no second archive" || fail "archives: $(archives "$target")"

# 4. A truncated archive (size no longer the one in its name) is never mapped; the next scan writes a fresh one.
truncate -s 1000000 "$archive"
scan_matches "truncated archive ignored"
mapfile -t written < <(archives "$target")
if [[ "${#written[@]}" -eq 1 && "${written[0]}" != "$archive" ]] || [[ "${#written[@]}" -eq 1 && \
  "$(stat -c %s "${written[0]}")" != 1000000 ]]; then
  ok "truncated archive replaced"
else
  fail "after truncation: $(archives "$target")"
fi
archive="${written[0]:-}"

# 5. A damaged archive of the right size: the JVM refuses it and runs without; the launcher drops it.
size=$(stat -c %s "$archive")
printf 'garbage' | dd of="$archive" bs=1 seek=0 conv=notrunc status=none
scan_matches "damaged archive refused, scan still right"
if [[ -z "$(archives "$target")" ]]; then
  ok "damaged archive dropped"
else
  fail "damaged archive kept: $(archives "$target") (size $size)"
fi
scan_matches "scan after a damaged archive (writes a fresh one)"
[[ -n "$(archives "$target")" ]] && ok "fresh archive written" || fail "no fresh archive"
maps_archive && ok "the fresh archive is mapped" || fail "the fresh archive is not mapped"

# 6. A rebuilt jar (new modification time) never meets the old archive; the old one is removed.
old="$(archives "$target")"
touch -d '+1 minute' "$target/vnetlint.jar"
scan_matches "scan after the jar changed"
new="$(archives "$target")"
if [[ -n "$new" && "$new" != "$old" && ! -e "$old" ]]; then
  ok "archive of the old jar replaced"
else
  fail "after a jar change: old=$old new=$new"
fi

# 7. VNETLINT_CDS=0: no archive is read or written.
rm -f "$target"/vnetlint-*.jsa
scan_matches "VNETLINT_CDS=0" VNETLINT_CDS=0
[[ -z "$(archives "$target")" ]] && ok "VNETLINT_CDS=0 writes no archive" || fail "VNETLINT_CDS=0 wrote one"
scan_matches "archive for the next check"
maps_archive VNETLINT_CDS=0 && fail "VNETLINT_CDS=0 maps the archive" || ok "VNETLINT_CDS=0 maps no archive"
rm -f "$target"/vnetlint-*.jsa

# 8. A read-only installation keeps its archive in the cache directory; with neither XDG_CACHE_HOME nor HOME (cron,
# env -i) it runs without one. Root can write anywhere: as root, these run as the unprivileged user "nobody".
run_as=()
if [[ "$(id -u)" -eq 0 ]] && command -v setpriv >/dev/null; then
  run_as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod 755 "$work"
fi
chmod a-w "$target"
if [[ "${#run_as[@]}" -eq 0 && -w "$target" ]]; then
  echo "test-launcher: skipped the read-only cases (root without setpriv: the directory stays writable)"
else
  mkdir -p "$work/cache"
  chmod 777 "$work/cache"
  scan_matches "read-only install (first scan)" XDG_CACHE_HOME="$work/cache"
  scan_matches "read-only install (second scan)" XDG_CACHE_HOME="$work/cache"
  [[ -n "$(archives "$work/cache/vnetlint")" ]] && ok "archive in the cache directory" \
    || fail "no archive in $work/cache/vnetlint"
  scan_matches "read-only install without XDG_CACHE_HOME and HOME" -u XDG_CACHE_HOME -u HOME
fi
run_as=()
chmod u+w "$target"

# 9. Bad input: exit code 2 passes through the launcher.
set +e
"$install/vnetlint" scan --format json "$work/does-not-exist" >/dev/null 2>&1
rc=$?
set -e
[[ "$rc" -eq 2 ]] && ok "exit code 2 for a missing path" || fail "exit code $rc for a missing path"

# 10. In a checkout (a pom next to the launcher) the jar is rebuilt when a main source or a pom is newer than it, and
# only then. A stand-in mvn on PATH records the call (the real build is what CI's own runs exercise).
cat >"$work/bin/mvn" <<'MVN'
#!/usr/bin/env bash
echo built >>"$(dirname "$0")/mvn-calls"
touch cli/target/vnetlint.jar
MVN
chmod +x "$work/bin/mvn"
builds() {
  [[ -f "$work/bin/mvn-calls" ]] && wc -l <"$work/bin/mvn-calls" || echo 0
}
mkdir -p "$install/model/src/main/java" "$install/model/src/test/java"
touch -d '-1 hour' "$install/pom.xml"
"$install/vnetlint" --version >/dev/null
[[ "$(builds)" -eq 0 ]] && ok "checkout with an up-to-date jar: no build" || fail "built an up-to-date jar"
touch -d '+2 minutes' "$install/model/src/test/java/SomeTest.java"
"$install/vnetlint" --version >/dev/null
[[ "$(builds)" -eq 0 ]] && ok "a newer test source does not rebuild" || fail "a test source rebuilt the jar"
touch -d '+2 minutes' "$install/model/src/main/java/Some.java"
"$install/vnetlint" --version >/dev/null 2>&1
[[ "$(builds)" -eq 1 ]] && ok "a newer main source rebuilds" || fail "a main source change: $(builds) builds"
touch -d '+3 minutes' "$install/cli/target/vnetlint.jar"
touch -d '+4 minutes' "$install/pom.xml"
"$install/vnetlint" --version >/dev/null 2>&1
[[ "$(builds)" -eq 2 ]] && ok "a newer pom rebuilds" || fail "a pom change: $(builds) builds"

# 11. An installation whose path has spaces: the archive is written and mapped all the same.
spaced="$work/with space/vnet lint"
mkdir -p "$spaced/cli/target"
cp "$checkout/vnetlint" "$spaced/vnetlint"
cp "$jar" "$spaced/cli/target/vnetlint.jar"
install="$spaced"
scan_matches "path with spaces (first scan)"
scan_matches "path with spaces (second scan)"
[[ -n "$(archives "$spaced/cli/target")" ]] && ok "archive written under a path with spaces" \
  || fail "no archive under $spaced"
maps_archive && ok "the archive under a path with spaces is mapped" || fail "not mapped under a path with spaces"

if [[ "$failures" -ne 0 ]]; then
  echo "test-launcher: $failures failure(s)" >&2
  exit 1
fi
echo "test-launcher: all checks passed"
