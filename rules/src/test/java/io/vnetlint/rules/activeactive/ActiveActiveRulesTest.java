package io.vnetlint.rules.activeactive;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.model.azure.VirtualNetworkGateway.IpConfiguration;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown values and references outside the scan for VNL702 and VNL703. */
class ActiveActiveRulesTest {

  private static VirtualNetworkGateway gateway(FakeResources f, String name, Field<String> sku,
      Field<Boolean> activeActive, List<Field<ResourceRef>> pips) {
    List<IpConfiguration> configs = pips.stream()
        .map(p -> new IpConfiguration(f.known("config" + pips.indexOf(p)), f.next(), Field.absent(), p))
        .toList();
    return f.with(new VirtualNetworkGateway(f.header("Microsoft.Network/virtualNetworkGateways", name),
        f.known("Vpn"), Field.absent(), sku, Field.absent(), activeActive, Field.absent(), Field.absent(),
        f.known(configs), Field.absent()));
  }

  @Test
  void activeActiveUnsupportedNeedsTheFlagAndTheSku() {
    FakeResources f = new FakeResources();
    gateway(f, "unknown-flag", f.known("Basic"), f.unknown("parameter 'activeActive'"), List.of());
    gateway(f, "unknown-sku", f.unknown("parameter 'sku'"), f.known(true), List.of());
    gateway(f, "standby", f.known("Basic"), Field.absent(), List.of());
    gateway(f, "high-performance", f.known("HighPerformance"), f.known(true), List.of());
    VirtualNetworkGateway bad = gateway(f, "standard", f.known("Standard"), f.known(true), List.of());
    RuleRun run = RuleRun.of(new ActiveActiveUnsupported(), f);
    assertThat(run.findings()).singleElement().satisfies(fi -> {
      assertThat(fi.message()).contains("'standard'").contains("legacy SKU Standard");
      assertThat(fi.primary().range()).isEqualTo(((Field.Known<Boolean>) bad.activeActive()).range());
    });
    assertThat(run.notChecked()).hasSize(2);
  }

  @Test
  void sharedPublicIpIsFoundByIdOutsideTheScanAndUnknownsAreNotChecked() {
    FakeResources f = new FakeResources();
    ResourceId external = ResourceId.of("Microsoft.Network/publicIPAddresses", "shared-pip");
    ResourceId other = ResourceId.of("Microsoft.Network/publicIPAddresses", "other-pip");
    VirtualNetworkGateway bad = gateway(f, "shared", f.known("VpnGw1AZ"), f.known(true),
        List.of(f.refTo(external), f.refTo(external)));
    gateway(f, "distinct", f.known("VpnGw1AZ"), f.known(true), List.of(f.refTo(external), f.refTo(other)));
    gateway(f, "unknown", f.known("VpnGw1AZ"), f.known(true),
        List.of(f.refTo(external), f.unknown("parameter 'secondPip'")));
    RuleRun run = RuleRun.of(new ActiveActiveSharedPublicIp(), f);
    assertThat(run.findings()).singleElement().satisfies(fi -> {
      assertThat(fi.message()).contains("'shared'").contains("'config0' and 'config1'");
      assertThat(fi.primary().range()).isEqualTo(
          ((Field.Known<ResourceRef>) bad.knownIpConfigurations().get(1).publicIp()).range());
    });
    assertThat(run.notChecked()).singleElement().satisfies(d -> assertThat(d.message()).contains("secondPip"));
  }
}
