package io.vnetlint.hcl.azurerm;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.model.azure.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Subnets that are both inline in a network and {@code azurerm_subnet} resources. In a plan this is normal: the
 * network's {@code subnet} attribute is computed and lists every subnet Azure has, including those managed as
 * separate resources; those copies are dropped, the resource is the declaration. In configuration it is a
 * conflict the provider documents (each definition overwrites the other on apply), reported as a warning.
 */
final class InlineSubnets {
  private InlineSubnets() {}

  /**
   * @param fromPlans the inline subnets of networks read from plan files (identity)
   */
  static void reconcile(List<AzureResource> mapped, Set<Subnet> fromPlans, List<Diagnostic> sink) {
    Map<String, List<Subnet>> resources = new HashMap<>();
    for (AzureResource r : mapped) {
      if (r instanceof Subnet s && !s.inline()) {
        resources.computeIfAbsent(s.header().id().looseKey(), k -> new ArrayList<>()).add(s);
      }
    }
    List<AzureResource> drop = new ArrayList<>();
    for (AzureResource r : mapped) {
      if (!(r instanceof Subnet inline) || !inline.inline()) {
        continue;
      }
      for (Subnet declared : resources.getOrDefault(inline.header().id().looseKey(), List.of())) {
        if (!declared.header().id().couldBe(inline.header().id())) {
          continue;
        }
        if (fromPlans.contains(inline)) {
          drop.add(inline);
        } else {
          sink.add(Diagnostic.warning("duplicate-subnet", "subnet '" + inline.header().displayName()
              + "' is declared inline in " + networkAddress(inline) + " and as "
              + declared.header().address() + "; the provider applies both and each overwrites the other",
              inline.header().range()));
        }
        break;
      }
    }
    mapped.removeIf(r -> drop.stream().anyMatch(d -> d == r));
  }

  /** The network's address of an inline subnet ({@code <network>/subnet/<name>}). */
  private static String networkAddress(Subnet inline) {
    String address = inline.header().address();
    String suffix = "/subnet/" + inline.header().displayName();
    return address.endsWith(suffix) ? address.substring(0, address.length() - suffix.length()) : address;
  }
}
