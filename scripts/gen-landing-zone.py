#!/usr/bin/env python3
"""Generate a synthetic hub-and-spoke Azure landing zone in Terraform, Bicep or ARM, for benchmarks.

Usage: scripts/gen-landing-zone.py --format {terraform,bicep,arm} --resources N --out DIR [--seed S]
                                   [--spokes-per-hub K] [--spokes-per-file F]

The tree looks like a real connectivity repository: one directory per hub (region), and in it the hub network,
the VPN gateway with its on-premises sites and connections, and the spokes split over several files. Every hub
has a /18 of 10.0.0.0/8 (the hub network is its first /24, each spoke a further /24), every on-premises site a
/24 of 172.16.0.0/12, so nothing overlaps except the deliberate mistakes below.

N counts Azure resources as deployed: virtual networks, subnets (inline in ARM and Bicep), peerings, public IPs,
gateways, local network gateways and connections (resource groups are not counted). The tree holds about N of
them; the exact count is in the manifest.

Deliberate findings (so a scan has something to report), each one in a known file:
  - every 10th hub (0, 10, ...): its first spoke peers to the hub, but the hub does not peer back (VNL102);
  - every 10th hub: its second spoke reuses the hub's address space (VNL101, once per peering direction);
  - hubs 5, 15, ...: the GatewaySubnet is a /28 (VNL902, warning).
The manifest (DIR/landing-zone.json) lists the exact resource count, file count and the expected findings as
{rule, file} pairs, so `--check` can compare a vnetlint JSON report with it.

Shared keys are never written: Terraform reads them from a sensitive variable, Bicep and ARM from a secure
parameter, all without a value.

Check mode: scripts/gen-landing-zone.py --check DIR REPORT.json  (a `vnetlint scan -f json` report of DIR)
exits 0 when the report has no input errors and exactly the expected findings.
"""
import argparse
import json
import os
import random
import sys

REGIONS = ["westeurope", "northeurope", "swedencentral", "francecentral", "germanywestcentral", "uksouth",
           "eastus", "eastus2", "westus2", "centralus", "canadacentral", "brazilsouth", "japaneast",
           "australiaeast", "southeastasia", "centralindia"]
HUB_BASE = 11          # hub vnet + 3 subnets + public IP + gateway + 2 local sites + 2 connections
HUB_BASE_SMALL = 8     # with one on-premises site, for the smallest trees
PER_SPOKE = 5          # spoke vnet + 2 subnets + 2 peerings
API = "2024-05-01"


def ip(n):
    return ".".join(str((n >> s) & 255) for s in (24, 16, 8, 0))


def cidr(base, offset, length):
    return f"{ip(base + offset)}/{length}"


class Plan:
    """Who is where: hubs, their spokes, sites and the deliberate mistakes. Independent of the output format."""

    def __init__(self, resources, seed, spokes_per_hub, spokes_per_file):
        rnd = random.Random(seed)
        self.spokes_per_file = spokes_per_file
        sites = 1 if resources < 60 else 2
        base = HUB_BASE_SMALL if sites == 1 else HUB_BASE
        hubs = max(1, round(resources / (base + PER_SPOKE * spokes_per_hub)))
        hubs = min(hubs, 1024)  # 1,024 /18 blocks in 10.0.0.0/8
        spokes_total = max(0, (resources - hubs * base) // PER_SPOKE)
        self.hubs = []
        site_index = 0
        for h in range(hubs):
            n = spokes_total // hubs + (1 if h < spokes_total % hubs else 0)
            n = min(n, 63)  # a /18 holds the hub's /24 and 63 spokes
            region = REGIONS[h % len(REGIONS)]
            block = (10 << 24) + h * (1 << 14)
            hub = {
                "index": h, "region": region, "dir": f"{region}-hub-{h:03d}",
                "name": f"hub-{region}-{h:03d}", "block": block,
                "gateway_subnet_length": 28 if h % 10 == 5 else 27,
                "asn": 64512 + h % 400,
                "sites": [], "spokes": [],
            }
            for s in range(sites):
                site_block = (172 << 24) + (16 << 16) + site_index * 256
                hub["sites"].append({
                    "name": f"site-{h:03d}-{s}", "prefix": cidr(site_block, 0, 24),
                    "peer": ip(site_block + 1), "gateway_address": f"203.0.{113 if s == 0 else 114}.{(h % 250) + 1}",
                    "asn": 65001 + s,
                })
                site_index += 1
            for k in range(n):
                name = f"spoke-{h:03d}-{k:02d}-{rnd.choice(['app', 'data', 'web', 'sap', 'aks', 'shared'])}"
                overlap = h % 10 == 0 and k == 1
                one_way = h % 10 == 0 and k == 0
                offset = 0 if overlap else (k + 1) * 256
                hub["spokes"].append({"index": k, "name": name, "address": cidr(block, offset, 24),
                                      "app": cidr(block, offset, 25), "data": cidr(block, offset + 128, 26),
                                      "one_way": one_way, "overlap": overlap})
            self.hubs.append(hub)

    def spoke_files(self, hub):
        f = self.spokes_per_file
        return [(i // f + 1, hub["spokes"][i:i + f]) for i in range(0, len(hub["spokes"]), f)]

    def count(self):
        total = 0
        for hub in self.hubs:
            total += 6 + 2 * len(hub["sites"])
            for sp in hub["spokes"]:
                total += 3 + (1 if sp["one_way"] else 2)
        return total

    def expected(self, spoke_file_name):
        """Expected findings as (rule, file) pairs; file relative to the tree root."""
        out = []
        for hub in self.hubs:
            d = hub["dir"]
            if hub["gateway_subnet_length"] > 27:  # smaller than /27
                out.append(("VNL902", f"{d}/{HUB_FILE[self.fmt]}"))
            for number, spokes in self.spoke_files(hub):
                for sp in spokes:
                    f = f"{d}/{spoke_file_name(number)}"
                    if sp["one_way"]:
                        out.append(("VNL102", f))
                    if sp["overlap"]:
                        out += [("VNL101", f), ("VNL101", f)]
        return out


HUB_FILE = {"terraform": "hub.tf", "bicep": "hub.bicep", "arm": "hub.json"}


# ---------------------------------------------------------------- Terraform

def tf_str(v):
    return json.dumps(v)


def terraform(plan, hub):
    d = hub["dir"]
    h = hub["name"]
    rg = "azurerm_resource_group.network"
    files = {}
    files["providers.tf"] = f"""terraform {{
  required_providers {{
    azurerm = {{
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }}
  }}
}}

provider "azurerm" {{
  features {{}}
}}

resource "azurerm_resource_group" "network" {{
  name     = "rg-connectivity-{hub['region']}-{hub['index']:03d}"
  location = var.location
}}
"""
    files["variables.tf"] = f"""variable "location" {{
  description = "Region of the hub and its spokes."
  type        = string
  default     = "{hub['region']}"
}}

variable "vpn_shared_key" {{
  description = "Pre-shared key of the site-to-site tunnels (from the secret store)."
  type        = string
  sensitive   = true
}}
"""
    b = hub["block"]
    gw_len = hub["gateway_subnet_length"]
    files["hub.tf"] = f"""resource "azurerm_virtual_network" "hub" {{
  name                = "vnet-{h}"
  location            = {rg}.location
  resource_group_name = {rg}.name
  address_space       = ["{cidr(b, 0, 24)}"]
}}

resource "azurerm_subnet" "gateway" {{
  name                 = "GatewaySubnet"
  resource_group_name  = {rg}.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["{cidr(b, 0, gw_len)}"]
}}

resource "azurerm_subnet" "firewall" {{
  name                 = "AzureFirewallSubnet"
  resource_group_name  = {rg}.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["{cidr(b, 64, 26)}"]
}}

resource "azurerm_subnet" "shared" {{
  name                 = "snet-shared"
  resource_group_name  = {rg}.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["{cidr(b, 128, 25)}"]
}}
"""
    g = [f"""resource "azurerm_public_ip" "gateway" {{
  name                = "pip-vgw-{h}"
  location            = {rg}.location
  resource_group_name = {rg}.name
  allocation_method   = "Static"
  sku                 = "Standard"
  zones               = ["1", "2", "3"]
}}

resource "azurerm_virtual_network_gateway" "hub" {{
  name                = "vgw-{h}"
  location            = {rg}.location
  resource_group_name = {rg}.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw2AZ"
  generation          = "Generation2"
  active_active       = false
  bgp_enabled         = true

  bgp_settings {{
    asn = {hub['asn']}
  }}

  ip_configuration {{
    name                          = "default"
    subnet_id                     = azurerm_subnet.gateway.id
    public_ip_address_id          = azurerm_public_ip.gateway.id
    private_ip_address_allocation = "Dynamic"
  }}
}}
"""]
    for i, s in enumerate(hub["sites"]):
        g.append(f"""
resource "azurerm_local_network_gateway" "site_{i}" {{
  name                = "lgw-{s['name']}"
  location            = {rg}.location
  resource_group_name = {rg}.name
  gateway_address     = "{s['gateway_address']}"
  address_space       = ["{s['peer']}/32"]

  bgp_settings {{
    asn                 = {s['asn']}
    bgp_peering_address = "{s['peer']}"
  }}
}}

resource "azurerm_virtual_network_gateway_connection" "site_{i}" {{
  name                       = "cn-{h}-to-{s['name']}"
  location                   = {rg}.location
  resource_group_name        = {rg}.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.hub.id
  local_network_gateway_id   = azurerm_local_network_gateway.site_{i}.id
  shared_key                 = var.vpn_shared_key
  connection_protocol        = "IKEv2"
  bgp_enabled                = true
}}
""")
    files["gateway.tf"] = "".join(g)
    for number, spokes in plan.spoke_files(hub):
        parts = []
        for sp in spokes:
            r = sp["name"].replace("-", "_")
            parts.append(f"""resource "azurerm_virtual_network" "{r}" {{
  name                = "vnet-{sp['name']}"
  location            = {rg}.location
  resource_group_name = {rg}.name
  address_space       = ["{sp['address']}"]
}}

resource "azurerm_subnet" "{r}_app" {{
  name                 = "snet-app"
  resource_group_name  = {rg}.name
  virtual_network_name = azurerm_virtual_network.{r}.name
  address_prefixes     = ["{sp['app']}"]
}}

resource "azurerm_subnet" "{r}_data" {{
  name                 = "snet-data"
  resource_group_name  = {rg}.name
  virtual_network_name = azurerm_virtual_network.{r}.name
  address_prefixes     = ["{sp['data']}"]
}}

resource "azurerm_virtual_network_peering" "{r}_to_hub" {{
  name                         = "peer-{sp['name']}-to-hub"
  resource_group_name          = {rg}.name
  virtual_network_name         = azurerm_virtual_network.{r}.name
  remote_virtual_network_id    = azurerm_virtual_network.hub.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  use_remote_gateways          = {str(not sp['one_way']).lower()}
}}
""")
            if not sp["one_way"]:
                parts.append(f"""
resource "azurerm_virtual_network_peering" "hub_to_{r}" {{
  name                         = "peer-hub-to-{sp['name']}"
  resource_group_name          = {rg}.name
  virtual_network_name         = azurerm_virtual_network.hub.name
  remote_virtual_network_id    = azurerm_virtual_network.{r}.id
  allow_virtual_network_access = true
  allow_forwarded_traffic      = true
  allow_gateway_transit        = true
}}
""")
            parts.append("\n")
        files[spoke_file("terraform")(number)] = "".join(parts).rstrip("\n") + "\n"
    return files


# ---------------------------------------------------------------- ARM and Bicep share one resource description

def hub_resources(hub):
    """The hub's resources as ARM-shaped dicts; strings starting with '[' are ARM expressions."""
    b = hub["block"]
    h = hub["name"]
    vnet = {
        "type": "Microsoft.Network/virtualNetworks", "apiVersion": API, "name": f"vnet-{h}",
        "location": "[parameters('location')]",
        "properties": {
            "addressSpace": {"addressPrefixes": [cidr(b, 0, 24)]},
            "subnets": [
                {"name": "GatewaySubnet", "properties": {"addressPrefix": cidr(b, 0, hub["gateway_subnet_length"])}},
                {"name": "AzureFirewallSubnet", "properties": {"addressPrefix": cidr(b, 64, 26)}},
                {"name": "snet-shared", "properties": {"addressPrefix": cidr(b, 128, 25)}},
            ],
        },
    }
    return [vnet]


def gateway_resources(hub):
    h = hub["name"]
    gw_id = f"[resourceId('Microsoft.Network/virtualNetworkGateways', 'vgw-{h}')]"
    out = [
        {"type": "Microsoft.Network/publicIPAddresses", "apiVersion": API, "name": f"pip-vgw-{h}",
         "location": "[parameters('location')]", "sku": {"name": "Standard"}, "zones": ["1", "2", "3"],
         "properties": {"publicIPAllocationMethod": "Static"}},
        {"type": "Microsoft.Network/virtualNetworkGateways", "apiVersion": API, "name": f"vgw-{h}",
         "location": "[parameters('location')]",
         "dependsOn": [f"[resourceId('Microsoft.Network/publicIPAddresses', 'pip-vgw-{h}')]"],
         "properties": {
             "gatewayType": "Vpn", "vpnType": "RouteBased", "vpnGatewayGeneration": "Generation2",
             "sku": {"name": "VpnGw2AZ", "tier": "VpnGw2AZ"}, "activeActive": False, "enableBgp": True,
             "bgpSettings": {"asn": hub["asn"]},
             "ipConfigurations": [{"name": "default", "properties": {
                 "privateIPAllocationMethod": "Dynamic",
                 "subnet": {"id": f"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-{h}', 'GatewaySubnet')]"},
                 "publicIPAddress": {"id": f"[resourceId('Microsoft.Network/publicIPAddresses', 'pip-vgw-{h}')]"},
             }}],
         }},
    ]
    for s in hub["sites"]:
        lgw = f"lgw-{s['name']}"
        out.append({"type": "Microsoft.Network/localNetworkGateways", "apiVersion": API, "name": lgw,
                    "location": "[parameters('location')]",
                    "properties": {"gatewayIpAddress": s["gateway_address"],
                                   "localNetworkAddressSpace": {"addressPrefixes": [f"{s['peer']}/32"]},
                                   "bgpSettings": {"asn": s["asn"], "bgpPeeringAddress": s["peer"]}}})
        out.append({"type": "Microsoft.Network/connections", "apiVersion": API, "name": f"cn-{h}-to-{s['name']}",
                    "location": "[parameters('location')]",
                    "dependsOn": [gw_id, f"[resourceId('Microsoft.Network/localNetworkGateways', '{lgw}')]"],
                    "properties": {"connectionType": "IPsec", "connectionProtocol": "IKEv2", "enableBgp": True,
                                   "sharedKey": "[parameters('vpnSharedKey')]",
                                   "virtualNetworkGateway1": {"id": gw_id},
                                   "localNetworkGateway2": {"id": f"[resourceId('Microsoft.Network/localNetworkGateways', '{lgw}')]"}}})
    return out


def spoke_resources(hub, sp):
    h = hub["name"]
    hub_id = f"[resourceId('Microsoft.Network/virtualNetworks', 'vnet-{h}')]"
    spoke_id = f"[resourceId('Microsoft.Network/virtualNetworks', 'vnet-{sp['name']}')]"
    out = [
        {"type": "Microsoft.Network/virtualNetworks", "apiVersion": API, "name": f"vnet-{sp['name']}",
         "location": "[parameters('location')]",
         "properties": {"addressSpace": {"addressPrefixes": [sp["address"]]},
                        "subnets": [{"name": "snet-app", "properties": {"addressPrefix": sp["app"]}},
                                    {"name": "snet-data", "properties": {"addressPrefix": sp["data"]}}]}},
        {"type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": API,
         "name": f"vnet-{sp['name']}/peer-{sp['name']}-to-hub", "dependsOn": [spoke_id],
         "properties": {"remoteVirtualNetwork": {"id": hub_id}, "allowVirtualNetworkAccess": True,
                        "allowForwardedTraffic": True, "useRemoteGateways": not sp["one_way"]}},
    ]
    if not sp["one_way"]:
        out.append({"type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": API,
                    "name": f"vnet-{h}/peer-hub-to-{sp['name']}", "dependsOn": [spoke_id],
                    "properties": {"remoteVirtualNetwork": {"id": spoke_id}, "allowVirtualNetworkAccess": True,
                                   "allowForwardedTraffic": True, "allowGatewayTransit": True}})
    return out


def arm_template(hub, resources, secure_key=False):
    params = {"location": {"type": "string", "defaultValue": hub["region"],
                           "metadata": {"description": "Region of the hub and its spokes."}}}
    if secure_key:
        params["vpnSharedKey"] = {"type": "securestring",
                                  "metadata": {"description": "Pre-shared key of the site-to-site tunnels."}}
    return json.dumps({
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "contentVersion": "1.0.0.0", "parameters": params, "resources": resources,
    }, indent=2) + "\n"


def arm(plan, hub):
    files = {"hub.json": arm_template(hub, hub_resources(hub)),
             "gateway.json": arm_template(hub, gateway_resources(hub), secure_key=True)}
    for number, spokes in plan.spoke_files(hub):
        res = []
        for sp in spokes:
            res += spoke_resources(hub, sp)
        files[spoke_file("arm")(number)] = arm_template(hub, res)
    return files


def bicep_expr(s):
    """Translate the few ARM expressions the generator uses into Bicep."""
    if s == "[parameters('location')]":
        return "location"
    if s == "[parameters('vpnSharedKey')]":
        return "vpnSharedKey"
    if s.startswith("[") and s.endswith("]"):
        return s[1:-1]
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def bicep_value(v, indent):
    pad = "  " * indent
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return bicep_expr(v)
    if isinstance(v, list):
        return "[\n" + "".join(f"{pad}  {bicep_value(x, indent + 1)}\n" for x in v) + pad + "]"
    if isinstance(v, dict):
        return "{\n" + "".join(f"{pad}  {k}: {bicep_value(x, indent + 1)}\n" for k, x in v.items()) + pad + "}"
    raise TypeError(v)


def bicep_file(hub, resources, secure_key=False):
    lines = ["@description('Region of the hub and its spokes.')", f"param location string = '{hub['region']}'", ""]
    if secure_key:
        lines += ["@secure()", "@description('Pre-shared key of the site-to-site tunnels.')",
                  "param vpnSharedKey string", ""]
    for r in resources:
        symbol = "".join(c if c.isalnum() else "_" for c in r["name"].split("/")[-1])
        symbol = symbol[0].lower() + symbol[1:]
        body = {k: v for k, v in r.items() if k not in ("type", "apiVersion", "dependsOn")}
        lines.append(f"resource {symbol} '{r['type']}@{r['apiVersion']}' = {bicep_value(body, 0)}")
        lines.append("")
    return "\n".join(lines)


def bicep(plan, hub):
    files = {"hub.bicep": bicep_file(hub, hub_resources(hub)),
             "gateway.bicep": bicep_file(hub, gateway_resources(hub), secure_key=True)}
    for number, spokes in plan.spoke_files(hub):
        res = []
        for sp in spokes:
            res += spoke_resources(hub, sp)
        files[spoke_file("bicep")(number)] = bicep_file(hub, res)
    return files


def spoke_file(fmt):
    ext = {"terraform": "tf", "bicep": "bicep", "arm": "json"}[fmt]
    return lambda number: f"spokes-{number:02d}.{ext}"


WRITERS = {"terraform": terraform, "bicep": bicep, "arm": arm}


def generate(args):
    plan = Plan(args.resources, args.seed, args.spokes_per_hub, args.spokes_per_file)
    plan.fmt = args.format
    os.makedirs(args.out, exist_ok=True)
    files = 0
    size = 0
    for hub in plan.hubs:
        d = os.path.join(args.out, hub["dir"])
        os.makedirs(d, exist_ok=True)
        for name, text in WRITERS[args.format](plan, hub).items():
            data = text.encode("utf-8")
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
            files += 1
            size += len(data)
    expected = sorted(plan.expected(spoke_file(args.format)))
    manifest = {"generator": "scripts/gen-landing-zone.py", "format": args.format, "seed": args.seed,
                "requested_resources": args.resources, "resources": plan.count(), "hubs": len(plan.hubs),
                "spokes": sum(len(h["spokes"]) for h in plan.hubs), "files": files, "bytes": size,
                "expected_findings": [{"rule": r, "file": f} for r, f in expected]}
    with open(os.path.join(args.out, "landing-zone.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"{args.format}: {manifest['resources']} resources, {len(plan.hubs)} hubs, {manifest['spokes']} spokes, "
          f"{files} files, {size} bytes, {len(expected)} expected findings -> {args.out}")


def check(tree, report_path):
    """Compare a vnetlint JSON report with the manifest: no input errors, exactly the expected findings."""
    with open(os.path.join(tree, "landing-zone.json")) as f:
        manifest = json.load(f)
    with open(report_path) as f:
        report = json.load(f)
    diagnostics = report.get("diagnostics", [])
    errors = [d for d in diagnostics if d.get("kind") == "error"]
    got = sorted((x["ruleId"], x["location"]["file"].replace("\\", "/")) for x in report.get("findings", []))
    want = sorted((x["rule"], x["file"]) for x in manifest["expected_findings"])
    ok = True
    if errors:
        ok = False
        print(f"{len(errors)} input errors, first: {json.dumps(errors[0])}")
    scanned = report.get("summary", {}).get("resources")
    if scanned != manifest["resources"]:
        ok = False
        print(f"vnetlint counted {scanned} resources, the manifest {manifest['resources']}")
    if got != want:
        ok = False
        from collections import Counter
        missing = Counter(want) - Counter(got)
        extra = Counter(got) - Counter(want)
        print(f"findings differ: {sum(missing.values())} missing, {sum(extra.values())} unexpected")
        for (r, f), n in list(missing.items())[:10]:
            print(f"  missing    {r} {f} x{n}")
        for (r, f), n in list(extra.items())[:10]:
            print(f"  unexpected {r} {f} x{n}")
    print(("OK" if ok else "FAIL") + f": {len(got)} findings, {len(diagnostics)} diagnostics, "
          f"{manifest['resources']} resources in {manifest['files']} files")
    return 0 if ok else 1


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--format", choices=sorted(WRITERS))
    p.add_argument("--resources", type=int, help="about how many Azure resources (10 to 100,000)")
    p.add_argument("--out", help="output directory (created; existing files are overwritten)")
    p.add_argument("--seed", type=int, default=8, help="random seed (default 8); same seed, same tree")
    p.add_argument("--spokes-per-hub", type=int, default=40)
    p.add_argument("--spokes-per-file", type=int, default=8)
    p.add_argument("--check", nargs=2, metavar=("DIR", "REPORT"), help="compare a vnetlint JSON report with DIR")
    args = p.parse_args()
    if args.check:
        sys.exit(check(*args.check))
    if not (args.format and args.resources and args.out):
        p.error("--format, --resources and --out are required")
    if args.resources < 1:
        p.error("--resources must be positive")
    generate(args)


if __name__ == "__main__":
    main()
