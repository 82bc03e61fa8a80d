package io.vnetlint.rules.query;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.Resolution;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Peering;
import java.util.List;
import java.util.Optional;

/** Questions about the two directions of a peering. */
public final class Peerings {
  private Peerings() {}

  /** What the scan says about the reverse direction B→A of a peering A→B. */
  public sealed interface Reverse {
    /** The reverse peering is declared. */
    record Found(Peering peering) implements Reverse {}

    /** Both networks are in the scan and no peering goes back. */
    record Missing(AzureResource local, AzureResource remote) implements Reverse {}

    /** A peering that may or may not go back exists, or an end of this peering cannot be resolved. */
    record Uncertain(String reason, SourceRange range) implements Reverse {}

    /** An end of the peering is not in the scan (or not set), so there is nothing to look for. */
    record NotApplicable() implements Reverse {}
  }

  public static Reverse reverseOf(ResourceGraph graph, Peering peering) {
    Resolution local = graph.localNetwork(peering);
    Resolution remote = graph.remoteNetwork(peering);
    if (local.isUncertain()) {
      return new Reverse.Uncertain("its virtual network: " + local.explain(),
          peering.virtualNetwork().rangeOr(peering.header().range()));
    }
    if (remote.isUncertain()) {
      return new Reverse.Uncertain("its remote virtual network: " + remote.explain(),
          peering.remoteVirtualNetwork().rangeOr(peering.header().range()));
    }
    if (local.resource().isEmpty() || remote.resource().isEmpty()) {
      return new Reverse.NotApplicable();
    }
    AzureResource a = local.resource().get();
    AzureResource b = remote.resource().get();
    Optional<Peering> back = graph.reversePeering(peering);
    if (back.isPresent()) {
      return new Reverse.Found(back.get());
    }
    // A peering whose ends cannot be resolved may be the one that goes back: then we cannot say it is missing.
    for (Peering q : graph.derived(UNCERTAIN, Peerings::withUncertainEnds)) {
      if (q == peering) {
        continue;
      }
      Resolution qLocal = graph.localNetwork(q);
      Resolution qRemote = graph.remoteNetwork(q);
      if (mayBe(qLocal, b) && mayBe(qRemote, a)) {
        Resolution unclear = qLocal.isUncertain() ? qLocal : qRemote;
        return new Reverse.Uncertain(
            q.describe() + " may be the reverse peering: " + unclear.explain(), q.header().range());
      }
    }
    return new Reverse.Missing(a, b);
  }

  private static final Object UNCERTAIN = new Object();

  /** The peerings with an end the scan cannot resolve, in scan order: looked through once per missing reverse. */
  private static List<Peering> withUncertainEnds(ResourceGraph graph) {
    List<Peering> out = new java.util.ArrayList<>();
    for (Peering q : graph.all(Peering.class)) {
      if (graph.localNetwork(q).isUncertain() || graph.remoteNetwork(q).isUncertain()) {
        out.add(q);
      }
    }
    return List.copyOf(out);
  }

  /** True when the resolution is, or may be, {@code target}. */
  private static boolean mayBe(Resolution r, AzureResource target) {
    if (r instanceof Resolution.Resolved resolved) {
      return resolved.target() == target;
    }
    if (r instanceof Resolution.Ambiguous ambiguous) {
      return ambiguous.candidates().stream().anyMatch(c -> c == target);
    }
    return r instanceof Resolution.UnknownRef;
  }
}
