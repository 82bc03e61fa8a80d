package io.vnetlint.rules.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.azure.ClassicResource;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.testing.FakeResources;
import io.vnetlint.rules.testing.RuleRun;
import org.junit.jupiter.api.Test;

/** VNL210 names the classic type in its message and reports only declarations. */
class ClassicNetworkResourceTest {

  @Test
  void everyDeclaredClassicResourceIsReportedAtItsHeader() {
    FakeResources f = new FakeResources();
    f.classicVnet("legacy-vnet", "10.20.0.0/16");
    ClassicResource ip = f.with(new ClassicResource(f.header("Microsoft.ClassicNetwork/reservedIps", "legacy-ip")));
    f.vnet("rm-vnet", "10.30.0.0/16");
    RuleRun run = RuleRun.of(new ClassicNetworkResource(), f);
    assertThat(run.findings()).extracting(Finding::message).satisfiesExactly(
        m -> assertThat(m).contains("classic virtual network 'legacy-vnet'").contains("31 August 2024")
            .contains("Microsoft.Network/virtualNetworks"),
        m -> assertThat(m).contains("classic resource Microsoft.ClassicNetwork/reservedIps 'legacy-ip'")
            .contains("Standard, Static public IP (Microsoft.Network/publicIPAddresses)"));
    assertThat(run.findings().get(1).primary().range()).isEqualTo(ip.header().range());
    assertThat(run.notChecked()).isEmpty();
  }
}
