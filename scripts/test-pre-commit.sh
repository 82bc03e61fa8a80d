#!/usr/bin/env bash
# Tests the pre-commit hooks of .pre-commit-hooks.yaml with the real pre-commit: `pre-commit try-repo` of this
# checkout on a temporary git repository holding a bad and then a good Terraform configuration.
#
# Usage: scripts/test-pre-commit.sh [checkout]     (default: this repository)
#
# pre-commit is installed with pip into a virtual environment cached at
#   ${VNETLINT_CACHE:-$HOME/.cache/vnetlint}/pre-commit-<version>
# try-repo clones the checkout at HEAD (plus uncommitted changes) and the hook builds vnetlint there with Maven, so
# this needs Java 17+, Maven and python3. PRE_COMMIT_HOME is a temporary folder: every run builds afresh.
# VERBOSE=1 shows what pre-commit printed for each case.
set -euo pipefail

readonly PRE_COMMIT_VERSION="4.6.2"

die() {
  echo "test-pre-commit: $*" >&2
  exit 1
}

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
checkout=$(cd "${1:-$script_dir/..}" && pwd)
[[ -f "$checkout/.pre-commit-hooks.yaml" ]] || die "no .pre-commit-hooks.yaml in $checkout"

venv="${VNETLINT_CACHE:-$HOME/.cache/vnetlint}/pre-commit-$PRE_COMMIT_VERSION"
if [[ ! -x "$venv/bin/pre-commit" ]]; then
  echo "test-pre-commit: installing pre-commit $PRE_COMMIT_VERSION into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pre-commit==$PRE_COMMIT_VERSION" \
    || die "pip install pre-commit==$PRE_COMMIT_VERSION failed"
fi
pre_commit="$venv/bin/pre-commit"
[[ "$("$pre_commit" --version)" == "pre-commit $PRE_COMMIT_VERSION" ]] || die "unexpected $("$pre_commit" --version)"

"$pre_commit" validate-manifest "$checkout/.pre-commit-hooks.yaml" || die ".pre-commit-hooks.yaml is not a valid manifest"
echo "test-pre-commit: ok: pre-commit validate-manifest .pre-commit-hooks.yaml"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/pre-commit-home"
repo="$work/repo"
mkdir -p "$repo/network"
git -C "$repo" init -q
git -C "$repo" config user.email test@example.invalid
git -C "$repo" config user.name test
git -C "$repo" config commit.gpgsign false

# The network in one file, the gateway in another: the hook must scan the directory, not only the changed file.
cat >"$repo/network/network.tf" <<'TF'
resource "azurerm_resource_group" "network" {
  name     = "rg-network"
  location = "westeurope"
}

resource "azurerm_virtual_network" "hub" {
  name                = "hub"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_subnet" "hub_gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.255.0/27"]
}

resource "azurerm_public_ip" "hub_gw" {
  name                = "hub-gw-pip"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}
TF
gateway() {
  cat >"$repo/network/gateway.tf" <<TF
resource "azurerm_virtual_network_gateway" "hub" {
  name                = "hub-gw"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "$1"
  generation          = "Generation1"
  active_active       = false
  bgp_enabled         = true

  ip_configuration {
    name                          = "vnetGatewayConfig"
    public_ip_address_id          = azurerm_public_ip.hub_gw.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = azurerm_subnet.hub_gateway.id
  }

  bgp_settings {
    asn = 65010
  }
}
TF
}
echo "# not scanned" >"$repo/README.md"

# run <expected exit> <description> <pre-commit try-repo arguments...>; the output is left in $work/out.txt.
run() {
  local expected=$1 what=$2 status=0
  shift 2
  (cd "$repo" && "$pre_commit" try-repo "$checkout" "$@") >"$work/out.txt" 2>&1 || status=$?
  if [[ "$status" -ne "$expected" ]]; then
    cat "$work/out.txt" >&2
    die "$what: expected exit code $expected, got $status"
  fi
  [[ "${VERBOSE:-0}" == 1 ]] && cat "$work/out.txt"
  echo "test-pre-commit: ok: $what (exit $status)"
}
expect_output() {
  grep -q -- "$1" "$work/out.txt" || { cat "$work/out.txt" >&2; die "output does not contain '$1'"; }
}

# 1. Bad: a Basic gateway with BGP (VNL601, an error).
gateway Basic
git -C "$repo" add -A
run 1 "bad configuration, --all-files" vnetlint --all-files
expect_output "error\[VNL601\]"
expect_output "network/gateway.tf:10:"
expect_output "Scanned 2 files"

# 2. Good: the same with VpnGw1AZ.
gateway VpnGw1AZ
git -C "$repo" add -A
run 0 "good configuration, --all-files" vnetlint --all-files
expect_output "Passed"
git -C "$repo" commit -q -m good

# Another top-level directory with the same mistake, committed without the hook: a commit that changes only
# network/ must not report it, --all-files must.
mkdir -p "$repo/legacy"
gateway Basic
sed 's/hub/legacy/g' "$repo/network/network.tf" "$repo/network/gateway.tf" >"$repo/legacy/main.tf"
gateway VpnGw1AZ
git -C "$repo" add legacy
git -C "$repo" commit -q -m legacy

# 3. Only the gateway file changes and is staged: the hook still scans its directory (the network is in the other
#    file), as pre-commit runs it on a real commit, and not the other top-level directory.
gateway Basic
git -C "$repo" add network/gateway.tf
run 1 "bad change to one staged file" vnetlint
expect_output "error\[VNL601\]"
expect_output "Scanned 2 files"
if grep -q "legacy/" "$work/out.txt"; then
  cat "$work/out.txt" >&2
  die "a commit that changes only network/ reported legacy/"
fi

# 4. A change outside the file pattern does not run the hook at all.
git -C "$repo" reset -q --hard
echo "more" >>"$repo/README.md"
git -C "$repo" add README.md
run 0 "no matching file staged" vnetlint
expect_output "(no files to check)Skipped"

# 5. The SARIF variant writes the report to vnetlint.sarif and fails the same way.
gateway Basic
git -C "$repo" add -A
run 1 "SARIF hook, bad configuration" vnetlint-sarif --all-files
[[ -f "$repo/vnetlint.sarif" ]] || die "vnetlint-sarif wrote no vnetlint.sarif"
grep -q '"ruleId" *: *"VNL601"' "$repo/vnetlint.sarif" || die "vnetlint.sarif has no VNL601 result"
grep -q '"uri" *: *"legacy/main.tf"' "$repo/vnetlint.sarif" || die "--all-files did not scan legacy/"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$repo/vnetlint.sarif" || die "vnetlint.sarif is not JSON"

echo "test-pre-commit: all pre-commit hook checks passed"
