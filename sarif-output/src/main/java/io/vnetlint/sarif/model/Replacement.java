package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One replacement (§3.57): the region to delete (empty, {@code startColumn == endColumn}, for an insertion) and the
 * text to insert there.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"deletedRegion", "insertedContent"})
public record Replacement(Region deletedRegion, ArtifactContent insertedContent) {
  public Replacement {
    Objects.requireNonNull(deletedRegion, "deletedRegion");
  }
}
