package io.vnetlint.rules;

import java.util.List;

/**
 * GENERATED from the {@link RuleInfo} annotations of the rules in {@link RuleCatalog}: do not edit. Regenerate
 * with {@code mvn -B -pl rules -am test -Dtest=CatalogMarkdownTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dvnetlint.updateCatalog=true}; {@code CatalogMarkdownTest} fails when this file is stale. The
 * annotations stay the source of truth: a rule class missing here is read from its annotation.
 */
final class RuleIndex {
  private RuleIndex() {}

  /** The metadata of {@code ruleClass} as its annotation says, or null when the class is not indexed. */
  static RuleMetadata of(Class<?> ruleClass) {
    return switch (ruleClass.getName()) {
      case "io.vnetlint.rules.peering.PeeredAddressSpaceOverlap" -> new RuleMetadata(
          "VNL101", "PeeredAddressSpaceOverlap", Level.ERROR,
          "The address spaces of two peered virtual networks overlap",
          "A virtual network peering joins two virtual networks whose address spaces overlap: some "
          + "prefix of one network intersects some prefix of the other (IPv4 or IPv6). Azure refuses to "
          + "create the peering. Reported on each direction's peering, with the overlapping prefixes.",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 1, Configuration 1: the peered virtual networks must have nonoverlapping IP "
          + "address spaces",
          List.of("network", "peering", "address-space"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.peering.PeeringNotReciprocated" -> new RuleMetadata(
          "VNL102", "PeeringNotReciprocated", Level.WARNING,
          "A virtual network peering has no peering in the opposite direction",
          "A peering from virtual network A to virtual network B is declared, B is declared in the "
          + "scanned files, and no peering from B back to A is. A peering stays in the Initiated state "
          + "and carries no traffic until the other direction is created.",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 1, Configuration 1: check the peering on both virtual networks",
          List.of("network", "peering"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.peering.UseRemoteGatewaysWithoutRemoteTransit" -> new RuleMetadata(
          "VNL103", "UseRemoteGatewaysWithoutRemoteTransit", Level.ERROR,
          "A peering uses remote gateways but the reverse peering does not allow gateway transit",
          "A peering from A to B sets useRemoteGateways, the reverse peering from B to A is declared, "
          + "and it does not set allowGatewayTransit (which defaults to false). A can use B's gateway "
          + "only when B allows gateway transit on its side of the peering.",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 4, Configurations 2 and 3: Allow Gateway Transit on one side, Use Remote Gateway "
          + "on the other",
          List.of("network", "peering", "gateway-transit"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.peering.UseRemoteGatewaysWithoutRemoteGateway" -> new RuleMetadata(
          "VNL104", "UseRemoteGatewaysWithoutRemoteGateway", Level.ERROR,
          "A peering uses remote gateways but the remote virtual network has no gateway",
          "A peering from A to B sets useRemoteGateways, B is declared in the scanned files, and B "
          + "has no virtual network gateway (VPN or ExpressRoute) and no Route Server. Azure rejects "
          + "the peering (RemoteVnetHasNoGateways): there is no remote gateway to use.",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 4, Configurations 2 and 3: the virtual network with the gateway is the transit "
          + "point",
          List.of("network", "peering", "gateway-transit"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.peering.UseRemoteGatewaysWithLocalGateway" -> new RuleMetadata(
          "VNL105", "UseRemoteGatewaysWithLocalGateway", Level.ERROR,
          "A peering uses remote gateways although its own virtual network has a gateway",
          "A peering from A to B sets useRemoteGateways while A has a virtual network gateway (VPN or "
          + "ExpressRoute) of its own. Azure refuses useRemoteGateways on a virtual network that "
          + "already has a gateway.",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 4, Configurations 2 and 3: the peered network without a gateway uses the remote "
          + "one",
          List.of("network", "peering", "gateway-transit"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.peering.MultipleUseRemoteGateways" -> new RuleMetadata(
          "VNL106", "MultipleUseRemoteGateways", Level.ERROR,
          "More than one peering of a virtual network uses remote gateways",
          "Two or more peerings declared on the same virtual network set useRemoteGateways. A virtual "
          + "network can use the gateway of one remote network only; Azure rejects the second peering "
          + "that sets the flag. Each such peering is reported, with the others as related locations.",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 4, Configurations 2 and 3: the peered network without a gateway uses the remote "
          + "one",
          List.of("network", "peering", "gateway-transit"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.peering.GatewayTransitWithoutGateway" -> new RuleMetadata(
          "VNL107", "GatewayTransitWithoutGateway", Level.WARNING,
          "A peering allows gateway transit but its virtual network has no gateway",
          "A peering from A to B sets allowGatewayTransit while A has no virtual network gateway (VPN "
          + "or ExpressRoute) and no Route Server in the scanned files. The flag has no effect: B "
          + "cannot use a gateway that does not exist, and a peering of B that sets useRemoteGateways "
          + "is rejected.",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 4, Configurations 2 and 3: Allow Gateway Transit on the side that has the gateway",
          List.of("network", "peering", "gateway-transit"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.peering.GatewayTransitOnBasicSku" -> new RuleMetadata(
          "VNL108", "GatewayTransitOnBasicSku", Level.ERROR,
          "Gateway transit is offered or used through a Basic SKU VPN gateway",
          "A peering from A to B sets allowGatewayTransit while A's VPN gateway has SKU Basic, or "
          + "sets useRemoteGateways while B's VPN gateway has SKU Basic. The Basic SKU does not support "
          + "gateway transit over virtual network peering.",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 4, Configurations 2 and 3: gateway transit through the hub's VPN gateway",
          List.of("network", "peering", "gateway-transit", "sku"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.peering.GatewayTransitWithClassicNetwork" -> new RuleMetadata(
          "VNL109", "GatewayTransitWithClassicNetwork", Level.ERROR,
          "A peering uses the gateway of a classic virtual network",
          "A peering sets useRemoteGateways while its remote virtual network is a classic "
          + "(Microsoft.ClassicNetwork) virtual network, declared in the scan or named by its resource "
          + "id. Gateway transit between deployment models needs the hub network and its gateway in "
          + "Resource Manager; a classic network's gateway cannot be used over peering (and classic "
          + "gateways are retired).",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 4, Configurations 2 and 3: gateway transit over peering, with the gateway in the "
          + "hub",
          List.of("network", "peering", "gateway-transit", "classic"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.peering.GlobalPeering" -> new RuleMetadata(
          "VNL110", "GlobalPeering", Level.NOTE,
          "The peered virtual networks are in different regions (global peering)",
          "A peering joins two virtual networks whose locations differ. The 2019 guide required the "
          + "same region; global peering is supported today, including gateway transit, but Basic Load "
          + "Balancer front ends are not reachable over it and ExpressRoute FastPath does not support "
          + "it. Reported on each direction's peering.",
          "Scenario 1 and 4: virtual network peering",
          "Scenario 1, Configuration 1 and Scenario 4, Configuration 2: the peered networks in the "
          + "same region",
          List.of("network", "peering", "region"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.ConnectedAddressSpaceOverlap" -> new RuleMetadata(
          "VNL201", "ConnectedAddressSpaceOverlap", Level.ERROR,
          "The networks on the two sides of a connection overlap",
          "The address space of a gateway's virtual network intersects the networks on the other side "
          + "of one of its connections: the peer gateway's virtual network (Vnet2Vnet) or the local "
          + "network gateway's address prefixes (IPsec). Connected networks must not overlap: traffic "
          + "for the overlapping range stays in the local virtual network and never enters the tunnel.",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenario 1, validation steps 2-3: the address spaces of connected networks do not overlap",
          List.of("network", "vpn", "connection", "address-space"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.LocalNetworkPrefixesMismatch" -> new RuleMetadata(
          "VNL202", "LocalNetworkPrefixesMismatch", Level.ERROR,
          "A local network gateway's prefixes do not match the network of the gateway it points at",
          "A local network gateway used by an IPsec connection has the public IP of another gateway "
          + "of the scan as its address, so it stands for that gateway, but its address prefixes do not "
          + "cover that gateway's virtual network address space, or list ranges outside it. Traffic to "
          + "the missing ranges is not sent through the tunnel; extra ranges are routed into a tunnel "
          + "that cannot deliver them.",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenario 1, validation steps 2-3: the local network gateway's prefixes are the other "
          + "virtual network's address space",
          List.of("network", "vpn", "connection", "local-network-gateway", "address-space"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.SharedKeyMismatch" -> new RuleMetadata(
          "VNL203", "SharedKeyMismatch", Level.ERROR,
          "The two connections between two gateways use different shared keys",
          "Two connections join the same two gateways in opposite directions (Vnet2Vnet both ways, or "
          + "IPsec through local network gateways that represent each other's gateway), and their "
          + "shared keys differ, or one sets a key and the other does not (Azure then generates a "
          + "random key). The IKE negotiation fails and the tunnel does not come up. The keys are never "
          + "printed.",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenario 1, validation step 4: the pre-shared keys match on both connection objects",
          List.of("network", "vpn", "connection", "shared-key"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.LocalGatewayAddressMismatch" -> new RuleMetadata(
          "VNL204", "LocalGatewayAddressMismatch", Level.ERROR,
          "A local network gateway does not point at the public IP of the gateway it stands for",
          "A local network gateway used by an IPsec connection lists prefixes of another gateway's "
          + "virtual network, so it stands for that gateway, but its gateway address is not that "
          + "gateway's public IP (neither a reference to it nor its literal address). The connection "
          + "sends IKE to the wrong address and the tunnel does not come up.",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenario 1, validation steps 5-6: the local network gateway's address is the other "
          + "gateway's public IP",
          List.of("network", "vpn", "connection", "local-network-gateway"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.ConnectionNotReciprocated" -> new RuleMetadata(
          "VNL205", "ConnectionNotReciprocated", Level.WARNING,
          "A connection between two gateways exists in one direction only",
          "A Vnet2Vnet connection, or an IPsec connection through a local network gateway that "
          + "represents another gateway of the scan, joins two gateways in one direction only: the "
          + "partner gateway has no connection back. A VNet-to-VNet or gateway-to-gateway link needs "
          + "one connection resource per direction; with one only, the tunnel does not come up.",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenario 1, validation step 1: a connection object exists on both gateways",
          List.of("network", "vpn", "connection"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.IpsecPolicyMismatch" -> new RuleMetadata(
          "VNL206", "IpsecPolicyMismatch", Level.ERROR,
          "The two connections between two gateways carry different IPsec/IKE policies",
          "Two connections join the same two gateways in opposite directions, and their custom "
          + "IPsec/IKE policies differ, or only one of them carries a custom policy. Both ends must "
          + "propose the same algorithms, groups and lifetimes, otherwise the VNet-to-VNet or "
          + "site-to-site connection is not established.",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenario 1, validation: both connection objects of a VNet-to-VNet link are configured "
          + "alike",
          List.of("network", "vpn", "connection", "ipsec"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.ConnectionPartnerMissing" -> new RuleMetadata(
          "VNL207", "ConnectionPartnerMissing", Level.ERROR,
          "A connection has no partner for its connection type",
          "A connection of type IPsec sets no local network gateway, a Vnet2Vnet connection sets no "
          + "peer virtual network gateway, or an ExpressRoute connection sets no ExpressRoute circuit. "
          + "Azure rejects the deployment: a connection joins its gateway to exactly the partner its "
          + "type names.",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenario 1, validation step 1: the connection object joins the gateway to its partner",
          List.of("network", "vpn", "connection"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.SharedKeyInSource" -> new RuleMetadata(
          "VNL208", "SharedKeyInSource", Level.WARNING,
          "A connection's shared key is written as a literal in source",
          "The pre-shared key of a connection is a literal in a committed file: a string in the "
          + "connection, a local or a module argument, the default of a Terraform variable not marked "
          + "sensitive, the default of an ARM parameter that is not securestring or of a Bicep "
          + "parameter without @secure(), or a value in a committed .tfvars, ARM parameter or "
          + ".bicepparam file. Anyone who can read the repository can read the key. The finding points "
          + "where the literal is written; the key is never printed.",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenario 1, validation step 4: the pre-shared keys of the connection objects",
          List.of("security", "network", "vpn", "connection", "shared-key", "external/cwe/cwe-798"),
          "high", "7.5", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.Vnet2VnetOnPolicyBasedGateway" -> new RuleMetadata(
          "VNL209", "Vnet2VnetOnPolicyBasedGateway", Level.ERROR,
          "A Vnet2Vnet connection uses a policy-based gateway",
          "A connection of type Vnet2Vnet has a PolicyBased virtual network gateway on one of its two "
          + "sides. VNet-to-VNet connections need route-based gateways on both sides; a policy-based "
          + "gateway supports a single site-to-site IPsec connection only. The VPN type of a gateway "
          + "cannot be changed: the gateway must be deleted and recreated as RouteBased.",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenario 1, configuration: VNet-to-VNet connections between route-based VPN gateways",
          List.of("network", "vpn", "connection", "vpn-type"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.connection.ClassicNetworkResource" -> new RuleMetadata(
          "VNL210", "ClassicNetworkResource", Level.WARNING,
          "A resource of the retired classic network provider (Microsoft.ClassicNetwork) is declared",
          "The code declares a Microsoft.ClassicNetwork resource (a classic virtual network, reserved "
          + "IP, network security group, ...). The classic deployment model and its network resource "
          + "provider were retired on 31 August 2024; migrate the resources to Azure Resource Manager "
          + "(Microsoft.Network).",
          "Scenario 1: VNet-to-VNet and site-to-site connection objects",
          "Scenarios 1 and 4: the classic network configuration (netcfg, local network sites) "
          + "validation steps",
          List.of("network", "classic", "retirement"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.p2s.PointToSiteOnPolicyBasedGateway" -> new RuleMetadata(
          "VNL301", "PointToSiteOnPolicyBasedGateway", Level.ERROR,
          "A PolicyBased gateway has a VPN client configuration",
          "A PolicyBased virtual network gateway has a point-to-site (VPN client) configuration. "
          + "Policy-based gateways (Basic SKU only) do not support point-to-site at all; point-to-site "
          + "needs a RouteBased gateway.",
          "Scenario 2: point-to-site",
          "Scenario 2, configuration: point-to-site needs a route-based VPN gateway",
          List.of("network", "vpn", "point-to-site"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.p2s.ClientAddressPoolOverlap" -> new RuleMetadata(
          "VNL302", "ClientAddressPoolOverlap", Level.ERROR,
          "The VPN client address pool overlaps a connected network",
          "The point-to-site client address pool of a virtual network gateway intersects the "
          + "gateway's virtual network, a peered virtual network, or a network reachable through the "
          + "gateway's connections. Clients get addresses that also exist on the other side, and "
          + "traffic to them is routed to the wrong place.",
          "Scenario 2: point-to-site",
          "Scenario 2, configuration: the client address pool must not overlap the virtual network",
          List.of("network", "vpn", "point-to-site", "address-space"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.p2s.PointToSiteFeatureNotInSku" -> new RuleMetadata(
          "VNL303", "PointToSiteFeatureNotInSku", Level.ERROR,
          "A Basic SKU gateway uses a point-to-site feature the SKU lacks",
          "A virtual network gateway of SKU Basic enables IKEv2 or OpenVPN, RADIUS authentication, or "
          + "Microsoft Entra ID authentication for point-to-site. Basic supports only SSTP with "
          + "certificate authentication, and a Basic gateway cannot be resized: it must be deleted and "
          + "recreated with VpnGw1AZ or larger.",
          "Scenario 2: point-to-site",
          "Scenario 2, configuration: the gateway SKU decides the point-to-site protocols and "
          + "authentication",
          List.of("network", "vpn", "point-to-site", "sku"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.p2s.EntraIdWithoutOpenVpn" -> new RuleMetadata(
          "VNL304", "EntraIdWithoutOpenVpn", Level.ERROR,
          "Microsoft Entra ID authentication without the OpenVPN protocol",
          "A point-to-site configuration uses Microsoft Entra ID (AAD) authentication but OpenVPN is "
          + "not among its client protocols. Entra ID authentication works only with OpenVPN and the "
          + "Azure VPN Client; SSTP and IKEv2 cannot use it.",
          "Scenario 2: point-to-site",
          "Scenario 2, configuration: choose the tunnel type and the authentication type",
          List.of("network", "vpn", "point-to-site", "authentication"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.p2s.CertificateAuthWithoutRootCertificate" -> new RuleMetadata(
          "VNL305", "CertificateAuthWithoutRootCertificate", Level.ERROR,
          "Certificate authentication without a root certificate",
          "A point-to-site configuration uses certificate authentication (explicitly, or because no "
          + "other authentication is configured) and has no root certificate. The gateway validates "
          + "client certificates against the uploaded root certificates, so without one no client can "
          + "connect.",
          "Scenario 2: point-to-site",
          "Scenario 2, configuration: upload the root certificate's public key to the gateway",
          List.of("network", "vpn", "point-to-site", "authentication"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.p2s.ClientAddressPoolMissing" -> new RuleMetadata(
          "VNL306", "ClientAddressPoolMissing", Level.ERROR,
          "A VPN client configuration has no client address pool",
          "A virtual network gateway has a point-to-site (VPN client) configuration without a client "
          + "address pool. Azure has no default pool: the gateway cannot hand addresses to connecting "
          + "clients, and Azure rejects the configuration.",
          "Scenario 2: point-to-site",
          "Scenario 2, configuration: add the client address pool to the virtual network gateway",
          List.of("network", "vpn", "point-to-site"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.multisite.PolicyBasedMultipleConnections" -> new RuleMetadata(
          "VNL401", "PolicyBasedMultipleConnections", Level.ERROR,
          "A policy-based gateway has more than one site-to-site connection",
          "A PolicyBased virtual network gateway owns more than one site-to-site (IPsec) connection. "
          + "A policy-based gateway (Basic SKU only) supports a single site-to-site tunnel and no "
          + "multi-site configuration, so only one of the connections can work. The VPN type cannot be "
          + "changed in place: the gateway must be recreated as RouteBased.",
          "Scenario 3: multi-site and ExpressRoute coexistence",
          "Scenario 3, multi-site: add several site-to-site connections to one route-based VPN "
          + "gateway",
          List.of("network", "vpn", "multi-site", "vpn-type"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.multisite.LocalNetworksOverlap" -> new RuleMetadata(
          "VNL402", "LocalNetworksOverlap", Level.ERROR,
          "Two local network gateways of one gateway have overlapping prefixes",
          "Two local network gateways connected to the same virtual network gateway list intersecting "
          + "address prefixes. In a multi-site configuration each on-premises site must have its own, "
          + "non-overlapping address space: the gateway cannot tell which tunnel an address in the "
          + "overlap belongs to.",
          "Scenario 3: multi-site and ExpressRoute coexistence",
          "Scenario 3, multi-site: the on-premises address spaces must not overlap",
          List.of("network", "vpn", "multi-site", "local-network-gateway", "address-space"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.multisite.CoexistenceRequirements" -> new RuleMetadata(
          "VNL403", "CoexistenceRequirements", Level.ERROR,
          "ExpressRoute and VPN gateways coexist without meeting the requirements",
          "A virtual network has both an ExpressRoute gateway and a VPN gateway, and the VPN gateway "
          + "is PolicyBased or of SKU Basic, or the GatewaySubnet is smaller than /27. "
          + "ExpressRoute/site-to-site coexistence needs a route-based VPN gateway of a SKU other than "
          + "Basic and a GatewaySubnet of /27 or larger.",
          "Scenario 3: multi-site and ExpressRoute coexistence",
          "Scenario 3, ExpressRoute coexistence: requirements for the VPN gateway and the "
          + "GatewaySubnet",
          List.of("network", "vpn", "expressroute", "coexistence", "gateway-subnet"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.multisite.TunnelLimitExceeded" -> new RuleMetadata(
          "VNL404", "TunnelLimitExceeded", Level.WARNING,
          "A gateway has more site-to-site and VNet-to-VNet connections than its SKU allows",
          "A VPN gateway owns more site-to-site (IPsec) and VNet-to-VNet connections than the tunnel "
          + "limit of its SKU: PolicyBased 1, Basic 10, VpnGw1-3 and VpnGw1AZ-3AZ 30, VpnGw4-5 and "
          + "VpnGw4AZ-5AZ 100, legacy Standard 10, HighPerformance 30. The connections beyond the limit "
          + "cannot be established.",
          "Scenario 3: multi-site and ExpressRoute coexistence",
          "Scenario 3, multi-site: the number of sites a gateway can connect depends on its SKU",
          List.of("network", "vpn", "multi-site", "sku"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.transit.PointToSiteTransitWithoutBgp" -> new RuleMetadata(
          "VNL501", "PointToSiteTransitWithoutBgp", Level.WARNING,
          "Point-to-site clients cannot reach the networks behind this connection",
          "A gateway has a VPN client configuration (point-to-site) and a site-to-site or "
          + "VNet-to-VNet connection that does not enable BGP, or that is of type Vnet2Vnet. "
          + "Point-to-site clients reach the networks behind such connections only when the connection "
          + "runs BGP, and a Vnet2Vnet connection never carries the client address pool: the clients "
          + "cannot reach those networks.",
          "Scenario 4: transit routing",
          "Scenario 4, configuration 3: point-to-site clients through site-to-site or VNet-to-VNet",
          List.of("network", "vpn", "p2s", "bgp", "transit", "connection"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.transit.TransitWithoutBgp" -> new RuleMetadata(
          "VNL502", "TransitWithoutBgp", Level.WARNING,
          "A gateway enables BGP on some VPN connections but not on this one: no transit for it",
          "A virtual network gateway enables BGP on some of the site-to-site or VNet-to-VNet "
          + "connections it owns and not on others. Transit routing across VPN gateways needs BGP on "
          + "every intermediate connection, so the networks behind a connection without BGP reach the "
          + "gateway's virtual network but not the networks behind its BGP connections, and the other "
          + "way round.",
          "Scenario 4: transit routing",
          "Scenario 4, configurations 4 and 5: enable BGP on all intermediate connections",
          List.of("network", "vpn", "bgp", "transit", "connection"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.transit.ExpressRouteVpnTransitUnsupported" -> new RuleMetadata(
          "VNL503", "ExpressRouteVpnTransitUnsupported", Level.NOTE,
          "No transit between ExpressRoute and site-to-site VPN in this virtual network",
          "A virtual network has an ExpressRoute gateway and a VPN gateway with site-to-site "
          + "connections, and no Azure Route Server. Azure does not route between the on-premises "
          + "networks connected through ExpressRoute and those connected through the site-to-site VPN: "
          + "each reaches the virtual network, but not the other. Transit between them needs a Route "
          + "Server with branch-to-branch traffic enabled.",
          "Scenario 4: transit routing",
          "Scenario 4, configuration 2: ExpressRoute and site-to-site coexistence",
          List.of("network", "vpn", "expressroute", "transit"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.BgpOnBasicSku" -> new RuleMetadata(
          "VNL601", "BgpOnBasicSku", Level.ERROR,
          "A Basic SKU gateway enables BGP",
          "A virtual network gateway of SKU Basic enables BGP or sets BGP settings. The Basic SKU "
          + "does not support BGP, and a Basic gateway cannot be resized: it must be deleted and "
          + "recreated with a VpnGw1AZ or larger SKU.",
          "Scenario 5: BGP",
          "Scenario 5, step 1: Basic gateways don't support BGP",
          List.of("network", "vpn", "bgp", "sku"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.ConnectionBgpNotEnabled" -> new RuleMetadata(
          "VNL602", "ConnectionBgpNotEnabled", Level.WARNING,
          "Both ends can speak BGP, but the connection does not enable it",
          "The gateway of a connection enables BGP, and the other end is BGP-capable too (the local "
          + "network gateway has BGP settings, or the Vnet2Vnet peer gateway enables BGP), but the "
          + "connection does not enable BGP. No BGP session is set up: routes fall back to the static "
          + "prefixes of the local network gateway or virtual network, and there is no transit.",
          "Scenario 5: BGP",
          "Scenario 5, step 3: enable BGP on the connection",
          List.of("network", "vpn", "bgp", "connection"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.ConnectionBgpWithoutGatewayBgp" -> new RuleMetadata(
          "VNL603", "ConnectionBgpWithoutGatewayBgp", Level.ERROR,
          "A connection enables BGP but its gateway does not",
          "A connection enables BGP while its virtual network gateway (or, for a Vnet2Vnet "
          + "connection, the peer gateway) does not enable BGP. Enabling BGP takes three places: the "
          + "gateway, the local network gateway or peer gateway, and the connection. Without BGP on the "
          + "gateway no BGP session can start.",
          "Scenario 5: BGP",
          "Scenario 5, steps 1 and 3: enable BGP on the gateway before enabling it on the connection",
          List.of("network", "vpn", "bgp", "connection"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.LocalGatewayBgpSettingsMissing" -> new RuleMetadata(
          "VNL604", "LocalGatewayBgpSettingsMissing", Level.ERROR,
          "A BGP-enabled connection's local network gateway has no BGP settings",
          "An IPsec connection enables BGP, but its local network gateway has no BGP settings, or its "
          + "BGP settings lack the ASN or the BGP peering address of the on-premises device. Azure "
          + "needs both to set up the BGP session over the tunnel.",
          "Scenario 5: BGP",
          "Scenario 5, step 2: the local network gateway carries the on-premises ASN and BGP peer "
          + "address",
          List.of("network", "vpn", "bgp", "local-network-gateway"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.ReservedAsn" -> new RuleMetadata(
          "VNL605", "ReservedAsn", Level.ERROR,
          "A gateway or local network gateway uses a reserved BGP ASN",
          "The BGP settings of a virtual network gateway or a local network gateway use an AS number "
          + "that Azure or IANA reserves: 8074, 8075, 12076, 65517-65520, 23456, 64496-64511, "
          + "65535-65551, 4294967295 or 0. 65515, Azure's default, is allowed on an Azure gateway but "
          + "not on a local network gateway, which stands for an on-premises peer - unless that local "
          + "network gateway stands for an Azure gateway (a Virtual WAN hub's VPN gateway, whose ASN is "
          + "always 65515, or another virtual network gateway): its address is then a public IP that "
          + "Azure assigns, not an on-premises device's.",
          "Scenario 5: BGP",
          "Scenario 5, step 2: some AS numbers are reserved for Azure",
          List.of("network", "vpn", "bgp"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.AsnCollision" -> new RuleMetadata(
          "VNL606", "AsnCollision", Level.ERROR,
          "The two ends of a BGP connection use the same ASN",
          "A connection enables BGP and both of its ends have the same AS number: the Azure gateway "
          + "and the local network gateway (IPsec), or the two gateways (Vnet2Vnet) - including two "
          + "gateways that both keep Azure's default ASN 65515. BGP peers in one AS do not form the "
          + "expected external session, and routes are dropped by loop prevention.",
          "Scenario 5: BGP",
          "Scenario 5, step 2: use different ASNs for the networks you connect with BGP",
          List.of("network", "vpn", "bgp"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.ApipaAddressOutOfRange" -> new RuleMetadata(
          "VNL607", "ApipaAddressOutOfRange", Level.ERROR,
          "A custom APIPA BGP address lies outside 169.254.21.0-169.254.22.255",
          "A custom (APIPA) BGP address of a virtual network gateway, or a custom BGP address a "
          + "connection sets for its gateway, lies outside the range Azure accepts for VPN gateways, "
          + "169.254.21.0 to 169.254.22.255. Azure rejects the gateway or the connection.",
          "Scenario 5: BGP",
          "Scenario 5: BGP peer addresses of the Azure gateway (custom APIPA addresses, added since "
          + "the guide)",
          List.of("network", "vpn", "bgp", "apipa"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.BgpPeerAddressInsideVnet" -> new RuleMetadata(
          "VNL608", "BgpPeerAddressInsideVnet", Level.ERROR,
          "A local network gateway's BGP peer address lies inside the Azure virtual network",
          "The BGP peering address of a local network gateway lies inside the address space of the "
          + "virtual network of a gateway it is connected to. Azure routes that address inside the "
          + "virtual network, not through the tunnel, so the BGP session cannot reach the on-premises "
          + "device.",
          "Scenario 5: BGP",
          "Scenario 5, step 2: the BGP peer IP address of the on-premises VPN device",
          List.of("network", "vpn", "bgp", "local-network-gateway"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.BgpLocalPrefixesAreStaticRoutes" -> new RuleMetadata(
          "VNL609", "BgpLocalPrefixesAreStaticRoutes", Level.WARNING,
          "A BGP local network gateway lists prefixes that become static routes",
          "A local network gateway with BGP settings lists address prefixes other than the /32 of its "
          + "BGP peer. Azure adds them as static routes, which take precedence over the routes learned "
          + "through BGP. It is an error when the prefixes contain an APIPA (169.254.x.x) BGP peer "
          + "address, even as its /32: Azure does not accept it there.",
          "Scenario 5: BGP",
          "Scenario 6, note 1: with BGP, only add the /32 of the BGP peer to the local network "
          + "gateway",
          List.of("network", "vpn", "bgp", "local-network-gateway", "routing"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.bgp.Vnet2VnetBgpOneSided" -> new RuleMetadata(
          "VNL610", "Vnet2VnetBgpOneSided", Level.WARNING,
          "The two connections of a VNet-to-VNet pair disagree on BGP",
          "Two Vnet2Vnet connections join the same two gateways in opposite directions, and one "
          + "enables BGP while the other does not. BGP must be enabled on both connection resources; "
          + "otherwise routing is limited to the two virtual networks and there is no transit.",
          "Scenario 5: BGP",
          "Scenario 5, step 3: enable BGP on the connections (for VNet-to-VNet, on both)",
          List.of("network", "vpn", "bgp", "connection"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.activeactive.ActiveActiveIpConfigurations" -> new RuleMetadata(
          "VNL701", "ActiveActiveIpConfigurations", Level.ERROR,
          "A gateway's number of IP configurations does not match its active-active mode",
          "An active-active VPN gateway does not have exactly two IP configurations (three when it is "
          + "zone-redundant, an AZ SKU, and has a point-to-site configuration), or an active-standby "
          + "VPN gateway has more than one. Azure rejects the gateway, or it does not get the instances "
          + "and public IPs the design expects.",
          "Scenario 6: active-active",
          "Scenario 6: an active-active gateway has two gateway IP configurations with two public IPs",
          List.of("network", "vpn", "active-active"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.activeactive.ActiveActiveUnsupported" -> new RuleMetadata(
          "VNL702", "ActiveActiveUnsupported", Level.ERROR,
          "Active-active is enabled on a Basic SKU, a PolicyBased or a legacy Standard gateway",
          "A VPN gateway enables active-active mode, but its SKU is Basic or the legacy Standard, or "
          + "its VPN type is PolicyBased. Active-active needs a route-based gateway of SKU VpnGw1AZ to "
          + "VpnGw5AZ (or the existing non-AZ VpnGw1-5 and legacy HighPerformance); Azure rejects the "
          + "others.",
          "Scenario 6: active-active",
          "Scenario 6: the gateway SKU must support active-active, the VPN type must be route-based",
          List.of("network", "vpn", "active-active", "sku"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.activeactive.ActiveActiveSharedPublicIp" -> new RuleMetadata(
          "VNL703", "ActiveActiveSharedPublicIp", Level.ERROR,
          "Two IP configurations of a gateway use the same public IP",
          "Two IP configurations of one virtual network gateway reference the same public IP address. "
          + "Each instance of an active-active gateway (and the third, point-to-site configuration) "
          + "needs its own public IP; Azure rejects a public IP that is used twice.",
          "Scenario 6: active-active",
          "Scenario 6: an active-active gateway has two public IP addresses",
          List.of("network", "vpn", "active-active", "public-ip"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.activeactive.GatewayPublicIpSku" -> new RuleMetadata(
          "VNL704", "GatewayPublicIpSku", Level.ERROR,
          "A VPN gateway uses a public IP of SKU Basic or with Dynamic allocation",
          "A public IP address used by a VPN gateway has SKU Basic or Dynamic allocation. Basic "
          + "public IPs are retired (new ones cannot be created, VPN gateways are migrated off them), "
          + "and active-active and zone-redundant gateways need Standard, Static public IPs.",
          "Scenario 6: active-active",
          "Scenario 6: the public IP addresses of an active-active gateway",
          List.of("network", "vpn", "active-active", "public-ip", "deprecation"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.activeactive.DuplicateOnPremisesAsn" -> new RuleMetadata(
          "VNL705", "DuplicateOnPremisesAsn", Level.WARNING,
          "Two on-premises sites connected with BGP to one gateway use the same ASN",
          "Two local network gateways connected with BGP-enabled connections to the same virtual "
          + "network gateway have the same ASN. The guide asks for different ASNs for the on-premises "
          + "networks: BGP loop prevention makes each site reject the routes of the other, because they "
          + "carry its own ASN. Two local network gateways for the public IPs of one Azure gateway (the "
          + "instances of an active-active gateway) are one peer and may share its ASN.",
          "Scenario 6: active-active",
          "Scenario 6: use different ASNs for your on-premises networks",
          List.of("network", "vpn", "bgp", "local-network-gateway", "asn"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.lifecycle.GatewayVpnTypeChange" -> new RuleMetadata(
          "VNL801", "GatewayVpnTypeChange", Level.ERROR,
          "A VPN gateway's VPN type changes between PolicyBased and RouteBased",
          "Compared with the baseline (an earlier revision, another directory or a Terraform plan), a "
          + "VPN gateway's vpnType changes from PolicyBased to RouteBased or back. Azure cannot change "
          + "the VPN type in place: the gateway and its connections are deleted and created again, with "
          + "about 60 minutes of downtime, a new public IP and shared keys to set again.",
          "Scenario 7: changes that recreate a gateway",
          "Delete the connections, delete the gateway, create the gateway of the desired type",
          List.of("network", "vpn-gateway", "change", "downtime"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.lifecycle.GatewayTypeChange" -> new RuleMetadata(
          "VNL802", "GatewayTypeChange", Level.ERROR,
          "A virtual network gateway's type changes between Vpn and ExpressRoute",
          "Compared with the baseline (an earlier revision, another directory or a Terraform plan), a "
          + "virtual network gateway's gatewayType changes from Vpn to ExpressRoute or back. The type "
          + "cannot change in place: the gateway and its connections are deleted and created again, "
          + "with downtime, a new public IP and shared keys to set again.",
          "Scenario 7: changes that recreate a gateway",
          "Delete the connections, delete the gateway, create the gateway of the desired type",
          List.of("network", "vpn-gateway", "expressroute", "change", "downtime"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.lifecycle.BasicSkuUpgrade" -> new RuleMetadata(
          "VNL803", "BasicSkuUpgrade", Level.ERROR,
          "A gateway's SKU changes from Basic to another SKU, which Azure cannot resize in place",
          "Compared with the baseline (an earlier revision, another directory or a Terraform plan), a "
          + "virtual network gateway's SKU changes from Basic to another SKU. Azure cannot resize a "
          + "Basic gateway: it must be deleted and created again with a new public IP. Terraform plans "
          + "the change as an in-place update, which Azure rejects at apply.",
          "Scenario 7: changes that recreate a gateway",
          "Scenario 5 resizes Basic to VpnGw1; today Basic cannot be resized, it is deleted and "
          + "recreated",
          List.of("network", "vpn-gateway", "sku", "change", "downtime"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.lifecycle.GatewayReplaced" -> new RuleMetadata(
          "VNL804", "GatewayReplaced", Level.WARNING,
          "A change replaces a virtual network gateway (delete and create)",
          "Compared with the baseline, a change replaces a virtual network gateway: a Terraform plan "
          + "action [\"delete\",\"create\"] or [\"create\",\"delete\"] on the gateway, or a change of an "
          + "attribute that cannot change in place (in Terraform generation, location, name or the "
          + "ip_configuration blocks, for instance active-standby to active-active; in ARM and Bicep "
          + "the location). Its connections are deleted and it gets a new public IP. Changes reported "
          + "by VNL801, VNL802 and VNL803 are not repeated.",
          "Scenario 7: changes that recreate a gateway",
          "Delete the connections, delete the gateway, create the new gateway",
          List.of("network", "vpn-gateway", "change", "downtime"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.lifecycle.ConnectionProtocolChange" -> new RuleMetadata(
          "VNL805", "ConnectionProtocolChange", Level.WARNING,
          "A connection's IKE protocol changes between IKEv1 and IKEv2",
          "Compared with the baseline (an earlier revision, another directory or a Terraform plan), a "
          + "connection's connectionProtocol changes between IKEv1 and IKEv2 (IKEv2 when not set). The "
          + "protocol cannot change after creation: the connection is deleted and created again, the "
          + "tunnel is down meanwhile, its shared key must be set again and the on-premises device must "
          + "switch protocol at the same time.",
          "Scenario 7: changes that recreate a gateway",
          "Connections are deleted and recreated, and their shared keys set again",
          List.of("network", "connection", "ipsec", "change", "downtime"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.hygiene.GatewaySubnetName" -> new RuleMetadata(
          "VNL901", "GatewaySubnetName", Level.ERROR,
          "A virtual network gateway is placed in a subnet not named GatewaySubnet",
          "An IP configuration of a virtual network gateway (VPN or ExpressRoute) uses a subnet whose "
          + "name is not GatewaySubnet. Azure deploys gateways only into the subnet named "
          + "GatewaySubnet; the deployment fails otherwise.",
          "Gateway subnet and SKU hygiene",
          "",
          List.of("network", "vpn", "gateway-subnet"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.hygiene.GatewaySubnetSize" -> new RuleMetadata(
          "VNL902", "GatewaySubnetSize", Level.ERROR,
          "The GatewaySubnet is smaller than /29 (error) or /27 (warning)",
          "The IPv4 prefix of the subnet named GatewaySubnet is longer than /29 (too small for any "
          + "gateway: error) or longer than /27 (below the recommended size, too small for ExpressRoute "
          + "and VPN coexistence: warning).",
          "Gateway subnet and SKU hygiene",
          "",
          List.of("network", "vpn", "gateway-subnet"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.hygiene.GatewaySubnetNsg" -> new RuleMetadata(
          "VNL903", "GatewaySubnetNsg", Level.ERROR,
          "A network security group is associated with the GatewaySubnet",
          "The subnet named GatewaySubnet has a network security group, set on the subnet or through "
          + "a subnet/security group association. Network security groups on the gateway subnet are not "
          + "supported and can make VPN and ExpressRoute gateways stop working; Azure Policy denies "
          + "them.",
          "Gateway subnet and SKU hygiene",
          "",
          List.of("network", "vpn", "gateway-subnet", "nsg"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.hygiene.GatewaySubnetRoutes" -> new RuleMetadata(
          "VNL904", "GatewaySubnetRoutes", Level.ERROR,
          "A route table on the GatewaySubnet has a 0.0.0.0/0 route or disables BGP route propagation",
          "A route table associated with the subnet named GatewaySubnet contains a route for "
          + "0.0.0.0/0, or disables BGP route propagation. Default routes on the gateway subnet are not "
          + "supported, and without BGP route propagation the gateway does not function.",
          "Gateway subnet and SKU hygiene",
          "",
          List.of("network", "vpn", "gateway-subnet", "routing"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.hygiene.DeprecatedGatewaySku" -> new RuleMetadata(
          "VNL905", "DeprecatedGatewaySku", Level.WARNING,
          "A VPN gateway uses a legacy or non-AZ SKU that is retired or being retired",
          "A VPN gateway has the legacy SKU Standard or HighPerformance (retired 30 June 2026) or a "
          + "non-zone-redundant SKU VpnGw1 to VpnGw5 (new gateways can no longer be created with them; "
          + "existing ones are migrated and the SKUs retire in September 2026). The finding suggests "
          + "the AZ equivalent.",
          "Gateway subnet and SKU hygiene",
          "",
          List.of("network", "vpn", "sku", "deprecation"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.hygiene.MultipleGatewaysOfType" -> new RuleMetadata(
          "VNL906", "MultipleGatewaysOfType", Level.ERROR,
          "A virtual network has more than one VPN gateway or more than one ExpressRoute gateway",
          "Two or more virtual network gateways of the same type (Vpn, or ExpressRoute) are placed in "
          + "the GatewaySubnet of one virtual network. A virtual network can have one VPN gateway and "
          + "one ExpressRoute gateway; the second gateway of a type fails to deploy.",
          "Gateway subnet and SKU hygiene",
          "",
          List.of("network", "vpn", "expressroute", "gateway-subnet"),
          "high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.hygiene.SubnetAddressProblem" -> new RuleMetadata(
          "VNL907", "SubnetAddressProblem", Level.ERROR,
          "A subnet lies outside its virtual network's address space or overlaps another subnet",
          "A subnet prefix lies (partly) outside the address space of its virtual network, or two "
          + "subnets of the same virtual network have overlapping prefixes. Azure rejects both.",
          "Gateway subnet and SKU hygiene",
          "",
          List.of("network", "subnet", "address-space"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      case "io.vnetlint.rules.hygiene.InvalidGatewaySkuCombination" -> new RuleMetadata(
          "VNL908", "InvalidGatewaySkuCombination", Level.ERROR,
          "The gateway SKU does not fit its type, VPN type or generation",
          "A virtual network gateway combines a SKU with a type, VPN type or generation that Azure "
          + "rejects: PolicyBased with a SKU other than Basic; a VPN SKU on an ExpressRoute gateway or "
          + "an ExpressRoute SKU on a VPN gateway; VpnGw1 or VpnGw1AZ with Generation2; VpnGw4, VpnGw5 "
          + "or their AZ variants with Generation1.",
          "Gateway subnet and SKU hygiene",
          "",
          List.of("network", "vpn", "expressroute", "sku"),
          "very-high", "", "0.1.0",
          RuleHelp.nextTo(ruleClass));
      default -> null;
    };
  }
}
