package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** Text content (§3.3), here the text a replacement inserts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArtifactContent(String text) {
  public ArtifactContent {
    Objects.requireNonNull(text, "text");
  }
}
