package io.vnetlint.sarif.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule's default configuration (§3.50); the level is written even when it is SARIF's default "warning". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportingConfiguration(String level) {}
