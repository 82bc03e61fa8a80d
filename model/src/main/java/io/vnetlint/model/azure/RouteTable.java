package io.vnetlint.model.azure;

import io.vnetlint.model.Field;
import io.vnetlint.model.SourceRange;
import java.util.List;

/** {@code Microsoft.Network/routeTables}, {@code azurerm_route_table}. */
public record RouteTable(
    ResourceHeader header, Field<Boolean> disableBgpRoutePropagation, List<Route> routes) implements AzureResource {

  public RouteTable {
    routes = List.copyOf(routes);
  }

  /** One user-defined route. */
  public record Route(
      SourceRange range, Field<String> name, Field<String> addressPrefix, Field<String> nextHopType) {}

  @Override
  public String kind() {
    return "route table";
  }
}
