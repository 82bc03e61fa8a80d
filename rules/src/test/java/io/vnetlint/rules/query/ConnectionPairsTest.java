package io.vnetlint.rules.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import io.vnetlint.rules.testing.FakeResources;
import org.junit.jupiter.api.Test;

/** Which connections form pairs (rules.md, "Scenario 1 — terms"), and when the scan cannot tell. */
class ConnectionPairsTest {
  private final FakeResources f = new FakeResources();
  private final VirtualNetwork vnet1 = f.vnet("vnet1", "10.1.0.0/16");
  private final VirtualNetwork vnet2 = f.vnet("vnet2", "10.2.0.0/16");
  private final Subnet sub1 = f.subnet(vnet1, "GatewaySubnet", "10.1.255.0/27");
  private final Subnet sub2 = f.subnet(vnet2, "GatewaySubnet", "10.2.255.0/27");
  private final PublicIp pip1 = f.publicIp("gw1-pip", "20.1.1.1");
  private final PublicIp pip2 = f.publicIp("gw2-pip", "20.2.2.2");
  private final VirtualNetworkGateway gw1 = f.gateway("gw1", "VpnGw1AZ", sub1, pip1);
  private final VirtualNetworkGateway gw2 = f.gateway("gw2", "VpnGw1AZ", sub2, pip2);

  private ConnectionPairs pairs() {
    return ConnectionPairs.of(ResourceGraph.of(f.all()));
  }

  @Test
  void vnet2vnetBothWaysIsAPairInSourceOrder() {
    Connection a = f.vnet2vnet("a", gw1, gw2, Field.absent());
    Connection b = f.vnet2vnet("b", gw2, gw1, Field.absent());
    assertThat(pairs().pairs()).singleElement().satisfies(p -> {
      assertThat(p.first()).isSameAs(a);
      assertThat(p.second()).isSameAs(b);
      assertThat(p.firstGateway()).isSameAs(gw1);
      assertThat(p.other(a)).isSameAs(b);
    });
  }

  @Test
  void mixedTypesAreNoPair() {
    LocalNetworkGateway for1 = f.lng("for1", Field.absent(), f.refTo(pip1), f.prefixes("10.1.0.0/16"),
        Field.absent());
    f.vnet2vnet("a", gw1, gw2, Field.absent());
    f.ipsec("b", gw2, for1, Field.absent());
    assertThat(pairs().pairs()).isEmpty();
  }

  @Test
  void aLocalGatewayCoveringTheOwnNetworkDoesNotRepresentItsOwnGateway() {
    // prefixes that cover both networks: the own gateway is never the partner, the other one is
    LocalNetworkGateway wide1 = f.lng("wide1", Field.absent(), Field.absent(), f.prefixes("10.0.0.0/8"),
        Field.absent());
    LocalNetworkGateway wide2 = f.lng("wide2", Field.absent(), Field.absent(), f.prefixes("10.0.0.0/8"),
        Field.absent());
    f.ipsec("a", gw1, wide1, Field.absent());
    f.ipsec("b", gw2, wide2, Field.absent());
    ResourceGraph graph = ResourceGraph.of(f.all());
    assertThat(RepresentedGateways.of(graph, wide1, gw1).partners()).containsExactly(gw2);
    assertThat(pairs().pairs()).hasSize(1);
  }

  @Test
  void representationByAddressWinsOverPrefixes() {
    VirtualNetwork vnet3 = f.vnet("vnet3", "10.3.0.0/16");
    Subnet sub3 = f.subnet(vnet3, "GatewaySubnet", "10.3.255.0/27");
    VirtualNetworkGateway gw3 = f.gateway("gw3", "VpnGw1AZ", sub3, f.publicIp("gw3-pip", "20.3.3.3"));
    LocalNetworkGateway lng = f.lng("to-gw2", f.known("20.2.2.2"), Field.absent(),
        f.prefixes("10.2.0.0/16", "10.3.0.0/16"), Field.absent());
    RepresentedGateways r = RepresentedGateways.of(ResourceGraph.of(f.all()), lng, gw1);
    assertThat(r.byAddress()).containsExactly(gw2);
    assertThat(r.byPrefixes()).containsExactly(gw2, gw3);
    assertThat(r.partners()).containsExactly(gw2);
    assertThat(r.uncertainty()).isEmpty();
  }

  @Test
  void anAmbiguousGatewayMakesAConnectionUnchecked() {
    f.gateway("gw1", "VpnGw1AZ", sub1, null); // a second 'gw1' in an unknown resource group
    Connection c = f.with(new Connection(f.header("Microsoft.Network/connections", "c"), f.known("Vnet2Vnet"),
        f.refTo(ResourceId.of("Microsoft.Network/virtualNetworkGateways", "gw1")), f.refTo(gw2), Field.absent(),
        Field.absent(), Field.absent(), Field.absent(), Field.absent(), Field.absent(), Field.absent()));
    ConnectionPairs pairs = pairs();
    assertThat(pairs.pairs()).isEmpty();
    assertThat(pairs.unchecked()).singleElement().satisfies(u -> {
      assertThat(u.connection()).isSameAs(c);
      assertThat(u.reason()).contains("its gateway", "matches 2 resources");
    });
  }

  @Test
  void anUnknownConnectionTypeIsUncheckedOnlyWhenSomethingComesBack() {
    f.with(new Connection(f.header("Microsoft.Network/connections", "c"), f.unknown("parameter 'type'"),
        f.refTo(gw1), f.refTo(gw2), Field.absent(), Field.absent(), Field.absent(), Field.absent(), Field.absent(),
        Field.absent(), Field.absent()));
    assertThat(pairs().unchecked()).isEmpty();
    f.vnet2vnet("back", gw2, gw1, Field.absent());
    assertThat(pairs().unchecked()).singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("connection type is unknown"));
  }

  @Test
  void aPeerGatewayOutsideTheScanIsNoPairAndNoNote() {
    f.with(new Connection(f.header("Microsoft.Network/connections", "c"), f.known("Vnet2Vnet"), f.refTo(gw1),
        f.known((ResourceRef) new ResourceRef.ById(
            ResourceId.of("Microsoft.Network/virtualNetworkGateways", "elsewhere"))),
        Field.absent(), Field.absent(), Field.absent(), Field.absent(), Field.absent(), Field.absent(),
        Field.absent()));
    assertThat(pairs().pairs()).isEmpty();
    assertThat(pairs().unchecked()).isEmpty();
  }
}
