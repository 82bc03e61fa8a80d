package io.vnetlint.hcl.azurerm;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.hcl.TerraformResource;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Field;
import io.vnetlint.model.PrefixList;
import io.vnetlint.model.ResourceGraph;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.azure.AzureResource;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the result of mapping some resources, with typed accessors. */
record Mapped(List<AzureResource> resources, List<Diagnostic> diagnostics) {

  static Mapped of(TerraformResource... resources) {
    return of(List.of(resources));
  }

  static Mapped of(List<TerraformResource> resources) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<AzureResource> mapped = AzurermMapper.map(resources, diagnostics);
    return new Mapped(mapped, diagnostics);
  }

  <T extends AzureResource> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (AzureResource r : resources) {
      if (type.isInstance(r)) {
        out.add(type.cast(r));
      }
    }
    return out;
  }

  <T extends AzureResource> T only(Class<T> type) {
    List<T> all = all(type);
    assertThat(all).as("resources of type " + type.getSimpleName()).hasSize(1);
    return all.get(0);
  }

  ResourceGraph graph() {
    return ResourceGraph.of(resources);
  }

  static void assertRange(SourceRange r, int startLine, int startColumn, int endLine, int endColumn) {
    assertThat(new int[] {r.startLine(), r.startColumn(), r.endLine(), r.endColumn()})
        .as(String.valueOf(r)).containsExactly(startLine, startColumn, endLine, endColumn);
  }

  static void assertRange(Field<?> f, int startLine, int startColumn, int endLine, int endColumn) {
    assertThat(f.isAbsent()).as("field is absent").isFalse();
    assertRange(f.rangeOr(null), startLine, startColumn, endLine, endColumn);
  }

  static String prefixes(Field<PrefixList> f) {
    return f.known().orElseThrow().describe();
  }
}
