package io.vnetlint.model;

import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.RouteServer;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All typed resources of one scan, across files and formats, with references resolved into edges. A reference
 * links when exactly one compatible resource matches it (same type and names; same subscription and resource
 * group where both sides know them; not an alternative deployment variant of the same template). Ambiguous
 * references link nothing; they are listed in {@link #diagnostics()}.
 */
public final class ResourceGraph {
  private final List<AzureResource> resources;
  private final Map<String, List<AzureResource>> byLooseId = new HashMap<>();
  /** Resources by deployment unit and loose id: most references point into their own unit. */
  private final Map<String, List<AzureResource>> byUnitLooseId = new HashMap<>();
  /** Resources by deployment unit and address: addresses only mean something inside their unit. */
  private final Map<String, List<AzureResource>> byUnitAddress = new HashMap<>();
  private final Map<AzureResource, List<Subnet>> subnetsByVnet = new IdentityHashMap<>();
  private final Map<AzureResource, List<Peering>> peeringsByVnet = new IdentityHashMap<>();
  private final Map<AzureResource, List<VirtualNetworkGateway>> gatewaysByVnet = new IdentityHashMap<>();
  private final Map<AzureResource, List<RouteServer>> routeServersByVnet = new IdentityHashMap<>();
  private final Map<AzureResource, List<Connection>> connectionsByGateway = new IdentityHashMap<>();
  private final Map<String, Diagnostic> diagnostics = new LinkedHashMap<>();
  private final Map<Object, Object> derived = new HashMap<>();
  private final Map<Class<?>, List<? extends AzureResource>> byType = new HashMap<>();
  private final Map<VirtualNetworkGateway, Optional<AzureResource>> networkOfGateway = new IdentityHashMap<>();
  /** Every reference followed so far, by the resource and the attribute that holds it: rules ask again and again. */
  private final Map<AzureResource, Map<Field<ResourceRef>, Resolution>> resolved = new IdentityHashMap<>();

  private ResourceGraph(List<AzureResource> resources) {
    this.resources = List.copyOf(resources);
    for (AzureResource r : this.resources) {
      String looseKey = r.header().id().looseKey();
      String unit = r.header().origin().unit();
      byLooseId.computeIfAbsent(looseKey, k -> new ArrayList<>()).add(r);
      byUnitLooseId.computeIfAbsent(unitKey(unit, looseKey), k -> new ArrayList<>()).add(r);
      byUnitAddress.computeIfAbsent(unitKey(unit, r.header().address()), k -> new ArrayList<>()).add(r);
    }
    for (AzureResource r : this.resources) {
      if (r instanceof Subnet s) {
        resolve(s.virtualNetwork(), s).resource(VirtualNetwork.class)
            .ifPresent(v -> subnetsByVnet.computeIfAbsent(v, k -> new ArrayList<>()).add(s));
      } else if (r instanceof Peering p) {
        resolve(p.virtualNetwork(), p).resource()
            .ifPresent(v -> peeringsByVnet.computeIfAbsent(v, k -> new ArrayList<>()).add(p));
      } else if (r instanceof VirtualNetworkGateway g) {
        virtualNetworkOf(g).ifPresent(v -> gatewaysByVnet.computeIfAbsent(v, k -> new ArrayList<>()).add(g));
      } else if (r instanceof RouteServer rs) {
        networkOfSubnetRef(rs.subnet(), rs)
            .ifPresent(v -> routeServersByVnet.computeIfAbsent(v, k -> new ArrayList<>()).add(rs));
      } else if (r instanceof Connection c) {
        resolve(c.virtualNetworkGateway1(), c).resource(VirtualNetworkGateway.class)
            .ifPresent(g -> connectionsByGateway.computeIfAbsent(g, k -> new ArrayList<>()).add(c));
      }
    }
  }

  public static ResourceGraph of(List<? extends AzureResource> resources) {
    return new ResourceGraph(new ArrayList<>(resources));
  }

  public List<AzureResource> resources() {
    return resources;
  }

  /** Every resource of one kind, in scan order. */
  public <T extends AzureResource> List<T> all(Class<T> type) {
    // rules ask for the gateways once per connection: the scan over every resource is done once per kind
    @SuppressWarnings("unchecked")
    List<T> ofType = (List<T>) byType.get(type);
    if (ofType == null) {
      ofType = new ArrayList<>();
      for (AzureResource r : resources) {
        if (type.isInstance(r)) {
          ofType.add(type.cast(r));
        }
      }
      byType.put(type, ofType);
    }
    return new ArrayList<>(ofType);
  }

  /**
   * A value computed from this graph once and kept with it, such as an index that rules query once per resource
   * (asking each resource about every other would make a scan quadratic). {@code key} names the value (a class
   * constant of the caller); {@code compute} must depend on the graph alone.
   */
  public synchronized <T> T derived(Object key, java.util.function.Function<ResourceGraph, T> compute) {
    @SuppressWarnings("unchecked")
    T value = (T) derived.get(key);
    if (value == null) {
      // not computeIfAbsent: computing one index may ask for another
      value = compute.apply(this);
      derived.put(key, value);
    }
    return value;
  }

  /** Ambiguous references found while linking, in a stable order. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics.values());
  }

  // ---- resolution -------------------------------------------------------------------------------------------

  /** Follows a reference attribute of {@code from}. */
  public Resolution resolve(Field<ResourceRef> ref, AzureResource from) {
    if (ref instanceof Field.Known<ResourceRef> k) {
      Map<Field<ResourceRef>, Resolution> byField = resolved.computeIfAbsent(from, r -> new IdentityHashMap<>());
      Resolution r = byField.get(ref);
      if (r == null) {
        r = resolve(k.value(), from, k.range()); // the same answer each time, and its diagnostic already noted
        byField.put(ref, r);
      }
      return r;
    }
    if (ref instanceof Field.Unknown<ResourceRef> u) {
      return new Resolution.UnknownRef(u.reason(), u.range());
    }
    return new Resolution.NotSet();
  }

  private Resolution resolve(ResourceRef ref, AzureResource from, SourceRange where) {
    List<AzureResource> candidates = new ArrayList<>();
    String unit = from.header().origin().unit();
    if (ref instanceof ResourceRef.ById byId) {
      String looseKey = byId.id().looseKey();
      // The one match in the referring resource's own unit wins below whatever the other units hold, so it is
      // looked up first: the scan of every unit's namesakes (as many as there are landing-zone regions or
      // copies of an example) is left for the references that need it.
      AzureResource own = null;
      int owns = 0;
      for (AzureResource r : byUnitLooseId.getOrDefault(unitKey(unit, looseKey), List.of())) {
        if (r.header().id().couldBe(byId.id()) && compatible(r, from)) {
          own = r;
          owns++;
        }
      }
      if (owns == 1) {
        return new Resolution.Resolved(own);
      }
      for (AzureResource r : byLooseId.getOrDefault(looseKey, List.of())) {
        if (r.header().id().couldBe(byId.id()) && compatible(r, from)) {
          candidates.add(r);
        }
      }
    } else if (ref instanceof ResourceRef.ByAddress byAddr) {
      // Addresses are unique only inside their deployment unit (a Terraform root module).
      for (AzureResource r : byUnitAddress.getOrDefault(unitKey(unit, byAddr.address()), List.of())) {
        if (compatible(r, from)) {
          candidates.add(r);
        }
      }
    }
    if (candidates.size() > 1) {
      // Names repeat across independent deployments (every example calls its network "example"); a match in the
      // referring resource's own unit is the one its author meant.
      List<AzureResource> sameUnit = new ArrayList<>();
      for (AzureResource c : candidates) {
        if (c.header().origin().sameUnit(from.header().origin())) {
          sameUnit.add(c);
        }
      }
      if (sameUnit.size() == 1) {
        candidates = sameUnit;
      }
    }
    if (candidates.size() == 1) {
      return new Resolution.Resolved(candidates.get(0));
    }
    if (candidates.isEmpty()) {
      return new Resolution.NotInScan(ref);
    }
    List<String> names = new ArrayList<>();
    for (AzureResource c : candidates) {
      names.add(c.header().range().where());
    }
    String message = "reference " + ref + " matches " + candidates.size() + " resources (" + String.join(", ", names)
        + "); it is not linked and checks that need it are skipped";
    diagnostics.putIfAbsent(where + message, Diagnostic.warning("ambiguous-reference", message, where));
    return new Resolution.Ambiguous(ref, candidates);
  }

  private static String unitKey(String unit, String key) {
    return unit + '\u0000' + key;
  }

  private static boolean compatible(AzureResource candidate, AzureResource from) {
    return candidate != from && candidate.header().origin().compatibleWith(from.header().origin());
  }

  // ---- edges ------------------------------------------------------------------------------------------------

  public List<Subnet> subnetsOf(AzureResource virtualNetwork) {
    return Collections.unmodifiableList(subnetsByVnet.getOrDefault(virtualNetwork, List.of()));
  }

  /** The peerings declared on this virtual network (the outgoing directions). */
  public List<Peering> peeringsOf(AzureResource virtualNetwork) {
    return Collections.unmodifiableList(peeringsByVnet.getOrDefault(virtualNetwork, List.of()));
  }

  /** Gateways (VPN and ExpressRoute) whose IP configurations sit in this virtual network. */
  public List<VirtualNetworkGateway> gatewaysOf(AzureResource virtualNetwork) {
    return Collections.unmodifiableList(gatewaysByVnet.getOrDefault(virtualNetwork, List.of()));
  }

  public List<RouteServer> routeServersOf(AzureResource virtualNetwork) {
    return Collections.unmodifiableList(routeServersByVnet.getOrDefault(virtualNetwork, List.of()));
  }

  /** Connections that name this gateway as their first gateway (the connections it owns). */
  public List<Connection> connectionsOf(VirtualNetworkGateway gateway) {
    return Collections.unmodifiableList(connectionsByGateway.getOrDefault(gateway, List.of()));
  }

  /** The virtual network a peering is declared on. */
  public Resolution localNetwork(Peering peering) {
    return resolve(peering.virtualNetwork(), peering);
  }

  /** The virtual network (or classic virtual network) a peering points to. */
  public Resolution remoteNetwork(Peering peering) {
    return resolve(peering.remoteVirtualNetwork(), peering);
  }

  /** The peering B→A for a peering A→B, when both ends resolve and it is declared. */
  public Optional<Peering> reversePeering(Peering peering) {
    Optional<AzureResource> local = localNetwork(peering).resource();
    Optional<AzureResource> remote = remoteNetwork(peering).resource();
    if (local.isEmpty() || remote.isEmpty()) {
      return Optional.empty();
    }
    for (Peering back : peeringsOf(remote.get())) {
      if (remoteNetwork(back).resource().filter(r -> r == local.get()).isPresent()) {
        return Optional.of(back);
      }
    }
    return Optional.empty();
  }

  /** The virtual network of a gateway, through the subnet of its first resolvable IP configuration. */
  public Optional<AzureResource> virtualNetworkOf(VirtualNetworkGateway gateway) {
    // asked for every gateway whenever a rule looks for the partners of a connection: worked out once
    Optional<AzureResource> known = networkOfGateway.get(gateway);
    if (known != null) {
      return known;
    }
    Optional<AzureResource> found = Optional.empty();
    for (VirtualNetworkGateway.IpConfiguration ip : gateway.knownIpConfigurations()) {
      Optional<AzureResource> vnet = networkOfSubnetRef(ip.subnet(), gateway);
      if (vnet.isPresent()) {
        found = vnet;
        break;
      }
    }
    networkOfGateway.put(gateway, found);
    return found;
  }

  /** The subnet resource an IP configuration names, when it is declared in the scan. */
  public Optional<Subnet> subnetOf(VirtualNetworkGateway.IpConfiguration ip, VirtualNetworkGateway gateway) {
    return resolve(ip.subnet(), gateway).resource(Subnet.class);
  }

  public Optional<AzureResource> virtualNetworkOf(Subnet subnet) {
    return resolve(subnet.virtualNetwork(), subnet).resource();
  }

  /**
   * The virtual network behind a subnet reference: the subnet's own network when the subnet is declared, else the
   * network named by the reference's parent id (a subnet id names its network).
   */
  private Optional<AzureResource> networkOfSubnetRef(Field<ResourceRef> subnetRef, AzureResource from) {
    Resolution r = resolve(subnetRef, from);
    if (r.resource(Subnet.class).isPresent()) {
      return virtualNetworkOf(r.resource(Subnet.class).get());
    }
    if (subnetRef instanceof Field.Known<ResourceRef> k
        && k.value() instanceof ResourceRef.ById byId
        && byId.id().parent().isPresent()) {
      return resolve(new ResourceRef.ById(byId.id().parent().get()), from, k.range()).resource();
    }
    return Optional.empty();
  }

  public Resolution gateway1(Connection c) {
    return resolve(c.virtualNetworkGateway1(), c);
  }

  public Resolution gateway2(Connection c) {
    return resolve(c.virtualNetworkGateway2(), c);
  }

  public Resolution localNetworkGateway(Connection c) {
    return resolve(c.localNetworkGateway2(), c);
  }

  public List<PublicIp> publicIpsOf(VirtualNetworkGateway gateway) {
    List<PublicIp> out = new ArrayList<>();
    for (VirtualNetworkGateway.IpConfiguration ip : gateway.knownIpConfigurations()) {
      resolve(ip.publicIp(), gateway).resource(PublicIp.class).ifPresent(out::add);
    }
    return out;
  }

  public Resolution networkSecurityGroupOf(Subnet subnet) {
    return resolve(subnet.networkSecurityGroup(), subnet);
  }

  public Resolution routeTableOf(Subnet subnet) {
    return resolve(subnet.routeTable(), subnet);
  }

  /** The address space of a virtual network or classic virtual network; empty for other resources. */
  public static Optional<Field<PrefixList>> addressSpaceOf(AzureResource network) {
    if (network instanceof VirtualNetwork v) {
      return Optional.of(v.addressSpace());
    }
    if (network instanceof ClassicVirtualNetwork c) {
      return Optional.of(c.addressSpace());
    }
    return Optional.empty();
  }
}
