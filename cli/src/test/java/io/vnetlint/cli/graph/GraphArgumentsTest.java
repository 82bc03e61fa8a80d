package io.vnetlint.cli.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.cli.PicocliAgreement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code graph}'s plain argument reader sets exactly what picocli sets, and leaves everything else to picocli. */
class GraphArgumentsTest {
  private static final PicocliAgreement AGREEMENT = new PicocliAgreement("graph", GraphCommand::new,
      GraphArguments::parse, GraphArguments.OPTIONS);

  static Stream<Arguments> plainWords() {
    return Stream.of(
        words(),
        words("a", "b"),
        words("--", "x"),
        words("-f", "dot"),
        words("--format=json", "x"),
        words("-o", "g.md"),
        words("--output=g.dot"),
        words("-p", "a.json", "--parameters=b.json"),
        words("--var-file", "v.tfvars"),
        words("--var", "a=1", "--var=b=2"),
        words("--allow-outside-root"),
        words("--config", "c.yaml"),
        words("--no-config"),
        words("--root", "r", "r/x"),
        words("x", "-f", "mermaid", "y"));
  }

  @ParameterizedTest
  @MethodSource("plainWords")
  void plainWordsSetTheFieldsPicocliSets(List<String> words) {
    AGREEMENT.assertSameAsPicocli(words);
  }

  static Stream<Arguments> wordsForPicocli() {
    return Stream.of(
        words("-h"),
        words("--version"),
        words("--", "-x"),
        words("-q"),
        words("--format", "svg"),
        words("-fdot"),
        words("-o"),
        words("--root", "a", "--root", "b"),
        words("--no-config", "--no-config"),
        words("@args"));
  }

  @ParameterizedTest
  @MethodSource("wordsForPicocli")
  void everythingElseIsLeftToPicocli(List<String> words) {
    assertThat(GraphArguments.parse(words)).isEmpty();
  }

  @Test
  void knowsEveryOptionOfGraphCommand() {
    AGREEMENT.assertKnowsEveryOption();
  }

  @Test
  void randomWordListsAgreeWithPicocliWheneverTheyArePlain() {
    List<String> vocabulary = new ArrayList<>();
    GraphArguments.OPTIONS.forEach(o -> vocabulary.addAll(o.names()));
    vocabulary.addAll(List.of("-h", "--", "-", "-fdot", "--format=json", "-q", "@file", "", "mermaid", "dot", "json",
        "svg", "dir", "x=1", "=v", "true", "graph", "a.json"));
    int taken = AGREEMENT.assertRandomWordsAgree(vocabulary, 1500, 20261126L);
    assertThat(taken).as("word lists read without picocli").isGreaterThan(150);
  }

  private static Arguments words(String... words) {
    return Arguments.of(List.of(words));
  }
}
