package io.vnetlint.rules.testing;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.Field;
import io.vnetlint.model.Origin;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.Secret;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.BgpSettings;
import io.vnetlint.model.azure.ClassicVirtualNetwork;
import io.vnetlint.model.azure.Connection;
import io.vnetlint.model.azure.LocalNetworkGateway;
import io.vnetlint.model.azure.Peering;
import io.vnetlint.model.azure.PublicIp;
import io.vnetlint.model.azure.ResourceHeader;
import io.vnetlint.model.azure.Subnet;
import io.vnetlint.model.azure.VirtualNetwork;
import io.vnetlint.model.azure.VirtualNetworkGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built typed resources for unit tests of rule logic, so that cases a template can hardly express (unknown
 * values, ambiguous references, classic networks) are tested without a front end. Every value gets its own line
 * in a fake file, so tests can tell locations apart; {@link #line(Field)} tells which.
 */
public final class FakeResources {
  public static final String FILE = "fake.json";
  private int line = 1;
  private final List<AzureResource> all = new ArrayList<>();

  public List<AzureResource> all() {
    return List.copyOf(all);
  }

  public SourceRange next() {
    int l = line++;
    return new SourceRange(FILE, l, 1, l, 20, 0, 0);
  }

  public static int line(Field<?> f) {
    return f.rangeOr(null).startLine();
  }

  public <T> Field<T> known(T value) {
    return Field.of(value, next());
  }

  public <T> Field<T> unknown(String reason) {
    return Field.unknown(reason, next());
  }

  public static ResourceRef.ById ref(AzureResource target) {
    return new ResourceRef.ById(target.header().id());
  }

  public Field<ResourceRef> refTo(AzureResource target) {
    return known(ref(target));
  }

  public Field<ResourceRef> refTo(ResourceId id) {
    return known(new ResourceRef.ById(id));
  }

  public Field<PrefixList> prefixes(String... texts) {
    List<AddressPrefix> list = new ArrayList<>();
    for (String t : texts) {
      list.add(AddressPrefix.parse(t, next()).orElseThrow());
    }
    return known(PrefixList.of(list));
  }

  public ResourceHeader header(String type, String... names) {
    ResourceId id = ResourceId.of(type, names);
    return new ResourceHeader(id, type + "/" + String.join("/", names), names[names.length - 1], next(),
        Origin.of(FILE), Field.of("westeurope", next()));
  }

  private <T extends AzureResource> T add(T r) {
    all.add(r);
    return r;
  }

  public VirtualNetwork vnet(String name, String... space) {
    return add(new VirtualNetwork(header("Microsoft.Network/virtualNetworks", name), prefixes(space)));
  }

  public VirtualNetwork vnet(String name, Field<PrefixList> space) {
    return add(new VirtualNetwork(header("Microsoft.Network/virtualNetworks", name), space));
  }

  public ClassicVirtualNetwork classicVnet(String name, String... space) {
    return add(new ClassicVirtualNetwork(header("Microsoft.ClassicNetwork/virtualNetworks", name), prefixes(space)));
  }

  public Subnet subnet(VirtualNetwork vnet, String name, String... prefixes) {
    return subnet(vnet, known(name), prefixes(prefixes));
  }

  public Subnet subnet(VirtualNetwork vnet, Field<String> name, Field<PrefixList> prefixes) {
    String n = name.known().orElse("unknown-subnet-" + line);
    return add(new Subnet(header("Microsoft.Network/virtualNetworks/subnets", vnet.header().displayName(), n),
        refTo(vnet), name, prefixes, Field.absent(), Field.absent(), false));
  }

  /** A peering; null flags are absent (Azure's defaults apply). */
  public Peering peering(AzureResource from, String name, Field<ResourceRef> remote, Boolean allowTransit,
      Boolean useRemote) {
    return add(new Peering(
        header("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", from.header().displayName(), name),
        refTo(from), remote, Field.absent(), Field.absent(), flag(allowTransit), flag(useRemote), false));
  }

  public Peering peering(AzureResource from, String name, AzureResource to, Boolean allowTransit, Boolean useRemote) {
    return peering(from, name, refTo(to), allowTransit, useRemote);
  }

  public Field<Boolean> flag(Boolean value) {
    return value == null ? Field.absent() : known(value);
  }

  public PublicIp publicIp(String name, String address) {
    return add(new PublicIp(header("Microsoft.Network/publicIPAddresses", name), known("Standard"),
        known("Static"), address == null ? Field.absent() : known(address), Field.absent()));
  }

  public VirtualNetworkGateway gateway(String name, String sku, Subnet subnet, PublicIp pip) {
    return gateway(name, known(sku), Field.absent(), Field.absent(), subnet == null ? Field.absent() : refTo(subnet),
        pip);
  }

  public VirtualNetworkGateway gateway(String name, Field<String> sku, Field<Boolean> enableBgp,
      Field<BgpSettings> bgp, Field<ResourceRef> subnet, PublicIp pip) {
    VirtualNetworkGateway.IpConfiguration ip = new VirtualNetworkGateway.IpConfiguration(
        known("vnetGatewayConfig"), next(), subnet, pip == null ? Field.absent() : refTo(pip));
    return add(new VirtualNetworkGateway(header("Microsoft.Network/virtualNetworkGateways", name),
        known("Vpn"), known("RouteBased"), sku, Field.absent(), known(false), enableBgp, bgp, known(List.of(ip)),
        Field.absent()));
  }

  public Field<BgpSettings> bgp(long asn) {
    SourceRange block = next();
    return Field.of(new BgpSettings(block, known(asn), Field.absent(), List.of(), Field.absent()), block);
  }

  public LocalNetworkGateway lng(String name, Field<String> address, Field<ResourceRef> pip,
      Field<PrefixList> prefixes, Field<BgpSettings> bgp) {
    return add(new LocalNetworkGateway(header("Microsoft.Network/localNetworkGateways", name), address, pip,
        Field.absent(), prefixes, bgp));
  }

  public Connection vnet2vnet(String name, AzureResource g1, AzureResource g2, Field<Secret> key) {
    return add(new Connection(header("Microsoft.Network/connections", name), known("Vnet2Vnet"), refTo(g1),
        refTo(g2), Field.absent(), Field.absent(), key, Field.absent(), Field.absent(), Field.absent(),
        Field.absent()));
  }

  public Connection ipsec(String name, AzureResource g1, AzureResource lng, Field<Secret> key) {
    return add(new Connection(header("Microsoft.Network/connections", name), known("IPsec"), refTo(g1),
        Field.absent(), refTo(lng), Field.absent(), key, Field.absent(), Field.absent(), Field.absent(),
        Field.absent()));
  }

  public Field<Secret> key(String value) {
    return known(new Secret(value));
  }

  /** Adds a resource built by hand. */
  public <T extends AzureResource> T with(T resource) {
    return add(resource);
  }
}
