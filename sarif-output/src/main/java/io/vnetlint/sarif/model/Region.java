package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A text region (§3.30) with all four members GitHub requires. Lines and columns are 1-based; columns count UTF-16
 * code units; {@code endColumn} is the column just after the region.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"startLine", "startColumn", "endLine", "endColumn"})
public record Region(int startLine, int startColumn, int endLine, int endColumn) {
  public Region {
    if (startLine < 1 || startColumn < 1 || endLine < startLine
        || (endLine == startLine && endColumn < startColumn)) {
      throw new IllegalArgumentException(
          "bad region " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
  }
}
