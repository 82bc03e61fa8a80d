package io.vnetlint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of address prefixes (an address space, a subnet's prefixes, a local network's prefixes). Elements the
 * scan cannot know are kept as {@link Value.Unknown}s: a rule may still report an overlap between known elements,
 * but must not claim that the list as a whole covers or misses something unless {@link #fullyKnown()}.
 */
public record PrefixList(List<AddressPrefix> prefixes, List<Value.Unknown> unknowns) {

  public PrefixList {
    prefixes = List.copyOf(prefixes);
    unknowns = List.copyOf(unknowns);
  }

  public static PrefixList of(List<AddressPrefix> prefixes) {
    return new PrefixList(prefixes, List.of());
  }

  public boolean fullyKnown() {
    return unknowns.isEmpty();
  }

  public boolean isEmpty() {
    return prefixes.isEmpty() && unknowns.isEmpty();
  }

  /** The known prefixes of this list that overlap a known prefix of {@code other}, as pairs (mine, theirs). */
  public List<AddressPrefix[]> overlapsWith(PrefixList other) {
    List<AddressPrefix[]> pairs = new ArrayList<>();
    for (AddressPrefix mine : prefixes) {
      for (AddressPrefix theirs : other.prefixes) {
        if (mine.overlaps(theirs)) {
          pairs.add(new AddressPrefix[] {mine, theirs});
        }
      }
    }
    return pairs;
  }

  /** True when some known prefix of this list contains every address of {@code p}. */
  public boolean covers(AddressPrefix p) {
    for (AddressPrefix mine : prefixes) {
      if (mine.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** The prefixes as written, comma-separated, for messages. */
  public String describe() {
    List<String> texts = new ArrayList<>();
    for (AddressPrefix p : prefixes) {
      texts.add(p.text());
    }
    return String.join(", ", texts);
  }
}
