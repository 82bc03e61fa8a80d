package io.vnetlint.model;

/** How one resource names another: by Azure resource id (ARM, Bicep, literal ids) or by Terraform address. */
public sealed interface ResourceRef {

  /** A reference by (possibly partly unknown) Azure resource id. */
  record ById(ResourceId id) implements ResourceRef {
    @Override
    public String toString() {
      return id.toString();
    }
  }

  /**
   * A reference by front-end address, e.g. Terraform's {@code module.hub.azurerm_virtual_network.this["a"]}. The
   * expected type lets linking reject a reference to the wrong kind of resource.
   */
  record ByAddress(String address, String type) implements ResourceRef {
    @Override
    public String toString() {
      return address;
    }
  }
}
