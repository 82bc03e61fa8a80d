package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** The changes of a fix to one file (§3.56). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"artifactLocation", "replacements"})
public record ArtifactChange(ArtifactLocation artifactLocation, List<Replacement> replacements) {
  public ArtifactChange {
    Objects.requireNonNull(artifactLocation, "artifactLocation");
    replacements = List.copyOf(replacements);
    if (replacements.isEmpty()) {
      throw new IllegalArgumentException("an artifact change has at least one replacement");
    }
  }
}
