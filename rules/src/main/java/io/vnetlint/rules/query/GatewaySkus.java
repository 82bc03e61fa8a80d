package io.vnetlint.rules.query;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the facts file (section A) says about gateway SKU names. Names are compared ignoring case. Standard and
 * HighPerformance exist as legacy VPN SKUs and as ExpressRoute SKUs, so they belong to neither "only" set.
 */
public final class GatewaySkus {
  private GatewaySkus() {}

  private static final Pattern VPN_GW = Pattern.compile("vpngw([1-5])(az)?");

  /** VpnGw1–5 and VpnGw1AZ–5AZ: SKUs only a VPN gateway can have. */
  public static boolean isVpnOnly(String sku) {
    return VPN_GW.matcher(norm(sku)).matches();
  }

  /** UltraPerformance, ErGw1AZ–3AZ and ErGwScale: SKUs only an ExpressRoute gateway can have. */
  public static boolean isExpressRouteOnly(String sku) {
    String s = norm(sku);
    return s.equals("ultraperformance") || s.matches("ergw[1-3]az") || s.equals("ergwscale");
  }

  /** The tier number of VpnGw1–5(AZ), or empty for other SKUs. */
  public static Optional<Integer> vpnGwTier(String sku) {
    Matcher m = VPN_GW.matcher(norm(sku));
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** True for the zone-redundant VpnGw1AZ–5AZ. */
  public static boolean isAz(String sku) {
    Matcher m = VPN_GW.matcher(norm(sku));
    return m.matches() && m.group(2) != null;
  }

  /** The one generation a SKU exists in: Generation1 for VpnGw1(AZ), Generation2 for VpnGw4–5(AZ). */
  public static Optional<String> onlyGeneration(String sku) {
    return vpnGwTier(sku).flatMap(tier -> tier == 1 ? Optional.of("Generation1")
        : tier >= 4 ? Optional.of("Generation2") : Optional.empty());
  }

  /** True for the legacy VPN SKUs Standard and HighPerformance (on a VPN gateway). */
  public static boolean isLegacyVpn(String sku) {
    String s = norm(sku);
    return s.equals("standard") || s.equals("highperformance");
  }

  private static String norm(String sku) {
    return sku.trim().toLowerCase(Locale.ROOT);
  }
}
