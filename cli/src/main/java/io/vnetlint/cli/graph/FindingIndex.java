package io.vnetlint.cli.graph;

import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.azure.AzureResource;
import io.vnetlint.rules.Finding;
import io.vnetlint.rules.Level;
import io.vnetlint.rules.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which findings concern which resource. A finding names its subject and related resources by address in its
 * identity ({@code [rule, subject, attribute, related...]}); addresses repeat across files and deployment variants,
 * so the subject must also have the finding's origin, and a related resource an origin that can be deployed with it
 * (preferring the files the finding points into).
 */
final class FindingIndex {
  private final Map<AzureResource, List<Finding>> byResource = new IdentityHashMap<>();

  FindingIndex(ResourceGraph graph, List<Finding> findings) {
    Map<String, List<AzureResource>> byAddress = new HashMap<>();
    for (AzureResource r : graph.resources()) {
      byAddress.computeIfAbsent(r.header().address(), k -> new ArrayList<>()).add(r);
    }
    for (Finding f : findings) {
      List<String> identity = f.identity();
      if (identity.size() < 2) {
        continue;
      }
      for (AzureResource r : byAddress.getOrDefault(identity.get(1), List.of())) {
        if (r.header().origin().equals(f.origin())) {
          add(r, f);
        }
      }
      Set<String> files = new HashSet<>();
      files.add(f.primary().range().file());
      for (Location l : f.related()) {
        files.add(l.range().file());
      }
      for (int i = 3; i < identity.size(); i++) {
        List<AzureResource> compatible = new ArrayList<>();
        List<AzureResource> inFiles = new ArrayList<>();
        for (AzureResource r : byAddress.getOrDefault(identity.get(i), List.of())) {
          if (r.header().origin().compatibleWith(f.origin())) {
            compatible.add(r);
            if (files.contains(r.header().range().file())) {
              inFiles.add(r);
            }
          }
        }
        for (AzureResource r : inFiles.isEmpty() ? compatible : inFiles) {
          add(r, f);
        }
      }
    }
  }

  private void add(AzureResource r, Finding f) {
    List<Finding> list = byResource.computeIfAbsent(r, k -> new ArrayList<>());
    if (list.stream().noneMatch(x -> x == f)) {
      list.add(f);
    }
  }

  List<Finding> of(AzureResource r) {
    return byResource.getOrDefault(r, List.of());
  }

  /** The worst level among the findings on these resources; notes do not colour anything. */
  Topology.Severity severity(List<? extends AzureResource> resources) {
    Topology.Severity worst = Topology.Severity.NONE;
    for (AzureResource r : resources) {
      for (Finding f : of(r)) {
        if (f.level() == Level.ERROR) {
          worst = worst.worst(Topology.Severity.ERROR);
        } else if (f.level() == Level.WARNING) {
          worst = worst.worst(Topology.Severity.WARNING);
        }
      }
    }
    return worst;
  }

  /** Rule ids of the findings on these resources, sorted, optionally errors only. */
  List<String> ruleIds(List<? extends AzureResource> resources, boolean errorsOnly) {
    TreeSet<String> ids = new TreeSet<>();
    for (AzureResource r : resources) {
      for (Finding f : of(r)) {
        if (!errorsOnly || f.level() == Level.ERROR) {
          ids.add(f.ruleId());
        }
      }
    }
    return List.copyOf(ids);
  }
}
