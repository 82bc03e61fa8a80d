package io.vnetlint.arm.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.SourceRange;
import io.vnetlint.model.Value;
import org.junit.jupiter.api.Test;

/** The CIDR functions and union()'s deep merge, with the examples of the ARM template function reference. */
class CidrAndUnionTest {
  private static final SourceRange AT = new SourceRange("t.json", 3, 15, 3, 40, 50, 75);
  private final ExpressionEvaluator evaluator = new ExpressionEvaluator(new ExpressionParser());
  private final FakeTemplate template = new FakeTemplate();

  private Value eval(String expression) {
    return evaluator.evaluateString(new Value.Str(expression, AT), new EvalContext(template, CopyBindings.NONE));
  }

  private String string(String expression) {
    Value v = eval(expression);
    assertThat(v).as(expression + " = " + v).isInstanceOf(Value.Str.class);
    return ((Value.Str) v).value();
  }

  private Value.Unknown unknown(String expression) {
    Value v = eval(expression);
    assertThat(v).as(expression + " = " + v).isInstanceOf(Value.Unknown.class);
    return (Value.Unknown) v;
  }

  @Test
  void parseCidrOfIpv4AndIpv6AsDocumented() {
    assertThat(string("[parseCidr('10.144.0.0/20').network]")).isEqualTo("10.144.0.0");
    assertThat(string("[parseCidr('10.144.0.0/20').netmask]")).isEqualTo("255.255.240.0");
    assertThat(string("[parseCidr('10.144.0.0/20').broadcast]")).isEqualTo("10.144.15.255");
    assertThat(string("[parseCidr('10.144.0.0/20').firstUsable]")).isEqualTo("10.144.0.1");
    assertThat(string("[parseCidr('10.144.0.0/20').lastUsable]")).isEqualTo("10.144.15.254");
    assertThat(string("[string(parseCidr('10.144.0.0/20').cidr)]")).isEqualTo("20");
    assertThat(string("[join(objectKeys(parseCidr('10.144.0.0/20')), ',')]"))
        .isEqualTo("network,netmask,broadcast,firstUsable,lastUsable,cidr");
    assertThat(string("[join(objectKeys(parseCidr('fdad:3236:5555::/48')), ',')]"))
        .isEqualTo("network,netmask,firstUsable,lastUsable,cidr");
    assertThat(string("[parseCidr('fdad:3236:5555::/48').network]")).isEqualTo("fdad:3236:5555::");
    assertThat(string("[parseCidr('fdad:3236:5555::/48').netmask]")).isEqualTo("ffff:ffff:ffff::");
    assertThat(string("[parseCidr('fdad:3236:5555::/48').firstUsable]")).isEqualTo("fdad:3236:5555::");
    assertThat(string("[parseCidr('fdad:3236:5555::/48').lastUsable]"))
        .isEqualTo("fdad:3236:5555:ffff:ffff:ffff:ffff:ffff");
    assertThat(eval("[parseCidr('fdad:3236:5555::/48').cidr]")).isInstanceOf(Value.Num.class);
  }

  @Test
  void cidrSubnetAsDocumented() {
    assertThat(string("[cidrSubnet('10.144.0.0/20', 24, 0)]")).isEqualTo("10.144.0.0/24");
    assertThat(string("[cidrSubnet('10.144.0.0/20', 24, 4)]")).isEqualTo("10.144.4.0/24");
    assertThat(string("[cidrSubnet('10.144.0.0/20', 20, 0)]")).isEqualTo("10.144.0.0/20");
    assertThat(string("[cidrSubnet('fdad:3236:5555::/48', 52, 0)]")).isEqualTo("fdad:3236:5555::/52");
    assertThat(string("[cidrSubnet('fdad:3236:5555::/48', 52, 3)]")).isEqualTo("fdad:3236:5555:3000::/52");
  }

  @Test
  void cidrHostAsDocumented() {
    assertThat(string("[cidrHost('10.144.3.0/24', 0)]")).isEqualTo("10.144.3.1");
    assertThat(string("[cidrHost('10.144.3.0/24', 4)]")).isEqualTo("10.144.3.5");
    assertThat(string("[cidrHost('10.144.3.0/24', 253)]")).isEqualTo("10.144.3.254");
    assertThat(string("[cidrHost('fdad:3236:5555:3000::/52', 0)]")).isEqualTo("fdad:3236:5555:3000::1");
    assertThat(string("[cidrHost('fdad:3236:5555:3000::/52', 4)]")).isEqualTo("fdad:3236:5555:3000::5");
  }

  @Test
  void undocumentedOrInvalidCidrCasesAreUnknownNotGuessed() {
    assertThat(unknown("[cidrHost('10.144.3.0/24', 254)]").reason()).contains("outside the usable hosts");
    assertThat(unknown("[cidrHost('10.144.3.0/24', -1)]").reason()).contains("outside");
    assertThat(unknown("[cidrSubnet('10.144.0.0/20', 24, 16)]").reason()).contains("outside the 16 /24 subnets");
    assertThat(unknown("[cidrSubnet('10.144.0.0/20', 16, 0)]").reason()).contains("does not fit");
    assertThat(unknown("[cidrSubnet('10.144.0.0/20', 33, 0)]").reason()).contains("does not fit");
    assertThat(unknown("[parseCidr('10.144.1.0/20')]").reason()).contains("host bits");
    assertThat(unknown("[parseCidr('10.0.0.0/31')]").reason()).contains("/31");
    assertThat(unknown("[parseCidr('10.0.0.1')]").reason()).contains("CIDR notation");
    assertThat(unknown("[parseCidr('not-an-address/8')]").reason()).contains("CIDR notation");
    assertThat(unknown("[cidrHost(parameters('missing'), 1)]").reason()).contains("missing");
  }

  @Test
  void unionMergesNestedObjectsDeeplyAndReplacesArrays() {
    // the reference's deep-merge example
    template.variables.put("first", eval("[json('{\"property\":{\"one\":\"a\",\"two\":\"b\",\"three\":\"c1\"},"
        + "\"nestedArray\":[1,2]}')]"));
    template.variables.put("second", eval("[json('{\"property\":{\"three\":\"c2\",\"four\":\"d\",\"five\":\"e\"},"
        + "\"nestedArray\":[3,4]}')]"));
    String union = "union(variables('first'), variables('second'))";
    assertThat(string("[join(objectKeys(" + union + ".property), ',')]")).isEqualTo("one,two,three,four,five");
    assertThat(string("[" + union + ".property.three]")).isEqualTo("c2");
    assertThat(string("[" + union + ".property.one]")).isEqualTo("a");
    assertThat(string("[string(length(" + union + ".nestedArray))]")).isEqualTo("2");
    assertThat(string("[string(" + union + ".nestedArray[0])]")).isEqualTo("3");
    // arrays of arrays: items are compared whole, not merged
    assertThat(string("[string(length(union(json('[[\"one\",\"two\"],[\"three\"]]'), "
        + "json('[[\"three\"],[\"four\",\"two\"]]'))))]")).isEqualTo("3");
    // a nested object replaced by a non-object and vice versa
    assertThat(string("[string(union(json('{\"a\":{\"x\":1}}'), json('{\"a\":2}')).a)]")).isEqualTo("2");
    assertThat(string("[string(union(json('{\"a\":2}'), json('{\"a\":{\"x\":1}}')).a.x)]")).isEqualTo("1");
  }
}
