package io.vnetlint.arm.expr;

/** Functions whose value exists only at deployment time: hashes of the deployment scope, clocks, random ids. */
final class RuntimeFunctions {
  private RuntimeFunctions() {}

  /** The function called {@code name} (lower case) in this group, or null (a switch: see {@link FunctionLibrary}). */
  static ArmFunction find(String name) {
    return switch (name) {
      case "uniquestring" -> call -> call.unknown("uniqueString() is computed at deployment");
      case "guid" -> call -> call.unknown("guid() is computed at deployment");
      case "newguid" -> call -> call.unknown("newGuid() is computed at deployment");
      case "utcnow" -> call -> call.unknown("utcNow() is computed at deployment");
      case "pickzones" -> call -> call.unknown("pickZones() depends on the region's availability zones");
      default -> null;
    };
  }
}
