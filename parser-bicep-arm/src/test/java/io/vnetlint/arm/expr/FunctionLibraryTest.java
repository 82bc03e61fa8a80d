package io.vnetlint.arm.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every built-in function is found by its lower-cased name, once (the groups' switches were once one table). */
class FunctionLibraryTest {
  private static final List<String> BUILT_INS = List.of(
      "parameters", "variables", "copyIndex", "resourceGroup", "subscription", "deployment", "environment", "tenant",
      "managementGroup", "deployer", "resourceId", "subscriptionResourceId", "tenantResourceId",
      "extensionResourceId", "managementGroupResourceId", "reference", "concat", "format", "string", "toLower",
      "toUpper", "trim", "replace", "substring", "split", "join", "startsWith", "endsWith", "indexOf", "lastIndexOf",
      "padLeft", "createArray", "array", "createObject", "first", "last", "length", "empty", "contains", "skip",
      "take", "union", "intersection", "range", "flatten", "items", "objectKeys", "json", "coalesce", "tryGet",
      "shallowMerge", "indexFromEnd", "tryIndexFromEnd", "if", "and", "or", "not", "bool", "true", "false", "null",
      "equals", "greater", "greaterOrEquals", "less", "lessOrEquals", "int", "add", "sub", "mul", "div", "mod", "min",
      "max", "uniqueString", "guid", "newGuid", "utcNow", "pickZones", "lambda", "lambdaVariables", "map", "filter",
      "reduce", "toObject", "mapValues", "groupBy", "sort", "distinct", "parseCidr", "cidrSubnet", "cidrHost");

  private static int groupsDefining(String name) {
    int n = 0;
    for (ArmFunction f : new ArmFunction[] {
        DeploymentFunctions.find(name), ResourceFunctions.find(name), StringFunctions.find(name),
        CollectionFunctions.find(name), LogicalFunctions.find(name), NumericFunctions.find(name),
        RuntimeFunctions.find(name), LambdaFunctions.find(name), CidrFunctions.find(name)}) {
      n += f == null ? 0 : 1;
    }
    return n;
  }

  @Test
  void everyBuiltInIsFoundByItsLowerCasedNameInExactlyOneGroup() {
    for (String name : BUILT_INS) {
      String lower = name.toLowerCase(Locale.ROOT);
      assertThat(FunctionLibrary.find(lower)).as(name).isNotNull();
      assertThat(groupsDefining(lower)).as(name).isEqualTo(1);
    }
  }

  @Test
  void namesAreOnlyFoundLowerCasedAndUnknownNamesNotAtAll() {
    assertThat(FunctionLibrary.find("toLower")).isNull(); // the caller lower-cases the name it was given
    assertThat(FunctionLibrary.find("listkeys")).isNull();
    assertThat(FunctionLibrary.find("")).isNull();
    assertThat(FunctionLibrary.standard()).isSameAs(FunctionLibrary.standard());
  }
}
