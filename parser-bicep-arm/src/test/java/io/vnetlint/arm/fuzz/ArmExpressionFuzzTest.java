package io.vnetlint.arm.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.vnetlint.arm.expr.CopyBindings;
import io.vnetlint.arm.expr.EvalContext;
import io.vnetlint.arm.expr.ExpressionEvaluator;
import io.vnetlint.arm.expr.ExpressionParser;
import io.vnetlint.arm.expr.ParsedExpression;
import io.vnetlint.arm.expr.RuntimeFacts;
import io.vnetlint.arm.expr.TemplateContext;
import io.vnetlint.arm.template.Diagnostics;
import io.vnetlint.arm.mapper.NetworkMapper;
import io.vnetlint.arm.template.ExpressionSyntaxCheck;
import io.vnetlint.arm.template.Placement;
import io.vnetlint.arm.template.TemplateRun;
import io.vnetlint.arm.template.TemplateScope;
import io.vnetlint.arm.template.TreeEvaluator;
import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.Origin;
import io.vnetlint.model.ResourceRef;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import io.vnetlint.model.json.JsonSyntaxException;
import io.vnetlint.model.json.PositionedJsonReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the ARM expression parser and evaluator, and of the positioned JSON reader with the
 * template syntax check, template evaluation and mapping: whatever the input, nothing throws, syntax errors point
 * inside the expression, and every diagnostic range lies inside the text.
 *
 * <p>In a normal {@code mvn verify} this only replays the seeds in {@code ArmExpressionFuzzTestInputs/} (without
 * instrumentation: {@code jazzer.hooks=false} in {@code junit-platform.properties}). To fuzz for
 * {@link #MAX_DURATION}:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl parser-bicep-arm -am test -Dtest=ArmExpressionFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true
 * </pre>
 *
 * <p>({@code -Djazzer.max_duration=10m} fuzzes longer.) A failing input is written next to the seeds; keep it there
 * as a regression seed once the bug is fixed.
 */
class ArmExpressionFuzzTest {
  static final String MAX_DURATION = "60s";

  /** Fuzzing without coverage instrumentation would be blind guessing that still reports success. */
  @BeforeAll
  static void fuzzingIsInstrumented() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz != null && !fuzz.isBlank() && !fuzz.equals("0")) {
      assertThat(System.getProperty("jazzer.hooks"))
          .as("fuzzing needs coverage instrumentation: add -Djazzer.hooks=true")
          .isEqualTo("true");
    }
  }

  @FuzzTest(maxDuration = MAX_DURATION)
  void expressionsNeverThrow(byte[] input) {
    String content = new String(input, StandardCharsets.UTF_8);
    String expression = "[" + content + "]";
    ExpressionParser parser = new ExpressionParser();
    ParsedExpression parsed = parser.parse(expression);
    assertThat(parsed).isNotNull();
    if (parsed instanceof ParsedExpression.SyntaxError error) {
      assertThat(error.offset()).as("syntax error offset").isBetween(0, expression.length());
      assertThat(error.message()).isNotBlank().doesNotContain("\n");
    } else {
      // the evaluator on the parsed tree, with nothing declared: every result is a value or an unknown
      SourceText text = SourceText.of("fuzz.json", "\"" + expression.replace("\\", "\\\\").replace("\"", "\\\"")
          + "\"");
      SourceRange at = text.range(0, text.text().length());
      ExpressionEvaluator evaluator = new ExpressionEvaluator(parser);
      Value v = evaluator.evaluateString(new Value.Str(expression, at),
          new EvalContext(new EmptyTemplate(), CopyBindings.NONE));
      assertThat(v).isNotNull();
    }

    // the same bytes as a JSON document: a value or a positioned syntax error, and syntax errors of any
    // expression strings in it positioned inside the text
    SourceText json = SourceText.of("fuzz.json", content);
    Value root;
    try {
      root = PositionedJsonReader.read(json);
    } catch (JsonSyntaxException e) {
      checkRange(json, e.range(), "JSON syntax error " + e.getMessage());
      return;
    }
    Diagnostics found = new Diagnostics();
    ExpressionSyntaxCheck.check(root, json, parser, found);
    for (Diagnostic d : found.all()) {
      checkRange(json, d.range(), "diagnostic " + d.message());
    }
    if (found.all().isEmpty() && root instanceof Value.Obj template) {
      // a syntactically valid document as a whole template: evaluation and mapping never throw either, and their
      // warnings point into the text
      RuntimeFacts facts = new RuntimeFacts();
      TreeEvaluator tree = new TreeEvaluator(new ExpressionEvaluator(parser));
      TemplateScope scope = new TemplateScope(template, Map.of(), null, Placement.UNKNOWN, tree, facts);
      TemplateRun run = new TemplateRun(tree, found, new Origin("fuzz.json", null), NetworkMapper::handles);
      run.run(template, scope);
      assertThat(NetworkMapper.map(run.resources(), facts)).isNotNull();
      for (Diagnostic d : found.all()) {
        checkRange(json, d.range(), "diagnostic " + d.message());
      }
    }
  }

  private static void checkRange(SourceText text, SourceRange range, String what) {
    assertThat(range).as(what).isNotNull();
    assertThat(range.file()).as(what).isEqualTo(text.path());
    assertThat(range.endLine()).as("%s %s ends inside the text", what, range).isLessThanOrEqualTo(text.lineCount());
    int start = text.offsetOf(range.startLine(), range.startColumn());
    int end = text.offsetOf(range.endLine(), range.endColumn());
    assertThat(start).as("%s %s starts inside the text", what, range).isBetween(0, text.text().length());
    assertThat(end).as("%s %s ends inside the text", what, range).isBetween(start, text.text().length());
  }

  /** A template that declares nothing and does not pin its scope. */
  private static final class EmptyTemplate implements TemplateContext {
    private final RuntimeFacts facts = new RuntimeFacts();

    @Override
    public Value parameter(String name, SourceRange at) {
      return new Value.Unknown("parameter '" + name + "' is not declared", at);
    }

    @Override
    public Value variable(String name, SourceRange at) {
      return new Value.Unknown("variable '" + name + "' is not declared", at);
    }

    @Override
    public String subscriptionId() {
      return null;
    }

    @Override
    public String resourceGroupName() {
      return null;
    }

    @Override
    public Optional<ResourceRef> resourceBySymbolicName(String name) {
      return Optional.empty();
    }

    @Override
    public RuntimeFacts facts() {
      return facts;
    }
  }
}
