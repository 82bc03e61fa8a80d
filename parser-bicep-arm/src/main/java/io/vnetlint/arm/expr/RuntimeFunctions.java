package io.vnetlint.arm.expr;

/** Functions whose value exists only at deployment time: hashes of the deployment scope, clocks, random ids. */
final class RuntimeFunctions {
  private RuntimeFunctions() {}

  static void register(FunctionLibrary library) {
    library.register("uniqueString", call -> call.unknown("uniqueString() is computed at deployment"));
    library.register("guid", call -> call.unknown("guid() is computed at deployment"));
    library.register("newGuid", call -> call.unknown("newGuid() is computed at deployment"));
    library.register("utcNow", call -> call.unknown("utcNow() is computed at deployment"));
    library.register("pickZones", call -> call.unknown("pickZones() depends on the region's availability zones"));
  }
}
