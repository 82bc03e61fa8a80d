package io.vnetlint.arm.template;

/**
 * Where a template's resources are deployed, as far as the template says: a nested deployment may pin the
 * resource group or subscription; a top-level template never knows them (null).
 */
public record Placement(String subscription, String resourceGroup) {
  public static final Placement UNKNOWN = new Placement(null, null);
}
