package io.vnetlint.model.azure;

/**
 * A declared {@code Microsoft.ClassicNetwork/*} resource other than a virtual network (reserved IPs, classic network
 * security groups, ...). The classic model is retired, so no rule reads its attributes: it is kept only so that a
 * rule can say where a classic resource is declared. Classic virtual networks are {@link ClassicVirtualNetwork},
 * because they still take part in the overlap and prefix checks.
 */
public record ClassicResource(ResourceHeader header) implements AzureResource {

  /** The resource type as written in Azure's spelling, e.g. {@code Microsoft.ClassicNetwork/reservedIps}. */
  public String type() {
    return header.id().type();
  }

  @Override
  public String kind() {
    return "classic resource " + type();
  }
}
