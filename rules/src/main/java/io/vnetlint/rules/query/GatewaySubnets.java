package io.vnetlint.rules.query;

import io.vnetlint.model.Field;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.Optional;

/** Questions about the subnet a gateway must live in. */
public final class GatewaySubnets {
  private GatewaySubnets() {}

  public static final String NAME = "GatewaySubnet";

  /**
   * Whether a subnet name is the gateway subnet's. Compared ignoring case, like the azurerm provider's
   * {@code validate.IsGatewaySubnet} ({@code strings.EqualFold}); whether Azure itself is case-sensitive is
   * not documented.
   */
  public static boolean isGatewaySubnetName(String name) {
    return NAME.equalsIgnoreCase(name.trim());
  }

  /** Whether a subnet is the GatewaySubnet: empty when its name is unknown. */
  public static Optional<Boolean> isGatewaySubnet(Subnet subnet) {
    return subnet.name().known().map(GatewaySubnets::isGatewaySubnetName);
  }

  /** The name of the subnet an IP configuration uses, as far as the scan knows it. */
  public sealed interface SubnetName {
    /** The name is known; {@code subnet} is the declared subnet when the reference resolves to one. */
    record Known(String name, Optional<Subnet> subnet) implements SubnetName {}

    /** The name cannot be known: an unknown value or an ambiguous reference. */
    record Uncertain(String reason, SourceRange range) implements SubnetName {}

    /** No subnet is set, or it is a resource outside the scan that is named by address only. */
    record None() implements SubnetName {}
  }

  /**
   * The subnet name of one IP configuration: from the declared subnet when the reference resolves to one, else
   * the last name of a reference by resource id (an id names its subnet even when the subnet is not in the scan).
   */
  public static SubnetName subnetName(
      ResourceGraph graph, VirtualNetworkGateway gateway, VirtualNetworkGateway.IpConfiguration ip) {
    Field<ResourceRef> ref = ip.subnet();
    Resolution resolution = graph.resolve(ref, gateway);
    Optional<Subnet> subnet = resolution.resource(Subnet.class);
    if (subnet.isPresent()) {
      Field<String> name = subnet.get().name();
      if (name.isKnown()) {
        return new SubnetName.Known(name.known().orElseThrow(), subnet);
      }
      if (name.isUnknown()) {
        return new SubnetName.Uncertain(
            "the name of " + subnet.get().describe() + " is unknown (" + name.unknownReason().orElse("") + ")",
            name.rangeOr(subnet.get().header().range()));
      }
    }
    if (ref instanceof Field.Known<ResourceRef> k
        && k.value() instanceof ResourceRef.ById byId
        && byId.id().hasType("Microsoft.Network/virtualNetworks/subnets")) {
      return new SubnetName.Known(byId.id().name(), subnet);
    }
    if (resolution.isUncertain()) {
      return new SubnetName.Uncertain(resolution.explain(), ref.rangeOr(ip.range()));
    }
    return new SubnetName.None();
  }
}
