package io.vnetlint.rules.query;

import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.model.azure.VirtualNetwork;
import java.util.Optional;

/** Small helpers about virtual networks (Resource Manager or classic) that several rules share. */
public final class Networks {
  private Networks() {}

  /** True for a virtual network of either deployment model. */
  public static boolean isNetwork(AzureResource r) {
    return r instanceof VirtualNetwork || r instanceof ClassicVirtualNetwork;
  }

  /** The address space field of a network; absent for anything else. */
  public static Field<PrefixList> addressSpace(AzureResource network) {
    return ResourceGraph.addressSpaceOf(network).orElse(Field.absent());
  }

  /** "virtual network 'hub' (address space 10.0.0.0/16)": how related locations name a network. */
  public static String describeWithSpace(AzureResource network) {
    Optional<PrefixList> space = addressSpace(network).known();
    if (space.isEmpty() || space.get().prefixes().isEmpty()) {
      return network.describe();
    }
    String more = space.get().fullyKnown() ? "" : ", and unknown prefixes";
    return network.describe() + " (address space " + space.get().describe() + more + ")";
  }
}
