package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A location (§3.28).
 *
 * @param id the location's number within a result's related locations (1-based), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "physicalLocation", "message"})
public record Location(Integer id, PhysicalLocation physicalLocation, Message message) {}
