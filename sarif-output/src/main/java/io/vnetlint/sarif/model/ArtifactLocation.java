package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A file reference (§3.4): a URI reference, relative to {@code uriBaseId} when that is set. Also the value type of
 * {@code run.originalUriBaseIds}, where it may hold only a description.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"uri", "uriBaseId", "description"})
public record ArtifactLocation(String uri, String uriBaseId, Message description) {}
