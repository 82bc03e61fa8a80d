package io.vnetlint.bicep.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.bicep.syntax.Expr.Binary;
import io.vnetlint.bicep.syntax.Expr.ForExpr;
import io.vnetlint.bicep.syntax.Expr.FunctionCall;
import io.vnetlint.bicep.syntax.Expr.IfExpr;
import io.vnetlint.bicep.syntax.Expr.IndexAccess;
import io.vnetlint.bicep.syntax.Expr.Lambda;
import io.vnetlint.bicep.syntax.Expr.NestedResource;
import io.vnetlint.bicep.syntax.Expr.ObjectExpr;
import io.vnetlint.bicep.syntax.Expr.ObjectProperty;
import io.vnetlint.bicep.syntax.Expr.PropertyAccess;
import io.vnetlint.bicep.syntax.Expr.StringExpr;
import io.vnetlint.bicep.syntax.Expr.Ternary;
import io.vnetlint.bicep.syntax.Statement.ParamDecl;
import io.vnetlint.bicep.syntax.Statement.ResourceDecl;
import io.vnetlint.bicep.syntax.Statement.VarDecl;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BicepParserTest {

  private static BicepParseResult parse(String text) {
    SourceText source = SourceText.of("main.bicep", text);
    BicepParseResult result = BicepParser.parse(source);
    TreeChecks.checkResult(source, result);
    return result;
  }

  private static BicepParseResult parseClean(String text) {
    BicepParseResult result = parse(text);
    assertThat(result.diagnostics()).isEmpty();
    return result;
  }

  private static String at(SourceRange r) {
    return r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn();
  }

  private static Expr varValue(BicepParseResult result, int index) {
    return ((VarDecl) result.program().statements().get(index)).value();
  }

  @Test
  void resourceWithDecoratorsNestedChildAndExactRanges() {
    String text = """
        @description('the vnet')
        resource vnet 'Microsoft.Network/virtualNetworks@2023-04-01' = {
          name: 'vnet1'
          properties: {
            addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
          }
          resource sub 'subnets' = {
            name: 'default'
          }
        }
        """;
    BicepParseResult result = parseClean(text);
    ResourceDecl vnet = (ResourceDecl) result.program().statements().get(0);
    assertThat(at(vnet.range())).isEqualTo("1:1-10:2");
    assertThat(vnet.decorators()).hasSize(1);
    assertThat(vnet.decorators().get(0).name()).isEqualTo("description");
    assertThat(vnet.name().name()).isEqualTo("vnet");
    assertThat(vnet.type().literalValue()).isEqualTo("Microsoft.Network/virtualNetworks@2023-04-01");
    assertThat(at(vnet.type().range())).isEqualTo("2:15-2:61");
    ObjectExpr body = (ObjectExpr) vnet.body();
    assertThat(((StringExpr) body.property("name")).literalValue()).isEqualTo("vnet1");
    NestedResource child = (NestedResource) body.items().get(2);
    assertThat(child.declaration().name().name()).isEqualTo("sub");
    assertThat(at(child.range())).isEqualTo("7:3-9:4");
  }

  @Test
  void interpolatedStringsKeepSegmentsAndRanges() {
    BicepParseResult result = parseClean("var s = 'a${x}b${y.z}\\'c'\n");
    StringExpr s = (StringExpr) varValue(result, 0);
    assertThat(s.segments()).containsExactly("a", "b", "'c");
    assertThat(s.expressions()).hasSize(2);
    assertThat(at(s.range())).isEqualTo("1:9-1:26");
    assertThat(at(s.expressions().get(1).range())).isEqualTo("1:18-1:21");
  }

  @Test
  void multilineStringsDropTheFirstLineBreakAndHaveNoEscapes() {
    BicepParseResult result = parseClean("var m = '''\nline1\\n\n'''\n");
    StringExpr m = (StringExpr) varValue(result, 0);
    assertThat(m.multiline()).isTrue();
    assertThat(m.literalValue()).isEqualTo("line1\\n\n");
    assertThat(at(m.range())).isEqualTo("1:9-3:4");
  }

  @Test
  void operatorPrecedenceFollowsTheCompiler() {
    BicepParseResult result = parseClean("var x = a ?? b || c && d == e + f * g ? 1 : 2\n");
    Ternary t = (Ternary) varValue(result, 0);
    Binary coalesce = (Binary) t.condition();
    assertThat(coalesce.operator()).isEqualTo(BinaryOperator.COALESCE);
    Binary or = (Binary) coalesce.right();
    assertThat(or.operator()).isEqualTo(BinaryOperator.OR);
    Binary and = (Binary) or.right();
    Binary eq = (Binary) and.right();
    Binary add = (Binary) eq.right();
    assertThat(add.operator()).isEqualTo(BinaryOperator.ADD);
    assertThat(((Binary) add.right()).operator()).isEqualTo(BinaryOperator.MULTIPLY);
  }

  @Test
  void loopsWithIndexAndFilterAndConditionalBodies() {
    String text = """
        resource r 'A/b@1' = [for (item, i) in items: if (item.enabled) {
          name: '${item.name}-${i}'
        }]
        module m './m.bicep' = if (deploy) {
          name: 'm'
        }
        """;
    BicepParseResult result = parseClean(text);
    ResourceDecl r = (ResourceDecl) result.program().statements().get(0);
    ForExpr loop = (ForExpr) r.body();
    assertThat(loop.item().name()).isEqualTo("item");
    assertThat(loop.index().name()).isEqualTo("i");
    assertThat(loop.body()).isInstanceOf(IfExpr.class);
    assertThat(at(loop.range())).isEqualTo("1:22-3:3");
    Statement.ModuleDecl m = (Statement.ModuleDecl) result.program().statements().get(1);
    assertThat(m.body()).isInstanceOf(IfExpr.class);
  }

  @Test
  void accessChainsCallsLambdasAndSpread() {
    String text = """
        var a = az.resourceGroup().location
        var b = vnet::subnet.id
        var c = list[^1].?name
        var d = map(xs, x => x * 2)
        var e = reduce(xs, 0, (cur, next) => cur + next)
        var f = { ...base, extra: true }
        var g = maybe!.value
        var h = arr[?0]
        """;
    BicepParseResult result = parseClean(text);
    PropertyAccess a = (PropertyAccess) varValue(result, 0);
    FunctionCall call = (FunctionCall) a.base();
    assertThat(call.namespace()).isEqualTo("az");
    assertThat(call.name().name()).isEqualTo("resourceGroup");
    assertThat(((PropertyAccess) varValue(result, 1)).base()).isInstanceOf(Expr.ResourceAccess.class);
    PropertyAccess c = (PropertyAccess) varValue(result, 2);
    assertThat(c.safe()).isTrue();
    assertThat(((IndexAccess) c.base()).fromEnd()).isTrue();
    assertThat(((FunctionCall) varValue(result, 3)).arguments().get(1)).isInstanceOf(Lambda.class);
    Lambda two = (Lambda) ((FunctionCall) varValue(result, 4)).arguments().get(2);
    assertThat(two.parameters()).extracting(Identifier::name).containsExactly("cur", "next");
    assertThat(((ObjectExpr) varValue(result, 5)).items().get(0)).isInstanceOf(Expr.Spread.class);
    assertThat(((PropertyAccess) varValue(result, 6)).base()).isInstanceOf(Expr.NonNullAssert.class);
    assertThat(((IndexAccess) varValue(result, 7)).safe()).isTrue();
  }

  @Test
  void paramTypesAndUserTypes() {
    String text = """
        @secure()
        param key string
        param sku 'Basic' | 'Standard' = 'Basic'
        param subnets { name: string, prefix: string? }[]
        type pair = [string, int]
        func double(x int) int => x * 2
        output id string = vnet.id
        """;
    BicepParseResult result = parseClean(text);
    ParamDecl key = (ParamDecl) result.program().statements().get(0);
    assertThat(key.decorators().get(0).name()).isEqualTo("secure");
    assertThat(((TypeExpr.Named) key.type()).name().name()).isEqualTo("string");
    ParamDecl sku = (ParamDecl) result.program().statements().get(1);
    assertThat(sku.type()).isInstanceOf(TypeExpr.Union.class);
    assertThat(sku.defaultValue()).isInstanceOf(StringExpr.class);
    ParamDecl subnets = (ParamDecl) result.program().statements().get(2);
    assertThat(subnets.type()).isInstanceOf(TypeExpr.Array.class);
    assertThat(result.program().statements().get(4)).isInstanceOf(Statement.FuncDecl.class);
  }

  @Test
  void paramsFileHasUsingAndAssignments() {
    SourceText source = SourceText.of("main.bicepparam", "using 'main.bicep'\nparam location = 'westeurope'\n");
    BicepParseResult result = BicepParser.parse(source);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.program().isParamsFile()).isTrue();
    Statement.UsingDecl using = (Statement.UsingDecl) result.program().statements().get(0);
    assertThat(((StringExpr) using.path()).literalValue()).isEqualTo("main.bicep");
    Statement.ParamAssignment p = (Statement.ParamAssignment) result.program().statements().get(1);
    assertThat(p.name().name()).isEqualTo("location");
    assertThat(at(p.range())).isEqualTo("2:1-2:30");
  }

  @Test
  void newlinesSeparateItemsAndCommasWork() {
    BicepParseResult result = parseClean("var a = [1, 2,]\nvar b = {\n  x: 1\n  y: 2\n}\nvar c = concat(\n  'a',\n  'b'\n)\n");
    assertThat(((Expr.ArrayExpr) varValue(result, 0)).items()).hasSize(2);
    assertThat(((ObjectExpr) varValue(result, 1)).items()).hasSize(2);
    assertThat(((FunctionCall) varValue(result, 2)).arguments()).hasSize(2);
  }

  @Test
  void commentsAndPragmasAreKept() {
    BicepParseResult result = parseClean(
        "// top\n#disable-next-line no-unused-vars BCP081\nvar a = /* inline */ 1\n");
    assertThat(result.program().comments()).extracting(Comment::block).containsExactly(false, true);
    assertThat(result.program().pragmas().get(0).codes()).containsExactly("no-unused-vars", "BCP081");
  }

  @Test
  void bomCrlfAndUtf16ColumnsAreCounted() throws Exception {
    byte[] bytes = "\uFEFFvar a = '\uD83D\uDE00'\r\nvar b = x\r\n".getBytes(StandardCharsets.UTF_8);
    SourceText source = SourceText.decode("main.bicep", bytes);
    BicepParseResult result = BicepParser.parse(source);
    assertThat(result.diagnostics()).isEmpty();
    VarDecl b = (VarDecl) result.program().statements().get(1);
    assertThat(at(b.range())).isEqualTo("2:1-2:10");
    VarDecl a = (VarDecl) result.program().statements().get(0);
    assertThat(at(a.value().range())).isEqualTo("1:9-1:13"); // BOM not counted; the emoji is two UTF-16 units
  }

  @Test
  void syntaxErrorsArePositionedWithBcpCodesAndRecoveryKeepsLaterStatements() {
    String text = """
        var ok1 = 1
        var broken = {
          a: 1 b: 2
        }
        var = 3
        var ok2 = 'x
        var ok3 = 3
        """;
    BicepParseResult result = parse(text);
    assertThat(result.diagnostics()).extracting(d -> d.range().startLine() + " " + d.message().substring(0, 6))
        .contains("3 BCP236", "5 BCP015", "6 BCP004");
    assertThat(result.program().statementsOf(VarDecl.class)).extracting(v -> v.name().name())
        .contains("ok1", "broken", "ok3");
    assertThat(result.diagnostics()).allMatch(d -> d.kind() == Diagnostic.Kind.ERROR
        && d.code().equals("bicep-syntax"));
  }

  @Test
  void missingClosingBraceIsBcp018() {
    BicepParseResult result = parse("var o = {\n  a: 1\n");
    assertThat(result.diagnostics()).extracting(Diagnostic::message)
        .contains("BCP018: Expected the \"}\" character at this location.");
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "var x = " + "[".repeat(Limits.MAX_NESTING * 4) + "\n";
    BicepParseResult result = parse(deep);
    assertThat(result.diagnostics()).anyMatch(d -> d.message().startsWith("Nesting deeper than"));
    String parens = "var y = " + "(".repeat(Limits.MAX_NESTING * 4) + "1" + ")".repeat(Limits.MAX_NESTING * 4);
    assertThat(parse(parens).hasErrors()).isTrue();
  }

  @Test
  void hugeTokenCountsAreCutOffWithAnError() {
    BicepParseResult result = parse("var a = 1\n" + "@".repeat(Lexer.MAX_TOKENS + 10));
    assertThat(result.diagnostics()).anyMatch(d -> d.message().startsWith("More than " + Lexer.MAX_TOKENS));
    assertThat(result.program().statementsOf(VarDecl.class)).hasSize(1);
  }

  @Test
  void typeExpressionsCoverTheGrammar() {
    String text = """
        type a = resourceInput<'Microsoft.Network/virtualNetworks@2023-04-01'>.properties
        type b = sys.string[]?
        type c = {
          @description('x')
          '''multi''': int
          opt?: (string | int)
          *: bool
        }
        type d = other.*
        type e = other[*]
        type f = -1 | 'x' | true | null
        type g = nullable!
        param r resource 'Microsoft.Network/virtualNetworks@2023-04-01'
        """;
    BicepParseResult result = parseClean(text);
    var types = result.program().statementsOf(Statement.TypeDecl.class);
    assertThat(((TypeExpr.Access) types.get(0).type()).base()).isInstanceOf(TypeExpr.Instantiation.class);
    TypeExpr.Nullable b = (TypeExpr.Nullable) types.get(1).type();
    assertThat(((TypeExpr.Named) ((TypeExpr.Array) b.type()).element()).qualifier().name()).isEqualTo("sys");
    TypeExpr.ObjectType c = (TypeExpr.ObjectType) types.get(2).type();
    assertThat(c.properties()).extracting(p -> p.key().literalName()).containsExactly("multi", "opt");
    assertThat(c.properties().get(1).optional()).isTrue();
    assertThat(c.additionalProperties()).isInstanceOf(TypeExpr.Named.class);
    assertThat(((TypeExpr.Access) types.get(3).type()).wildcard()).isTrue();
    assertThat(((TypeExpr.Access) types.get(4).type()).wildcard()).isTrue();
    assertThat(((TypeExpr.Union) types.get(5).type()).members()).hasSize(4);
    assertThat(types.get(6).type()).isInstanceOf(TypeExpr.NonNull.class);
    assertThat(result.program().statementsOf(ParamDecl.class).get(0).type()).isInstanceOf(TypeExpr.ResourceType.class);
  }

  @Test
  void objectPropertyKeysMayBeStringsOrKeywords() {
    BicepParseResult result = parseClean("var o = {\n  'a-b': 1\n  resource: 2\n  if: 3\n}\n");
    ObjectExpr o = (ObjectExpr) varValue(result, 0);
    assertThat(o.items()).extracting(i -> ((ObjectProperty) i).key().literalName())
        .containsExactly("a-b", "resource", "if");
  }
}
