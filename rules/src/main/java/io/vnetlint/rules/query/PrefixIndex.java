package io.vnetlint.rules.query;

import io.vnetlint.model.AddressPrefix;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Items (numbered 0..n-1) by the address prefixes they hold, answering "which items hold a prefix that overlaps
 * this one" without comparing it with every item. Two CIDR blocks overlap only when one contains the other, so the
 * items that overlap {@code q} are those with a block that starts inside {@code q} (a sorted map) and those with
 * one of {@code q}'s supernets (at most one per prefix length, looked up by hash).
 */
final class PrefixIndex {
  private final Map<Key, List<Integer>> byBlock = new HashMap<>();
  private final NavigableMap<BigInteger, List<Integer>> ipv4ByStart = new TreeMap<>();
  private final NavigableMap<BigInteger, List<Integer>> ipv6ByStart = new TreeMap<>();

  /** A block: its family, first address and prefix length. */
  private record Key(boolean ipv4, BigInteger start, int length) {
    // Written out: the generated record methods link the ObjectMethods bootstrap, a start-up cost on every scan.
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && ipv4 == k.ipv4 && length == k.length && start.equals(k.start);
    }

    @Override
    public int hashCode() {
      return (start.hashCode() * 31 + length) * 2 + (ipv4 ? 1 : 0);
    }
  }

  void add(int item, AddressPrefix prefix) {
    BigInteger start = prefix.firstAddress();
    byBlock.computeIfAbsent(new Key(prefix.isIpv4(), start, prefix.prefixLength()), k -> new ArrayList<>())
        .add(item);
    (prefix.isIpv4() ? ipv4ByStart : ipv6ByStart).computeIfAbsent(start, k -> new ArrayList<>()).add(item);
  }

  /** The items with a prefix that overlaps {@code q}, in ascending order. */
  TreeSet<Integer> overlapping(AddressPrefix q) {
    TreeSet<Integer> out = new TreeSet<>();
    BigInteger start = q.firstAddress();
    BigInteger end = q.lastAddress();
    for (List<Integer> items : (q.isIpv4() ? ipv4ByStart : ipv6ByStart).subMap(start, true, end, true).values()) {
      out.addAll(items);
    }
    for (int length = 0; length < q.prefixLength(); length++) {
      List<Integer> items = byBlock.get(new Key(q.isIpv4(), q.firstAddressOfSupernet(length), length));
      if (items != null) {
        out.addAll(items);
      }
    }
    return out;
  }
}
