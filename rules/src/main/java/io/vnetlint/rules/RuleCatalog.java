package io.vnetlint.rules;

import io.vnetlint.rules.activeactive.ActiveActiveIpConfigurations;
import io.vnetlint.rules.activeactive.ActiveActiveSharedPublicIp;
import io.vnetlint.rules.activeactive.ActiveActiveUnsupported;
import io.vnetlint.rules.activeactive.DuplicateOnPremisesAsn;
import io.vnetlint.rules.activeactive.GatewayPublicIpSku;
import io.vnetlint.rules.bgp.ApipaAddressOutOfRange;
import io.vnetlint.rules.bgp.AsnCollision;
import io.vnetlint.rules.bgp.BgpLocalPrefixesAreStaticRoutes;
import io.vnetlint.rules.bgp.BgpOnBasicSku;
import io.vnetlint.rules.bgp.BgpPeerAddressInsideVnet;
import io.vnetlint.rules.bgp.ConnectionBgpNotEnabled;
import io.vnetlint.rules.bgp.ConnectionBgpWithoutGatewayBgp;
import io.vnetlint.rules.bgp.LocalGatewayBgpSettingsMissing;
import io.vnetlint.rules.bgp.ReservedAsn;
import io.vnetlint.rules.bgp.Vnet2VnetBgpOneSided;
import io.vnetlint.rules.connection.ClassicNetworkResource;
import io.vnetlint.rules.connection.ConnectedAddressSpaceOverlap;
import io.vnetlint.rules.connection.ConnectionNotReciprocated;
import io.vnetlint.rules.connection.ConnectionPartnerMissing;
import io.vnetlint.rules.connection.IpsecPolicyMismatch;
import io.vnetlint.rules.connection.LocalGatewayAddressMismatch;
import io.vnetlint.rules.connection.LocalNetworkPrefixesMismatch;
import io.vnetlint.rules.connection.SharedKeyInSource;
import io.vnetlint.rules.connection.SharedKeyMismatch;
import io.vnetlint.rules.connection.Vnet2VnetOnPolicyBasedGateway;
import io.vnetlint.rules.hygiene.DeprecatedGatewaySku;
import io.vnetlint.rules.hygiene.GatewaySubnetName;
import io.vnetlint.rules.hygiene.GatewaySubnetNsg;
import io.vnetlint.rules.hygiene.GatewaySubnetRoutes;
import io.vnetlint.rules.hygiene.GatewaySubnetSize;
import io.vnetlint.rules.hygiene.InvalidGatewaySkuCombination;
import io.vnetlint.rules.hygiene.MultipleGatewaysOfType;
import io.vnetlint.rules.hygiene.SubnetAddressProblem;
import io.vnetlint.rules.lifecycle.BasicSkuUpgrade;
import io.vnetlint.rules.lifecycle.ConnectionProtocolChange;
import io.vnetlint.rules.lifecycle.GatewayReplaced;
import io.vnetlint.rules.lifecycle.GatewayTypeChange;
import io.vnetlint.rules.lifecycle.GatewayVpnTypeChange;
import io.vnetlint.rules.multisite.CoexistenceRequirements;
import io.vnetlint.rules.multisite.LocalNetworksOverlap;
import io.vnetlint.rules.multisite.PolicyBasedMultipleConnections;
import io.vnetlint.rules.multisite.TunnelLimitExceeded;
import io.vnetlint.rules.p2s.CertificateAuthWithoutRootCertificate;
import io.vnetlint.rules.p2s.ClientAddressPoolMissing;
import io.vnetlint.rules.p2s.ClientAddressPoolOverlap;
import io.vnetlint.rules.p2s.EntraIdWithoutOpenVpn;
import io.vnetlint.rules.p2s.PointToSiteFeatureNotInSku;
import io.vnetlint.rules.p2s.PointToSiteOnPolicyBasedGateway;
import io.vnetlint.rules.peering.GatewayTransitOnBasicSku;
import io.vnetlint.rules.peering.GatewayTransitWithClassicNetwork;
import io.vnetlint.rules.peering.GatewayTransitWithoutGateway;
import io.vnetlint.rules.peering.GlobalPeering;
import io.vnetlint.rules.peering.MultipleUseRemoteGateways;
import io.vnetlint.rules.peering.PeeredAddressSpaceOverlap;
import io.vnetlint.rules.peering.PeeringNotReciprocated;
import io.vnetlint.rules.peering.UseRemoteGatewaysWithLocalGateway;
import io.vnetlint.rules.peering.UseRemoteGatewaysWithoutRemoteGateway;
import io.vnetlint.rules.peering.UseRemoteGatewaysWithoutRemoteTransit;
import io.vnetlint.rules.transit.ExpressRouteVpnTransitUnsupported;
import io.vnetlint.rules.transit.PointToSiteTransitWithoutBgp;
import io.vnetlint.rules.transit.TransitWithoutBgp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one list of rules vnetlint ships. Adding a rule means adding its class here (a guard test fails when a rule
 * class in the rules packages is missing from this list).
 */
public final class RuleCatalog {
  private static final Map<Class<?>, RuleMetadata> METADATA = new ConcurrentHashMap<>();

  private RuleCatalog() {}

  /** A class, not a lambda: every scan sorts the catalogue, and linking a first lambda costs start-up time. */
  private static final Comparator<Rule> BY_ID = new Comparator<>() {
    @Override
    public int compare(Rule a, Rule b) {
      return a.metadata().id().compareTo(b.metadata().id());
    }
  };

  /** Every rule, ordered by id. */
  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>(List.of(
        // rules are added here, one line each, ordered by id
        new PeeredAddressSpaceOverlap(),
        new PeeringNotReciprocated(),
        new UseRemoteGatewaysWithoutRemoteTransit(),
        new UseRemoteGatewaysWithoutRemoteGateway(),
        new UseRemoteGatewaysWithLocalGateway(),
        new MultipleUseRemoteGateways(),
        new GatewayTransitWithoutGateway(),
        new GatewayTransitOnBasicSku(),
        new GatewayTransitWithClassicNetwork(),
        new GlobalPeering(),
        new ConnectedAddressSpaceOverlap(),
        new LocalNetworkPrefixesMismatch(),
        new SharedKeyMismatch(),
        new SharedKeyInSource(),
        new LocalGatewayAddressMismatch(),
        new ConnectionNotReciprocated(),
        new IpsecPolicyMismatch(),
        new ConnectionPartnerMissing(),
        new Vnet2VnetOnPolicyBasedGateway(),
        new ClassicNetworkResource(),
        new PointToSiteTransitWithoutBgp(),
        new TransitWithoutBgp(),
        new ExpressRouteVpnTransitUnsupported(),
        new PointToSiteOnPolicyBasedGateway(),
        new ClientAddressPoolOverlap(),
        new PointToSiteFeatureNotInSku(),
        new EntraIdWithoutOpenVpn(),
        new CertificateAuthWithoutRootCertificate(),
        new ClientAddressPoolMissing(),
        new PolicyBasedMultipleConnections(),
        new LocalNetworksOverlap(),
        new CoexistenceRequirements(),
        new TunnelLimitExceeded(),
        new BgpOnBasicSku(),
        new ConnectionBgpNotEnabled(),
        new ConnectionBgpWithoutGatewayBgp(),
        new LocalGatewayBgpSettingsMissing(),
        new ReservedAsn(),
        new ActiveActiveIpConfigurations(),
        new ActiveActiveUnsupported(),
        new ActiveActiveSharedPublicIp(),
        new GatewayPublicIpSku(),
        new DuplicateOnPremisesAsn(),
        new AsnCollision(),
        new ApipaAddressOutOfRange(),
        new BgpPeerAddressInsideVnet(),
        new BgpLocalPrefixesAreStaticRoutes(),
        new Vnet2VnetBgpOneSided(),
        new GatewayVpnTypeChange(),
        new GatewayTypeChange(),
        new BasicSkuUpgrade(),
        new GatewayReplaced(),
        new ConnectionProtocolChange(),
        new GatewaySubnetName(),
        new GatewaySubnetSize(),
        new GatewaySubnetNsg(),
        new GatewaySubnetRoutes(),
        new DeprecatedGatewaySku(),
        new MultipleGatewaysOfType(),
        new SubnetAddressProblem(),
        new InvalidGatewaySkuCombination()
    ));
    rules.sort(BY_ID);
    return List.copyOf(rules);
  }

  public static Optional<Rule> byId(String id) {
    for (Rule r : all()) {
      if (r.metadata().id().equalsIgnoreCase(id) || r.metadata().name().equalsIgnoreCase(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  static RuleMetadata metadataOf(Rule rule) {
    return METADATA.computeIfAbsent(rule.getClass(), RuleMetadata::of);
  }
}
