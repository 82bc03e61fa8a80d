package io.vnetlint.rules.query;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import java.util.Comparator;

/** "First in source order": by file, line and column of the resource header, then by deployment variant. */
public final class SourceOrder {
  private SourceOrder() {}

  // Written out rather than composed from Comparator.comparing: every scan loads this class, and linking the
  // lambdas of a composed comparator costs start-up time.
  public static final Comparator<SourceRange> RANGES = new Comparator<>() {
    @Override
    public int compare(SourceRange a, SourceRange b) {
      int c = a.file().compareTo(b.file());
      if (c != 0) {
        return c;
      }
      c = Integer.compare(a.startLine(), b.startLine());
      return c != 0 ? c : Integer.compare(a.startColumn(), b.startColumn());
    }
  };

  public static final Comparator<AzureResource> RESOURCES = new Comparator<>() {
    @Override
    public int compare(AzureResource a, AzureResource b) {
      int c = RANGES.compare(a.header().range(), b.header().range());
      return c != 0 ? c : String.valueOf(a.header().origin().variant())
          .compareTo(String.valueOf(b.header().origin().variant()));
    }
  };

  /** True when {@code a} is declared before {@code b}. */
  public static boolean before(AzureResource a, AzureResource b) {
    return RESOURCES.compare(a, b) < 0;
  }
}
