package io.vnetlint.hcl.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.hcl.azurerm.AzurermMapper;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Limits;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.ExpressRouteCircuit;
import io.vnetlint.model.azure.NetworkSecurityGroup;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.json.JsonSyntaxException;
import io.vnetlint.model.json.SourceDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real plan files of the shared corpus (checkov, trivy, infracost test data): every JSON file is read without
 * an exception, the plans among them are found, and the three azurerm plans map to what they declare.
 */
class PlanCorpusTest {

  private static Path corpus() {
    String shared = System.getProperty("vnetlint.shared");
    Assumptions.assumeTrue(shared != null, "vnetlint.shared is not set");
    Path corpus = Paths.get(shared, "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
    return corpus;
  }

  private static Optional<PlanResult> read(Path corpus, Path file) throws IOException {
    if (Files.size(file) > Limits.MAX_FILE_BYTES) {
      return Optional.empty();
    }
    String display = corpus.relativize(file).toString().replace('\\', '/');
    try {
      SourceText text = SourceDecoder.decode(display, Files.readAllBytes(file));
      return PlanReader.read(text);
    } catch (JsonSyntaxException e) {
      return Optional.empty(); // not UTF-8: not a plan terraform wrote
    }
  }

  @Test
  void everyCorpusPlanIsRead() throws IOException {
    Path corpus = corpus();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int plans = 0;
    int resources = 0;
    int changes = 0;
    Map<String, Integer> diagnostics = new TreeMap<>();
    Map<String, Integer> azurermTypes = new TreeMap<>();
    Map<String, Integer> mappedKinds = new TreeMap<>();
    for (Path file : files) {
      Optional<PlanResult> plan = read(corpus, file);
      if (plan.isEmpty()) {
        continue;
      }
      plans++;
      resources += plan.get().resources().size();
      changes += plan.get().changes().size();
      for (Diagnostic d : plan.get().diagnostics()) {
        diagnostics.merge(d.kind() + " " + d.code(), 1, Integer::sum);
      }
      for (TerraformResource r : plan.get().resources()) {
        if (r.type().startsWith("azurerm_")) {
          azurermTypes.merge(r.type(), 1, Integer::sum);
        }
      }
      List<Diagnostic> mapping = new ArrayList<>();
      for (AzureResource r : AzurermMapper.map(plan.get().resources(), mapping)) {
        mappedKinds.merge(r.kind(), 1, Integer::sum);
      }
      assertThat(mapping).as(file.toString()).isEmpty();
    }
    System.out.println("corpus plans: " + plans + " of " + files.size() + " JSON files, " + resources
        + " managed resources, " + changes + " changes; diagnostics " + diagnostics);
    System.out.println("corpus plan azurerm resources by type: " + azurermTypes);
    System.out.println("corpus plan mapped resources by kind: " + mappedKinds);
    // checkov, trivy and infracost test data hold about 40 plans
    assertThat(plans).isGreaterThanOrEqualTo(30);
    assertThat(diagnostics.keySet()).noneMatch(k -> k.startsWith("ERROR"));
  }

  @Test
  void infracostFirewallPlanMapsItsNetwork() throws IOException {
    Path corpus = corpus();
    PlanResult plan = read(corpus, corpus.resolve("infracost__infracost/cmd/infracost/testdata/azure_firewall_plan.json"))
        .orElseThrow();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<AzureResource> resources = AzurermMapper.map(plan.resources(), diagnostics);
    ResourceGraph graph = ResourceGraph.of(resources);
    VirtualNetwork vnet = only(resources, VirtualNetwork.class);
    assertThat(vnet.header().displayName()).isEqualTo("testvnet");
    assertThat(vnet.addressSpace().known().orElseThrow().describe()).isEqualTo("10.0.0.0/16");
    Subnet subnet = only(resources, Subnet.class);
    assertThat(subnet.name().known()).contains("AzureFirewallSubnet");
    assertThat(subnet.addressPrefixes().known().orElseThrow().describe()).isEqualTo("10.0.1.0/24");
    assertThat(graph.virtualNetworkOf(subnet)).containsSame(vnet);
    PublicIp pip = only(resources, PublicIp.class);
    assertThat(pip.sku().known()).contains("Standard");
    assertThat(pip.allocationMethod().known()).contains("Static");
    assertThat(pip.ipAddress().unknownReason()).contains("known after apply");
    assertThat(pip.zones().unknownReason()).contains("known after apply");
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void infracostExpressRoutePlanHasTheCircuitSku() throws IOException {
    Path corpus = corpus();
    PlanResult plan = read(corpus,
        corpus.resolve("infracost__infracost/cmd/infracost/testdata/express_route_gateway_plan.json")).orElseThrow();
    ExpressRouteCircuit circuit = only(AzurermMapper.map(plan.resources(), new ArrayList<>()), ExpressRouteCircuit.class);
    assertThat(circuit.header().displayName()).isEqualTo("example-erc");
    assertThat(circuit.skuTier().known()).contains("Standard");
    assertThat(circuit.skuFamily().known()).contains("MeteredData");
  }

  @Test
  void checkovPlanHasTwoSecurityGroups() throws IOException {
    Path corpus = corpus();
    PlanResult plan = read(corpus, corpus.resolve(
        "bridgecrewio__checkov/tests/terraform/runner/resources/plan_with_resource_reference/tfplan_extra_ref.json"))
        .orElseThrow();
    List<AzureResource> resources = AzurermMapper.map(plan.resources(), new ArrayList<>());
    assertThat(resources).allMatch(NetworkSecurityGroup.class::isInstance);
    assertThat(resources).extracting(r -> r.header().id().toString()).containsExactly(
        "/subscriptions/{unknown}/resourceGroups/test/providers/Microsoft.Network/networkSecurityGroups/fail",
        "/subscriptions/{unknown}/resourceGroups/test/providers/Microsoft.Network/networkSecurityGroups/pass");
  }

  private static <T extends AzureResource> T only(List<AzureResource> resources, Class<T> type) {
    List<T> matches = resources.stream().filter(type::isInstance).map(type::cast).toList();
    assertThat(matches).hasSize(1);
    return matches.get(0);
  }
}
