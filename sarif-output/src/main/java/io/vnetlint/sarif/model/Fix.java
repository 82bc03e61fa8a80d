package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** A proposed fix for a result (§3.55): what it does and the changes to each file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"description", "artifactChanges"})
public record Fix(Message description, List<ArtifactChange> artifactChanges) {
  public Fix {
    Objects.requireNonNull(description, "description");
    artifactChanges = List.copyOf(artifactChanges);
    if (artifactChanges.isEmpty()) {
      throw new IllegalArgumentException("a fix changes at least one artifact");
    }
  }
}
