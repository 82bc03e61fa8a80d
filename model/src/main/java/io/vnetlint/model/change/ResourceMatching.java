package io.vnetlint.model.change;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs the resources of a baseline graph with those of the scanned graph by identity: a Terraform resource by its
 * deployment unit and instance address (following the scanned configuration's {@code moved} blocks), an ARM or
 * Bicep resource by its type and names (the resource id without the scope a template rarely knows) and parameter
 * file. An identity that is not unique on either side pairs nothing: a guess would invent changes.
 */
public final class ResourceMatching {
  /** Moves can chain (a → b, later b → c); a cycle is a configuration error Terraform rejects. */
  private static final int MAX_MOVE_STEPS = 32;

  private ResourceMatching() {}

  public static ChangeSet compare(ResourceGraph base, ResourceGraph head, List<Move> moves, String baselineName) {
    Map<String, List<AzureResource>> before = index(base.resources(), moves);
    Map<String, List<AzureResource>> after = index(head.resources(), List.of());
    List<Change> changes = new ArrayList<>();
    Change.Source source = new Change.Compared(baselineName);
    for (Map.Entry<String, List<AzureResource>> e : after.entrySet()) {
      List<AzureResource> old = before.getOrDefault(e.getKey(), List.of());
      if (e.getValue().size() == 1 && old.size() == 1
          && old.get(0).getClass() == e.getValue().get(0).getClass()) {
        changes.add(new Change(old.get(0), e.getValue().get(0), source));
      }
    }
    return new ChangeSet(changes);
  }

  private static Map<String, List<AzureResource>> index(List<AzureResource> resources, List<Move> moves) {
    Map<String, List<Move>> movesByUnit = new HashMap<>();
    for (Move m : moves) {
      movesByUnit.computeIfAbsent(m.unit(), k -> new ArrayList<>()).add(m);
    }
    Map<String, List<AzureResource>> out = new LinkedHashMap<>();
    for (AzureResource r : resources) {
      out.computeIfAbsent(identity(r, movesByUnit.getOrDefault(r.header().origin().unit(), List.of())),
          k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** The identity key of a resource, with Terraform moves applied. */
  static String identity(AzureResource r, List<Move> moves) {
    String address = r.header().address();
    if (isTemplateAddress(address)) {
      String variant = r.header().origin().variant();
      return "arm|" + address.toLowerCase(Locale.ROOT) + "|" + (variant == null ? "" : variant);
    }
    for (int step = 0; step < MAX_MOVE_STEPS; step++) {
      String moved = address;
      for (Move m : moves) {
        moved = m.apply(moved);
        if (!moved.equals(address)) {
          break;
        }
      }
      if (moved.equals(address)) {
        break;
      }
      address = moved;
    }
    return "tf|" + r.header().origin().unit() + "|" + address;
  }

  /** ARM and Bicep addresses start with the provider namespace; Terraform addresses with a type or module. */
  private static boolean isTemplateAddress(String address) {
    return address.regionMatches(true, 0, "Microsoft.", 0, "Microsoft.".length());
  }
}
