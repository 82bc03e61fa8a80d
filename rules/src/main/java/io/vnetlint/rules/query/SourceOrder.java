package io.vnetlint.rules.query;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import java.util.Comparator;

/** "First in source order": by file, line and column of the resource header, then by deployment variant. */
public final class SourceOrder {
  private SourceOrder() {}

  public static final Comparator<SourceRange> RANGES = Comparator
      .comparing(SourceRange::file)
      .thenComparingInt(SourceRange::startLine)
      .thenComparingInt(SourceRange::startColumn);

  public static final Comparator<AzureResource> RESOURCES = Comparator
      .comparing((AzureResource r) -> r.header().range(), RANGES)
      .thenComparing(r -> String.valueOf(r.header().origin().variant()));

  /** True when {@code a} is declared before {@code b}. */
  public static boolean before(AzureResource a, AzureResource b) {
    return RESOURCES.compare(a, b) < 0;
  }
}
