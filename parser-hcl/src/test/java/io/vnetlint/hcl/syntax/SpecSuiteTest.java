package io.vnetlint.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * HashiCorp's implementation-agnostic HCL test suite ({@code hashicorp/hcl/specsuite/tests}): for every
 * {@code X.t}, {@code X.hcl} is parsed and decoded with the spec {@code X.hcldec} (by {@link MiniHcldec}); the
 * expected {@code result} (converted to {@code result_type}) and/or the expected error ranges of
 * {@code diagnostics} (line, column and byte of both ends) must be reproduced exactly. As {@code hcldec} does, a
 * file with syntax errors is not decoded: its diagnostics are the syntax errors.
 */
class SpecSuiteTest {

  private static Path suite() {
    Path dir = CorpusParseTest.corpus().resolve("hashicorp__hcl/specsuite/tests");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no specsuite at " + dir);
    return dir;
  }

  @TestFactory
  Stream<DynamicTest> specsuite() throws IOException {
    Path dir = suite();
    List<Path> cases;
    try (Stream<Path> walk = Files.walk(dir)) {
      cases = walk.filter(p -> p.toString().endsWith(".t")).sorted().toList();
    }
    assertThat(cases).hasSize(15);
    return cases.stream().map(t -> DynamicTest.dynamicTest(dir.relativize(t).toString(), () -> runCase(t)));
  }

  private static ConfigFile parseClean(Path file) throws IOException {
    HclParseResult r = HclParser.parse(SourceText.decode(file.getFileName().toString(), Files.readAllBytes(file)));
    assertThat(r.diagnostics()).as("syntax errors in %s", file).isEmpty();
    return r.file();
  }

  private static void runCase(Path testFile) throws IOException {
    String base = testFile.toString().substring(0, testFile.toString().length() - 2);
    Body expectations = parseClean(testFile).body();
    MiniHcldec.SpecFile spec = MiniHcldec.readSpecFile(parseClean(Path.of(base + ".hcldec")).body());
    Path input = Path.of(base + ".hcl");

    HclParseResult parsed = HclParser.parse(SourceText.decode(input.getFileName().toString(),
        Files.readAllBytes(input)));
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    Object value = null;
    if (!parsed.hasErrors()) {
      MiniHcldec.Decoded decoded = MiniHcldec.decode(parsed.file().body(), spec);
      diagnostics.addAll(decoded.diagnostics());
      value = decoded.value();
    }

    List<int[]> expectedErrors = expectedErrors(expectations);
    List<int[]> actualErrors = diagnostics.stream()
        .filter(d -> d.kind() == Diagnostic.Kind.ERROR)
        .map(SpecSuiteTest::ends)
        .sorted(Comparator.comparingInt((int[] a) -> a[2]))
        .toList();
    assertThat(actualErrors)
        .as("error ranges (from line, column, byte, to line, column, byte); diagnostics: %s", diagnostics)
        .usingElementComparator(Comparator.comparing(java.util.Arrays::toString))
        .containsExactlyElementsOf(expectedErrors);
    if (!expectedErrors.isEmpty()) {
      return;
    }

    MiniEvaluator constants = new MiniEvaluator(Map.of());
    Optional<MiniHcldec.Type> resultType =
        expectations.attribute("result_type").map(a -> MiniHcldec.type(a.expr()));
    MiniHcldec.Type type = resultType.orElse(MiniHcldec.ANY);
    Object actual = MiniHcldec.convert(value, type);
    Optional<Attribute> result = expectations.attribute("result");
    if (result.isPresent()) {
      Object expected = MiniHcldec.convert(constants.eval(result.get().expr()), type);
      assertDeepEquals(actual, expected, "result");
    } else {
      assertThat(resultType).as("a case without result or diagnostics checks its result type").isPresent();
    }
  }

  private static int[] ends(Diagnostic d) {
    SourceRange r = d.range();
    return new int[] {r.startLine(), r.startColumn(), (int) r.startByte(), r.endLine(), r.endColumn(),
        (int) r.endByte()};
  }

  private static List<int[]> expectedErrors(Body expectations) {
    List<int[]> out = new ArrayList<>();
    MiniEvaluator ev = new MiniEvaluator(Map.of());
    for (Block diagnostics : expectations.blocks("diagnostics")) {
      for (Block error : diagnostics.body().blocks("error")) {
        Body from = error.body().blocks("from").get(0).body();
        Body to = error.body().blocks("to").get(0).body();
        out.add(new int[] {
          pos(ev, from, "line"), pos(ev, from, "column"), pos(ev, from, "byte"),
          pos(ev, to, "line"), pos(ev, to, "column"), pos(ev, to, "byte")});
      }
    }
    out.sort(Comparator.comparingInt((int[] a) -> a[2]));
    return out;
  }

  private static int pos(MiniEvaluator ev, Body body, String name) {
    return ((BigDecimal) ev.eval(body.attribute(name).orElseThrow().expr())).intValueExact();
  }

  /**
   * Deep equality; numbers compare with a relative tolerance of 1e-140 because cty computes in 512-bit binary
   * floating point ({@code 11 % 5.1} is {@code 0.8000…00024} there, exactly 0.8 in our decimal arithmetic).
   */
  private static void assertDeepEquals(Object actual, Object expected, String path) {
    if (expected instanceof BigDecimal e && actual instanceof BigDecimal a) {
      BigDecimal tolerance = e.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-140"));
      assertThat(a.subtract(e).abs()).as(path + ": " + a + " vs " + e).isLessThanOrEqualTo(tolerance);
      return;
    }
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      assertThat(a.keySet()).as(path).isEqualTo(e.keySet());
      e.forEach((k, v) -> assertDeepEquals(a.get(k), v, path + "." + k));
      return;
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      assertThat(a).as(path).hasSameSizeAs(e);
      for (int i = 0; i < e.size(); i++) {
        assertDeepEquals(a.get(i), e.get(i), path + "[" + i + "]");
      }
      return;
    }
    assertThat(actual).as(path).isEqualTo(expected);
  }
}
