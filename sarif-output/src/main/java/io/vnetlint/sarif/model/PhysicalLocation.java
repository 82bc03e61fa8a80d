package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A file and a region in it (§3.29). There is deliberately no {@code snippet} or {@code contextRegion}: vnetlint
 * never copies source text into its output, because the text may hold a shared key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"artifactLocation", "region"})
public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
  public PhysicalLocation {
    Objects.requireNonNull(artifactLocation, "artifactLocation");
  }
}
