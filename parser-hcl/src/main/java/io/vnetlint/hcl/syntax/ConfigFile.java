package io.vnetlint.hcl.syntax;

import java.util.List;

/**
 * One parsed HCL file.
 *
 * @param path the file path as given by the {@link io.vnetlint.model.SourceText}
 * @param body the top-level body
 * @param comments every comment in the file in source order (kept for inline suppressions and expectations)
 */
public record ConfigFile(String path, Body body, List<Comment> comments) {
  public ConfigFile {
    comments = List.copyOf(comments);
  }
}
