package io.vnetlint.sarif;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Origin;
import io.vnetlint.model.SourceRange;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Fix;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Location;
import io.vnetlint.rules.RuleMetadata;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Hand-made rules, findings, diagnostics and source texts, so these tests need no front end. */
final class TestData {
  private TestData() {}

  /** A shared key that appears in a scanned file; it must never reach the SARIF output. */
  static final String SECRET_SENTINEL = "S3cr3t-Sh4red-K3y-SENTINEL-9f2c";

  static final URI ROOT = URI.create("file:///home/runner/work/net/net/");

  static final String HELP = """
      ## What it checks
      The peering's `allowGatewayTransit` and `useRemoteGateways` flags.

      ## Why it matters
      Traffic does **not** reach on-premises networks.

      ## Guide reference
      Scenario 4, step 2.

      ## Bad example
      ```hcl
      use_remote_gateways = true
      ```

      ## Good example
      ```hcl
      allow_gateway_transit = true
      ```

      ## How to fix
      Set the flag on the hub side.

      ## References
      - Azure virtual network peering documentation""";

  static final RuleMetadata PEERING = rule(
      "VNL103", "RemoteGatewayWithoutTransit", Level.ERROR, "", List.of("network", "peering"), "very-high");
  static final RuleMetadata OVERLAP = rule(
      "VNL101", "PeeredAddressSpaceOverlap", Level.ERROR, "", List.of("network", "peering"), "high");
  static final RuleMetadata SHARED_KEY = rule(
      "VNL208", "SharedKeyInSource", Level.WARNING, "7.5", List.of("security", "network", "vpn"), "high");
  static final RuleMetadata UNUSED = rule(
      "VNL905", "UnusedRouteTable", Level.NOTE, "", List.of("network", "hygiene"), "medium");
  static final RuleMetadata GATEWAY_SKU = rule(
      "VNL301", "BasicSkuGatewayUnsupported", Level.WARNING, "", List.of("network"), "");

  static RuleMetadata rule(
      String id, String name, Level level, String securitySeverity, List<String> tags, String precision) {
    return new RuleMetadata(
        id, name, level,
        "Short description of " + name,
        "Full description of " + name + ". It fires when the graph says so.",
        "Scenario 4: hub and spoke", "Step 2", tags, precision, securitySeverity, "0.1.0", HELP);
  }

  static SourceRange range(String file, int sl, int sc, int el, int ec) {
    return new SourceRange(file, sl, sc, el, ec, 0, 0);
  }

  static final String MAIN_TF = """
      resource "azurerm_virtual_network_peering" "spoke_to_hub" {
        name                      = "spoke-to-hub"
        use_remote_gateways       = true
        allow_forwarded_traffic   = true
      }

      resource "azurerm_virtual_network_peering" "hub_to_spoke" {
        name                  = "hub-to-spoke"
        allow_gateway_transit = false
      }

      resource "azurerm_virtual_network_gateway_connection" "onprem" {
        shared_key = "%s"
      }
      """.formatted(SECRET_SENTINEL);

  static final String HUB_JSON = """
      {
        "resources": [
          {
            "type": "Microsoft.Network/virtualNetworks",
            "name": "hub",
            "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } }
          },
          {
            "type": "Microsoft.Network/virtualNetworks",
            "name": "spoke",
            "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/24" ] } }
          }
        ]
      }
      """;

  static final Map<String, String> TEXTS = Map.of(
      "infra/main.tf", MAIN_TF,
      "arm/hub net.json", HUB_JSON);

  static List<RuleMetadata> catalogue() {
    return List.of(OVERLAP, PEERING, SHARED_KEY, GATEWAY_SKU, UNUSED);
  }

  static Finding remoteGateway() {
    return new Finding(
        PEERING, Level.ERROR,
        "Peering 'spoke-to-hub' uses the remote gateways of 'hub', but 'hub-to-spoke' does not allow gateway transit.",
        new Location(range("infra/main.tf", 3, 3, 3, 36), "use_remote_gateways"),
        List.of(
            new Location(range("infra/main.tf", 9, 3, 9, 32), "reverse peering 'hub-to-spoke'"),
            new Location(range("arm/hub net.json", 4, 5, 7, 6), "remote virtual network 'hub'")),
        List.of("VNL103", "azurerm_virtual_network_peering.spoke_to_hub", "use_remote_gateways"),
        Origin.of("infra/main.tf"),
        List.of(transitFix()));
  }

  /** Replaces the {@code false} of {@code allow_gateway_transit = false} (line 9 of MAIN_TF) by {@code true}. */
  static Fix transitFix() {
    return new Fix("allow gateway transit on the reverse peering 'hub-to-spoke'",
        List.of(new Fix.Replacement(range("infra/main.tf", 9, 27, 9, 32), "true")));
  }

  static Finding overlap(String variant) {
    return new Finding(
        OVERLAP, Level.ERROR,
        "Address space 10.0.0.0/24 of 'spoke' overlaps 10.0.0.0/16 of peered network 'hub'.",
        new Location(range("arm/hub net.json", 11, 54, 11, 67), "address space"),
        List.of(new Location(range("arm/hub net.json", 6, 54, 6, 67), "address space of 'hub' (10.0.0.0/16)")),
        List.of("VNL101", "Microsoft.Network/virtualNetworks/spoke", "properties.addressSpace"),
        new Origin("arm/hub net.json", variant));
  }

  /** The message says nothing secret; the file it points into holds the sentinel shared key. */
  static Finding sharedKey() {
    return new Finding(
        SHARED_KEY, Level.WARNING,
        "The shared key of connection 'onprem' is written in source; pass it as a sensitive variable.",
        new Location(range("infra/main.tf", 13, 3, 13, 50), "shared_key"),
        List.of(),
        List.of("VNL208", "azurerm_virtual_network_gateway_connection.onprem", "shared_key"),
        Origin.of("infra/main.tf"));
  }

  /** An empty range (a resource header position only), to check it is widened to one character. */
  static Finding emptyRange() {
    return new Finding(
        UNUSED, Level.NOTE,
        "Route table 'rt' is not associated with any subnet.",
        new Location(range("modules/route tables/rt.bicep", 1, 1, 1, 1), "route table"),
        List.of(),
        List.of("VNL905", "Microsoft.Network/routeTables/rt"),
        Origin.of("modules/route tables/rt.bicep"));
  }

  static List<Diagnostic> diagnostics() {
    return List.of(
        Diagnostic.warning("unsupported-function", "Function 'environment()' is not evaluated; the value is unknown.",
            range("arm/hub net.json", 2, 3, 2, 14)),
        Diagnostic.notChecked("VNL301", "Gateway 'gw' was not checked: its SKU is unknown (variable 'sku' has no value).",
            range("infra/main.tf", 1, 1, 1, 10)),
        Diagnostic.error("parse-error", "Expected '}' but found end of file.", range("broken.tf", 7, 1, 7, 1)));
  }

  /** Several rules, a security rule, related locations, a variant, notifications: the realistic case. */
  static SarifInput realistic() {
    return new SarifInput(
        "0.1.0",
        catalogue(),
        List.of(sharedKey(), overlap("arm/hub net.parameters.prod.json"), remoteGateway(), emptyRange()),
        diagnostics(),
        2,
        true,
        ROOT,
        "vnetlint/pull-request/",
        SourceProvider.of(TEXTS));
  }

  /** The golden file's input: two rules, two findings (one with related locations), one notification. */
  static SarifInput small() {
    return new SarifInput(
        "0.1.0",
        List.of(OVERLAP, PEERING),
        List.of(remoteGateway(), overlap(null)),
        List.of(Diagnostic.notChecked("VNL101", "Address space of 'spoke2' was not checked: it is unknown.",
            range("infra/main.tf", 1, 1, 1, 10))),
        1,
        true,
        ROOT,
        null,
        SourceProvider.of(TEXTS));
  }
}
