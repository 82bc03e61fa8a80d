package io.vnetlint.model.change;

import io.vnetlint.model.azure.AzureResource;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changes between a baseline and the scanned configuration: one {@link Change} per resource that exists on
 * both sides, in the scanned graph's order. Empty when the scan has no baseline and no plan changes, which keeps
 * the change rules silent.
 */
public final class ChangeSet {
  public static final ChangeSet NONE = new ChangeSet(List.of());

  private final List<Change> changes;
  private final Map<AzureResource, Change> byAfter = new IdentityHashMap<>();

  public ChangeSet(List<Change> changes) {
    this.changes = List.copyOf(changes);
    for (Change c : this.changes) {
      byAfter.putIfAbsent(c.after(), c);
    }
  }

  public List<Change> changes() {
    return changes;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes whose resource is of one kind (the same kind on both sides). */
  public <T extends AzureResource> List<Pair<T>> of(Class<T> type) {
    List<Pair<T>> out = new ArrayList<>();
    for (Change c : changes) {
      if (type.isInstance(c.before()) && type.isInstance(c.after())) {
        out.add(new Pair<>(type.cast(c.before()), type.cast(c.after()), c));
      }
    }
    return out;
  }

  /** The change of a scanned resource, if it has a counterpart in the baseline. */
  public Optional<Change> changeOf(AzureResource after) {
    return Optional.ofNullable(byAfter.get(after));
  }

  /** Both sides with their type, for rules. */
  public record Pair<T extends AzureResource>(T before, T after, Change change) {}

  /** This set followed by the changes of {@code more} whose scanned resource this set does not cover yet. */
  public ChangeSet plus(List<Change> more) {
    List<Change> all = new ArrayList<>(changes);
    for (Change c : more) {
      if (!byAfter.containsKey(c.after())) {
        all.add(c);
      }
    }
    return new ChangeSet(all);
  }
}
