package io.vnetlint.rules.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.AddressPrefix;
import io.vnetlint.model.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The index must answer exactly what comparing with every prefix answers. */
class PrefixIndexTest {
  private static final SourceRange AT = SourceRange.fileStart("t");

  @Test
  void findsTheSameItemsAsComparingWithEveryPrefix() {
    Random random = new Random(42);
    List<AddressPrefix> held = new ArrayList<>();
    PrefixIndex index = new PrefixIndex();
    for (int item = 0; item < 400; item++) {
      AddressPrefix p = randomPrefix(random);
      held.add(p);
      index.add(item, p);
    }
    for (int i = 0; i < 400; i++) {
      AddressPrefix q = randomPrefix(random);
      TreeSet<Integer> expected = new TreeSet<>();
      for (int item = 0; item < held.size(); item++) {
        if (held.get(item).overlaps(q)) {
          expected.add(item);
        }
      }
      assertThat(index.overlapping(q)).as(q.text()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void coversSupernetsSubnetsEqualBlocksAndBothFamilies() {
    PrefixIndex index = new PrefixIndex();
    index.add(0, prefix("10.0.0.0/8"));
    index.add(1, prefix("10.1.2.0/24"));
    index.add(2, prefix("10.1.0.0/16"));
    index.add(3, prefix("192.168.0.0/16"));
    index.add(4, prefix("0.0.0.0/0"));
    index.add(5, prefix("fd00::/8"));
    index.add(6, prefix("10.1.2.7"));

    assertThat(index.overlapping(prefix("10.1.0.0/16"))).containsExactly(0, 1, 2, 4, 6);
    assertThat(index.overlapping(prefix("10.2.0.0/16"))).containsExactly(0, 4);
    assertThat(index.overlapping(prefix("172.16.0.0/12"))).containsExactly(4);
    assertThat(index.overlapping(prefix("fd00:1::/32"))).containsExactly(5);
    assertThat(index.overlapping(prefix("2001:db8::/32"))).isEmpty();
  }

  private static AddressPrefix randomPrefix(Random random) {
    if (random.nextInt(10) == 0) {
      return prefix("fd00:" + Integer.toHexString(random.nextInt(4)) + "::/" + (16 + random.nextInt(32)));
    }
    // few distinct networks, so that overlaps are common
    int a = 10 + random.nextInt(2);
    String address = a + "." + random.nextInt(4) + "." + random.nextInt(4) + "." + random.nextInt(256);
    return random.nextInt(8) == 0 ? prefix(address) : prefix(address + "/" + (6 + random.nextInt(27)));
  }

  private static AddressPrefix prefix(String text) {
    return AddressPrefix.parse(text, AT).orElseThrow();
  }
}
