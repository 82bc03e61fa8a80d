package io.vnetlint.arm.mapper;

import io.vnetlint.model.Field;
import io.vnetlint.model.Value;
import io.vnetlint.model.azure.RouteTable;
import java.util.ArrayList;
import java.util.List;

/** {@code Microsoft.Network/routeTables} with its routes, inline or declared as child resources. */
final class RouteTableMapper {
  private RouteTableMapper() {}

  static RouteTable map(RawResource raw, List<RawResource> childRoutes) {
    List<RouteTable.Route> routes = new ArrayList<>();
    if (Fields.member(raw.body(), "properties", "routes") instanceof Field.Known<Value.Member> k
        && k.value().value() instanceof Value.Arr list) {
      for (Value item : list.items()) {
        if (item instanceof Value.Obj route) {
          routes.add(new RouteTable.Route(route.range(), Fields.string(route, "name"),
              Fields.string(route, "properties", "addressPrefix"),
              Fields.string(route, "properties", "nextHopType")));
        }
      }
    }
    for (RawResource child : childRoutes) {
      routes.add(new RouteTable.Route(child.range(), SubnetMapper.nameOf(child),
          Fields.string(child.body(), "properties", "addressPrefix"),
          Fields.string(child.body(), "properties", "nextHopType")));
    }
    return new RouteTable(Headers.of(raw),
        Fields.bool(raw.body(), "properties", "disableBgpRoutePropagation"), routes);
  }
}
