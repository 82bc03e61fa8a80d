package io.vnetlint.arm.template;

import io.vnetlint.model.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one file. The same problem is found again in every copy instance and deployment
 * variant; it is reported once.
 */
public final class Diagnostics {
  private final Map<String, Diagnostic> byKey = new LinkedHashMap<>();

  public void add(Diagnostic d) {
    String key = d.kind() + "|" + d.code() + "|" + d.range() + "|" + d.message();
    byKey.putIfAbsent(key, d);
  }

  public List<Diagnostic> all() {
    return new ArrayList<>(byKey.values());
  }
}
