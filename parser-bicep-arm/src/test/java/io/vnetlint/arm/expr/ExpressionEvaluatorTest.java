package io.vnetlint.arm.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.ResourceId;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpressionEvaluatorTest {
  private static final SourceRange AT = new SourceRange("t.json", 3, 15, 3, 40, 50, 75);
  private static final SourceRange ELSEWHERE = new SourceRange("t.json", 1, 1, 1, 5, 0, 4);

  private final ExpressionEvaluator evaluator = new ExpressionEvaluator(new ExpressionParser());
  private FakeTemplate template;
  private CopyBindings copies;

  @BeforeEach
  void setUp() {
    template = new FakeTemplate();
    copies = CopyBindings.NONE;
    template.parameters.put("name", str("hub"));
    template.parameters.put("count", new Value.Num(BigDecimal.valueOf(3), ELSEWHERE));
    template.parameters.put("flag", new Value.Bool(true, ELSEWHERE));
    template.parameters.put("list", new Value.Arr(List.of(str("a"), str("b"), str("c")), ELSEWHERE));
    template.parameters.put("secret", new Value.Str("p@ss", ELSEWHERE, true));
    template.parameters.put("obj", new Value.Obj(List.of(new Value.Member("Key", ELSEWHERE, str("v"))), ELSEWHERE));
    template.variables.put("vnetId", eval("[resourceId('Microsoft.Network/virtualNetworks', 'hub')]"));
  }

  private static Value.Str str(String s) {
    return new Value.Str(s, ELSEWHERE);
  }

  private Value eval(String expression) {
    return evaluator.evaluateString(new Value.Str(expression, AT), new EvalContext(template, copies));
  }

  private String string(String expression) {
    Value v = eval(expression);
    assertThat(v).as(expression + " = " + v).isInstanceOf(Value.Str.class);
    return ((Value.Str) v).value();
  }

  private long number(String expression) {
    Value v = eval(expression);
    assertThat(v).as(expression + " = " + v).isInstanceOf(Value.Num.class);
    return ((Value.Num) v).value().longValueExact();
  }

  private boolean bool(String expression) {
    Value v = eval(expression);
    assertThat(v).as(expression + " = " + v).isInstanceOf(Value.Bool.class);
    return ((Value.Bool) v).value();
  }

  private String unknown(String expression) {
    Value v = eval(expression);
    assertThat(v).as(expression + " = " + v).isInstanceOf(Value.Unknown.class);
    assertThat(v.range()).isEqualTo(AT);
    return ((Value.Unknown) v).reason();
  }

  private ResourceId ref(String expression) {
    Value v = eval(expression);
    assertThat(v).as(expression + " = " + v).isInstanceOf(Value.Ref.class);
    return ((ResourceRef.ById) ((Value.Ref) v).ref()).id();
  }

  private List<String> strings(String expression) {
    Value v = eval(expression);
    assertThat(v).as(expression + " = " + v).isInstanceOf(Value.Arr.class);
    List<String> out = new ArrayList<>();
    for (Value item : ((Value.Arr) v).items()) {
      out.add(item instanceof Value.Str s ? s.value() : String.valueOf(item));
    }
    return out;
  }

  // ---- literals and escapes ----------------------------------------------------------------------------------

  @Test
  void plainAndEscapedStringsAreLiterals() {
    assertThat(string("plain")).isEqualTo("plain");
    assertThat(string("[[parameters('name')]")).isEqualTo("[parameters('name')]");
    assertThat(string("['it''s']")).isEqualTo("it's");
    assertThat(number("[42]")).isEqualTo(42);
  }

  @Test
  void resultsHaveTheRangeOfTheExpressionString() {
    Value v = eval("[parameters('name')]");
    assertThat(v.range()).isEqualTo(AT);
    assertThat(template.facts.origin(v)).contains(ELSEWHERE);
  }

  @Test
  void functionNamesIgnoreCase() {
    assertThat(string("[PARAMETERS('name')]")).isEqualTo("hub");
    assertThat(string("[ToLower(Concat('A', 'B'))]")).isEqualTo("ab");
  }

  @Test
  void invalidExpressionsAreUnknown() {
    assertThat(unknown("[concat('a']")).isEqualTo("invalid expression");
  }

  // ---- parameters, variables, copyIndex ----------------------------------------------------------------------

  @Test
  void parametersAndVariables() {
    assertThat(string("[parameters('name')]")).isEqualTo("hub");
    assertThat(unknown("[parameters('missing')]")).isEqualTo("parameter 'missing' has no value");
    assertThat(ref("[variables('vnetId')]")).isEqualTo(ResourceId.of("Microsoft.Network/virtualNetworks", "hub"));
    assertThat(string("[parameters('obj').key]")).isEqualTo("v");
    assertThat(string("[parameters('obj')['Key']]")).isEqualTo("v");
    assertThat(string("[parameters('list')[1]]")).isEqualTo("b");
    assertThat(unknown("[parameters('list')[3]]")).contains("outside an array of 3");
    assertThat(unknown("[parameters('obj').nope]")).isEqualTo("the object has no property 'nope'");
  }

  @Test
  void copyIndex() {
    assertThat(unknown("[copyIndex()]")).isEqualTo("copyIndex() is used outside a copy loop");
    copies = CopyBindings.NONE.withResourceLoop("vnets", 2).withNamedLoop("subnets", 5);
    assertThat(number("[copyIndex()]")).isEqualTo(2);
    assertThat(number("[copyIndex(1)]")).isEqualTo(3);
    assertThat(number("[copyIndex('vnets')]")).isEqualTo(2);
    assertThat(number("[copyIndex('subnets', 10)]")).isEqualTo(15);
    assertThat(unknown("[copyIndex('other')]")).isEqualTo("copyIndex('other') is used outside that copy loop");
  }

  // ---- strings -----------------------------------------------------------------------------------------------

  @Test
  void concatJoinsStringsAndIntegersOrArrays() {
    assertThat(string("[concat(parameters('name'), '-', 1)]")).isEqualTo("hub-1");
    assertThat(strings("[concat(parameters('list'), createArray('d'))]")).containsExactly("a", "b", "c", "d");
    assertThat(unknown("[concat(parameters('name'), parameters('flag'))]")).contains("does not turn a boolean");
  }

  @Test
  void concatOfAResourceIdAndAChildPathIsTheChildReference() {
    assertThat(ref("[concat(variables('vnetId'), '/subnets/', 'GatewaySubnet')]"))
        .isEqualTo(ResourceId.of("Microsoft.Network/virtualNetworks/subnets", "hub", "GatewaySubnet"));
    assertThat(ref("[format('{0}/subnets/{1}', variables('vnetId'), 'app')]"))
        .isEqualTo(ResourceId.of("Microsoft.Network/virtualNetworks/subnets", "hub", "app"));
    assertThat(unknown("[concat('x', variables('vnetId'))]")).contains("does not turn a resource reference");
    assertThat(unknown("[concat(variables('vnetId'), '/subnets')]")).contains("not a child resource path");
  }

  @Test
  void resourceGroupIdFollowedByAProviderPathIsAReference() {
    ResourceId id = ref("[concat(resourceGroup().id, '/providers/Microsoft.Network/virtualNetworks/', 'hub')]");
    assertThat(id).isEqualTo(ResourceId.of("Microsoft.Network/virtualNetworks", "hub"));
    ResourceId bySubscription = ref("[concat(subscription().id, '/resourceGroups/rg-hub/providers/"
        + "Microsoft.Network/virtualNetworks/hub')]");
    assertThat(bySubscription.resourceGroup()).isEqualTo("rg-hub");
    assertThat(bySubscription.subscription()).isNull();
  }

  @Test
  void formatWithPlaceholdersAndBraceEscapes() {
    assertThat(string("[format('{0}-{1}-{{x}}', parameters('name'), 7)]")).isEqualTo("hub-7-{x}");
    assertThat(unknown("[format('{0:N2}', 1)]")).isEqualTo("format() item '{0:N2}' is not evaluated");
    assertThat(unknown("[format('{0,5}', 1)]")).contains("is not evaluated");
    assertThat(unknown("[format('{1}', 'a')]")).contains("has no argument");
  }

  @Test
  void stringFunctions() {
    assertThat(string("[toUpper('ab')]")).isEqualTo("AB");
    assertThat(string("[toLower('AB')]")).isEqualTo("ab");
    assertThat(string("[replace('a-b-c', '-', '/')]")).isEqualTo("a/b/c");
    assertThat(string("[substring('network', 3)]")).isEqualTo("work");
    assertThat(string("[substring('network', 0, 3)]")).isEqualTo("net");
    assertThat(unknown("[substring('net', 2, 5)]")).isEqualTo("substring() is outside the string");
    assertThat(strings("[split('a/b//c', '/')]")).containsExactly("a", "b", "", "c");
    assertThat(strings("[split('a,b;c', createArray(',', ';'))]")).containsExactly("a", "b", "c");
    assertThat(string("[string(12)]")).isEqualTo("12");
    assertThat(unknown("[string(true())]")).isEqualTo("string() of a boolean is not evaluated");
    assertThat(string("[trim('  x ')]")).isEqualTo("x");
    assertThat(bool("[startsWith('GatewaySubnet', 'gateway')]")).isTrue();
    assertThat(bool("[endsWith('GatewaySubnet', 'NET')]")).isTrue();
    assertThat(number("[indexOf('abcabc', 'C')]")).isEqualTo(2);
    assertThat(number("[lastIndexOf('abcabc', 'c')]")).isEqualTo(5);
    assertThat(string("[padLeft('7', 3, '0')]")).isEqualTo("007");
    assertThat(string("[join(parameters('list'), ',')]")).isEqualTo("a,b,c");
  }

  // ---- arrays and objects ------------------------------------------------------------------------------------

  @Test
  void arrayAndObjectFunctions() {
    assertThat(strings("[createArray('x', 'y')]")).containsExactly("x", "y");
    assertThat(string("[createObject('a', 'b').a]")).isEqualTo("b");
    assertThat(string("[first(parameters('list'))]")).isEqualTo("a");
    assertThat(string("[last(parameters('list'))]")).isEqualTo("c");
    assertThat(string("[last(split('/subscriptions/s/x/hub', '/'))]")).isEqualTo("hub");
    assertThat(string("[first('xyz')]")).isEqualTo("x");
    assertThat(number("[length(parameters('list'))]")).isEqualTo(3);
    assertThat(number("[length('abcd')]")).isEqualTo(4);
    assertThat(number("[length(parameters('obj'))]")).isEqualTo(1);
    assertThat(bool("[empty('')]")).isTrue();
    assertThat(bool("[empty(createArray())]")).isTrue();
    assertThat(bool("[empty(parameters('obj'))]")).isFalse();
    assertThat(bool("[empty(variables('vnetId'))]")).as("a resource reference is a non-empty id").isFalse();
    assertThat(bool("[empty(resourceId('Microsoft.Network/publicIPAddresses', 'pip'))]")).isFalse();
    assertThat(bool("[contains(parameters('list'), 'b')]")).isTrue();
    assertThat(bool("[contains('GatewaySubnet', 'Sub')]")).isTrue();
    assertThat(bool("[contains(parameters('obj'), 'key')]")).isTrue();
    assertThat(strings("[union(createArray('a', 'b'), createArray('b', 'c'))]")).containsExactly("a", "b", "c");
    Value merged = eval("[union(createObject('a', 1, 'b', 2), createObject('b', 3))]");
    assertThat(((Value.Num) ((Value.Obj) merged).get("b")).value()).isEqualByComparingTo("3");
    assertThat(strings("[intersection(createArray('a', 'b'), createArray('b', 'c'))]")).containsExactly("b");
    assertThat(strings("[skip(parameters('list'), 1)]")).containsExactly("b", "c");
    assertThat(strings("[take(parameters('list'), 2)]")).containsExactly("a", "b");
    assertThat(eval("[range(1, 3)]")).isInstanceOfSatisfying(Value.Arr.class, a -> assertThat(a.items()).hasSize(3));
    assertThat(string("[coalesce(null(), 'x')]")).isEqualTo("x");
    assertThat(unknown("[coalesce(parameters('missing'), 'x')]")).isEqualTo("parameter 'missing' has no value");
    assertThat(string("[json('{\"a\": \"b\"}').a]")).isEqualTo("b");
    assertThat(eval("[json('null')]")).isInstanceOf(Value.Null.class);
    Value parsed = eval("[json('[1, 2]')]");
    assertThat(((Value.Arr) parsed).items().get(1).range()).isEqualTo(AT);
    assertThat(string("[tryGet(parameters('obj'), 'key')]")).isEqualTo("v");
    assertThat(eval("[tryGet(parameters('obj'), 'none')]")).isInstanceOf(Value.Null.class);
    assertThat(string("[items(createObject('b', 1, 'a', 2))[0].key]")).isEqualTo("a");
  }

  @Test
  void lambdaFunctions() {
    assertThat(strings("[map(parameters('list'), lambda('x', toUpper(lambdaVariables('x'))))]"))
        .containsExactly("A", "B", "C");
    assertThat(strings("[map(parameters('list'), lambda('x', 'i', concat(lambdaVariables('x'), lambdaVariables('i'))))]"))
        .containsExactly("a0", "b1", "c2");
    assertThat(strings("[filter(parameters('list'), lambda('x', not(equals(lambdaVariables('x'), 'b'))))]"))
        .containsExactly("a", "c");
    assertThat(number("[reduce(createArray(1, 2, 3), 10, lambda('cur', 'next', add(lambdaVariables('cur'), "
        + "lambdaVariables('next'))))]")).isEqualTo(16);
    assertThat(string("[toObject(parameters('list'), lambda('x', lambdaVariables('x')), lambda('x', 'v')).b]"))
        .isEqualTo("v");
    assertThat(strings("[sort(createArray('c', 'a', 'b'), lambda('x', 'y', less(lambdaVariables('x'), "
        + "lambdaVariables('y'))))]")).containsExactly("a", "b", "c");
    assertThat(number("[length(groupBy(createArray('ab', 'ac', 'b'), lambda('x', first(lambdaVariables('x')))).a)]"))
        .isEqualTo(2);
    assertThat(string("[mapValues(parameters('obj'), lambda('v', toUpper(lambdaVariables('v')))).key]"))
        .isEqualTo("V");
    assertThat(strings("[distinct(createArray('a', 'b', 'a'))]")).containsExactly("a", "b");
    assertThat(unknown("[filter(parameters('missing'), lambda('x', true()))]")).isEqualTo("parameter 'missing' has no value");
    assertThat(unknown("[map(parameters('list'), lambda('x', lambdaVariables('y')))[0]]"))
        .isEqualTo("lambda variable 'y' is not bound");
    assertThat(string("[indexFromEnd(parameters('list'), 1)]")).isEqualTo("c");
    assertThat(eval("[tryIndexFromEnd(parameters('list'), 4)]")).isInstanceOf(Value.Null.class);
  }

  @Test
  void remainingCollectionFunctions() {
    assertThat(strings("[array('x')]")).containsExactly("x");
    assertThat(strings("[array(parameters('list'))]")).containsExactly("a", "b", "c");
    assertThat(strings("[objectKeys(createObject('a', 1, 'b', 2))]")).containsExactly("a", "b");
    assertThat(strings("[flatten(createArray(createArray('a'), createArray('b', 'c')))]")).containsExactly("a", "b", "c");
    assertThat(number("[shallowMerge(createArray(createObject('a', 1), createObject('a', 2))).a]")).isEqualTo(2);
    assertThat(number("[union(createObject('a', createObject('x', 1)), createObject('a', createObject('y', 2))).a.x]"))
        .isEqualTo(1);
  }

  @Test
  void remainingScopeAndResourceFunctions() {
    assertThat(ref("[tenantResourceId('Microsoft.Network/virtualNetworks', 'x')]").subscription()).isNull();
    assertThat(unknown("[extensionResourceId(variables('vnetId'), 'Microsoft.Authorization/locks', 'l')]"))
        .isEqualTo("extensionResourceId() of a scope other than a resource group is not evaluated");
    assertThat(ref("[extensionResourceId('/subscriptions/s1/resourceGroups/rg1', 'Microsoft.Resources/deployments', 'd')]"))
        .isEqualTo(new ResourceId("s1", "rg1", "Microsoft.Resources/deployments", List.of("d")));
    // Bicep's module scope resourceGroup('rg2'): a group of the deployment's own (here unknown) subscription
    assertThat(ref("[extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, "
        + "'rg2'), 'Microsoft.Resources/deployments', 'd')]"))
        .isEqualTo(new ResourceId(null, "rg2", "Microsoft.Resources/deployments", List.of("d")));
    assertThat(unknown("[extensionResourceId(format('/subscriptions/{0}/x/{1}', subscription().subscriptionId, "
        + "'rg2'), 'Microsoft.Resources/deployments', 'd')]")).contains("subscription");
    assertThat(unknown("[managementGroupResourceId('Microsoft.Authorization/policyDefinitions', 'p')]"))
        .isEqualTo("managementGroupResourceId() is not evaluated");
    assertThat(unknown("[tenant().tenantId]")).contains("tenant()");
    assertThat(unknown("[managementGroup().name]")).contains("managementGroup()");
    assertThat(unknown("[deployer().objectId]")).contains("deployer()");
    assertThat(unknown("[pickZones('Microsoft.Compute', 'virtualMachines', 'westeurope')]")).contains("pickZones()");
    template.subscription = "s1";
    assertThat(string("[subscription().subscriptionId]")).isEqualTo("s1");
    assertThat(string("[subscription().id]")).isEqualTo("/subscriptions/s1");
  }

  // ---- logic and numbers -------------------------------------------------------------------------------------

  @Test
  void logicalFunctions() {
    assertThat(string("[if(parameters('flag'), 'yes', 'no')]")).isEqualTo("yes");
    // only the chosen branch is evaluated
    assertThat(string("[if(parameters('flag'), 'yes', parameters('missing'))]")).isEqualTo("yes");
    assertThat(unknown("[if(parameters('missing'), 'yes', 'no')]")).isEqualTo("parameter 'missing' has no value");
    assertThat(bool("[equals(parameters('name'), 'hub')]")).isTrue();
    assertThat(bool("[equals(parameters('name'), 'HUB')]")).isFalse();
    assertThat(bool("[equals(createArray(1, 'a'), createArray(1, 'a'))]")).isTrue();
    assertThat(bool("[not(equals(1, 2))]")).isTrue();
    assertThat(bool("[and(true(), false())]")).isFalse();
    assertThat(bool("[or(false(), true())]")).isTrue();
    assertThat(bool("[and(false(), parameters('missing'))]")).isFalse();
    assertThat(bool("[or(true(), parameters('missing'))]")).isTrue();
    assertThat(unknown("[and(true(), parameters('missing'))]")).isEqualTo("parameter 'missing' has no value");
    assertThat(bool("[bool('True')]")).isTrue();
    assertThat(bool("[bool(0)]")).isFalse();
    assertThat(bool("[greater(parameters('count'), 2)]")).isTrue();
    assertThat(bool("[lessOrEquals('a', 'b')]")).isTrue();
  }

  @Test
  void numericFunctions() {
    assertThat(number("[int('65010')]")).isEqualTo(65010);
    assertThat(number("[add(parameters('count'), 2)]")).isEqualTo(5);
    assertThat(number("[sub(10, 4)]")).isEqualTo(6);
    assertThat(number("[mul(3, 4)]")).isEqualTo(12);
    assertThat(number("[div(7, 2)]")).isEqualTo(3);
    assertThat(number("[mod(7, 2)]")).isEqualTo(1);
    assertThat(unknown("[div(1, 0)]")).isEqualTo("div() by zero");
    assertThat(number("[max(1, 5, 3)]")).isEqualTo(5);
    assertThat(number("[min(createArray(4, 2))]")).isEqualTo(2);
  }

  // ---- resources and deployment ------------------------------------------------------------------------------

  @Test
  void resourceIdWithScopeArguments() {
    assertThat(ref("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]"))
        .isEqualTo(ResourceId.of("Microsoft.Network/virtualNetworks/subnets", "hub", "GatewaySubnet"));
    assertThat(ref("[resourceId('rg-hub', 'Microsoft.Network/virtualNetworks', 'hub')]"))
        .isEqualTo(new ResourceId(null, "rg-hub", "Microsoft.Network/virtualNetworks", List.of("hub")));
    assertThat(ref("[resourceId('sub1', 'rg-hub', 'Microsoft.Network/virtualNetworks', 'hub')]"))
        .isEqualTo(new ResourceId("sub1", "rg-hub", "Microsoft.Network/virtualNetworks", List.of("hub")));
    // an unknown resource group stays unknown in the id; unknown names make the id unknown
    assertThat(ref("[resourceId(parameters('missing'), 'Microsoft.Network/virtualNetworks', 'hub')]").resourceGroup())
        .isNull();
    assertThat(unknown("[resourceId('Microsoft.Network/virtualNetworks', parameters('missing'))]"))
        .isEqualTo("parameter 'missing' has no value");
    assertThat(unknown("[resourceId('Microsoft.Network/virtualNetworks', 'a', 'b')]")).contains("name segments");
    assertThat(ref("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub/app')]").names())
        .containsExactly("hub", "app");
  }

  @Test
  void resourceIdUsesThePinnedScope() {
    template.resourceGroup = "rg-pinned";
    assertThat(ref("[resourceId('Microsoft.Network/virtualNetworks', 'hub')]").resourceGroup()).isEqualTo("rg-pinned");
    assertThat(string("[resourceGroup().name]")).isEqualTo("rg-pinned");
  }

  @Test
  void subscriptionResourceId() {
    ResourceId id = ref("[subscriptionResourceId('Microsoft.Network/virtualNetworks', 'hub')]");
    assertThat(id.resourceGroup()).isNull();
    assertThat(id.names()).containsExactly("hub");
  }

  @Test
  void deploymentScopeIsUnknown() {
    assertThat(unknown("[resourceGroup().location]")).isEqualTo("resource group of the deployment is not known");
    assertThat(unknown("[resourceGroup().id]")).isEqualTo("resource group of the deployment is not known");
    assertThat(unknown("[subscription().subscriptionId]")).isEqualTo("subscription of the deployment is not known");
    assertThat(unknown("[environment().name]")).contains("environment()");
    assertThat(unknown("[deployment().name]")).contains("deployment()");
    assertThat(unknown("[utcNow()]")).isEqualTo("utcNow() is computed at deployment");
    assertThat(unknown("[newGuid()]")).isEqualTo("newGuid() is computed at deployment");
    assertThat(unknown("[uniqueString(resourceGroup().id)]")).isEqualTo("uniqueString() is computed at deployment");
    assertThat(unknown("[guid('a')]")).isEqualTo("guid() is computed at deployment");
  }

  @Test
  void referenceIsUnknownButRemembersWhatItReads() {
    Value v = eval("[reference(resourceId('Microsoft.Network/publicIPAddresses', 'pip')).ipAddress]");
    assertThat(v).isInstanceOf(Value.Unknown.class);
    Optional<RuntimeFacts.Fact> fact = template.facts.factOf(v);
    assertThat(fact).containsInstanceOf(RuntimeFacts.RuntimeProperty.class);
    RuntimeFacts.RuntimeProperty p = (RuntimeFacts.RuntimeProperty) fact.get();
    assertThat(p.target()).isEqualTo(new ResourceRef.ById(ResourceId.of("Microsoft.Network/publicIPAddresses", "pip")));
    assertThat(p.propertyPath()).containsExactly("ipAddress");

    Value full = eval("[reference(resourceId('Microsoft.Network/publicIPAddresses', 'pip'), '2023-01-01', "
        + "'Full').properties.ipAddress]");
    assertThat(((RuntimeFacts.RuntimeProperty) template.facts.factOf(full).orElseThrow()).propertyPath())
        .containsExactly("ipAddress");

    template.symbolic.put("pip", new ResourceRef.ById(ResourceId.of("Microsoft.Network/publicIPAddresses", "p2")));
    Value symbolic = eval("[reference('pip').ipAddress]");
    assertThat(((RuntimeFacts.RuntimeProperty) template.facts.factOf(symbolic).orElseThrow()).target())
        .isEqualTo(template.symbolic.get("pip"));
  }

  @Test
  void listFunctionsAreUnknownAndSensitive() {
    Value v = eval("[listKeys(resourceId('Microsoft.Storage/storageAccounts', 's'), '2019-01-01').keys[0].value]");
    assertThat(v).isInstanceOf(Value.Unknown.class);
    assertThat(v.sensitive()).isTrue();
  }

  @Test
  void unsupportedAndUserDefinedFunctionsAreUnknownWithTheirName() {
    assertThat(unknown("[dateTimeAdd(utcNow(), 'P1D')]")).isEqualTo("function 'dateTimeAdd' is not evaluated");
    assertThat(unknown("[contoso.name('x')]")).isEqualTo("user-defined function 'contoso.name' is not declared");
  }

  @Test
  void operationsOnUnknownsAreUnknown() {
    assertThat(unknown("[concat(parameters('missing'), '-x')]")).isEqualTo("parameter 'missing' has no value");
    assertThat(unknown("[toLower(parameters('missing'))]")).isEqualTo("parameter 'missing' has no value");
    assertThat(unknown("[length(parameters('missing'))]")).isEqualTo("parameter 'missing' has no value");
    assertThat(unknown("[equals(parameters('missing'), 'a')]")).isEqualTo("parameter 'missing' has no value");
    assertThat(unknown("[parameters('missing').name]")).isEqualTo("parameter 'missing' has no value");
    assertThat(unknown("[parameters('missing')[0]]")).isEqualTo("parameter 'missing' has no value");
    assertThat(unknown("[empty(parameters('missing'))]")).isEqualTo("parameter 'missing' has no value");
    assertThat(unknown("[not(parameters('missing'))]")).isEqualTo("parameter 'missing' has no value");
  }

  @Test
  void sensitivityPropagatesThroughOperations() {
    assertThat(eval("[parameters('secret')]").sensitive()).isTrue();
    assertThat(eval("[concat('x', parameters('secret'))]").sensitive()).isTrue();
    assertThat(eval("[toUpper(parameters('secret'))]").sensitive()).isTrue();
    assertThat(eval("[parameters('name')]").sensitive()).isFalse();
  }
}
