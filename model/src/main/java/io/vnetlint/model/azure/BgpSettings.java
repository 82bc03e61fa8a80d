package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.SourceRange;
import java.util.List;

/**
 * BGP settings of a gateway or a local network gateway.
 *
 * @param range the settings block
 * @param asn the autonomous system number
 * @param peeringAddress the BGP peer address (local network gateways; a gateway's default address is read-only)
 * @param customApipaAddresses custom APIPA BGP addresses of a gateway, each where it is written
 */
public record BgpSettings(
    SourceRange range,
    Field<Long> asn,
    Field<String> peeringAddress,
    List<Field<String>> customApipaAddresses,
    Field<Long> peerWeight) {

  public BgpSettings {
    customApipaAddresses = List.copyOf(customApipaAddresses);
  }
}
