package io.vnetlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code scan}'s plain argument reader sets exactly what picocli sets, and leaves everything else to picocli. */
class ScanArgumentsTest {
  private static final PicocliAgreement AGREEMENT = new PicocliAgreement("scan", ScanCommand::new,
      ScanArguments::parse, ScanArguments.OPTIONS);

  static Stream<Arguments> plainWords() {
    return Stream.of(
        words(),
        words("."),
        words("a", "b/c", "d.json"),
        words("-f", "json"),
        words("--format", "sarif"),
        words("--format=github"),
        words("-f=text"),
        words("-o", "out.sarif"),
        words("--output=report.txt", "dir"),
        words("--fail-on", "warning"),
        words("--fail-on=never"),
        words("--config", "cfg.yaml"),
        words("--no-config"),
        words("--baseline", "b.json"),
        words("--write-baseline=b.json"),
        words("-q"),
        words("--quiet", "x"),
        words("-q", "true"),
        words("-p", "a.parameters.json"),
        words("-p", "a.json", "--parameters", "b.json", "--parameters=c.json"),
        words("-p", "a.json", "b.json"),
        words("--var-file", "x.tfvars", "--var-file=y.tfvars"),
        words("--var", "name=value"),
        words("--var", "a=1", "--var=b=2", "--var", "a=3"),
        words("--var", "k=v=w", "--var", "e="),
        words("--allow-outside-root"),
        words("--root", "/tmp"),
        words("--root=.", "sub"),
        words("--color", "always"),
        words("--color=never"),
        words("-v"),
        words("--verbose", "dir"),
        words("--base", "HEAD~1"),
        words("--base=main", "."),
        words("--base", "${{ x }}"),
        words("scan", "graph"),
        words("x=y"),
        words("=x"),
        words("--", "dir"),
        words("--"),
        words("-q", "--no-config", "--", "a.tf", "b/c.bicep", "x=y"),
        words("-f", "json", "--", "scan", "x--q"),
        words("dir", "-q", "other", "-f", "json", "third"),
        words("-q", "-v", "--no-config", "--allow-outside-root", "-f", "sarif", "-o", "o.sarif", "--fail-on", "note",
            "--config", "c.yaml", "--baseline", "b.json", "--write-baseline", "w.json", "-p", "p.json",
            "--var-file", "v.tfvars", "--var", "n=v", "--root", "r", "--color", "always", "--base", "HEAD", "r/x"));
  }

  @ParameterizedTest
  @MethodSource("plainWords")
  void plainWordsSetTheFieldsPicocliSets(List<String> words) {
    AGREEMENT.assertSameAsPicocli(words);
  }

  static Stream<Arguments> wordsForPicocli() {
    return Stream.of(
        words("-h"),
        words("--help"),
        words("-V"),
        words("--version"),
        words("dir", "--help"),
        words("--", "-q"),
        words("--", "@args.txt"),
        words("--", ""),
        words("-q", "--", "a", "--"),
        words("--unknown"),
        words("--formats", "json"),
        words("-qv"),
        words("-fjson"),
        words("-ojson", "dir"),
        words("-o"),
        words("dir", "--root"),
        words("-o", "-x"),
        words("-o", "--quiet"),
        words("-p", "-q"),
        words("--format", "xml"),
        words("--format", "JSON"),
        words("--fail-on", "Error"),
        words("--color", "yes"),
        words("@args.txt"),
        words("--output", "@out"),
        words("--output=@out"),
        words("-f", "json", "-f", "text"),
        words("--format=json", "-f", "json"),
        words("--root", "a", "--root", "b"),
        words("-q", "--quiet"),
        words("-v", "-v"),
        words("--quiet=true"),
        words("--no-config=false"),
        words("--var", "novalue"),
        words("--var", "=x"),
        words("--var", "k=\"a=b\""),
        words("--var"),
        words("-"),
        words("-1"),
        words(""),
        words("--output="),
        words("-o", ""),
        words("dir\u0000x"));
  }

  @ParameterizedTest
  @MethodSource("wordsForPicocli")
  void everythingElseIsLeftToPicocli(List<String> words) {
    assertThat(ScanArguments.parse(words)).isEmpty();
  }

  @Test
  void picocliSystemPropertiesLeaveTheWordsToPicocli() {
    String before = System.getProperty("picocli.trimQuotes");
    System.setProperty("picocli.trimQuotes", "true");
    try {
      assertThat(ScanArguments.parse(List.of("\"dir\""))).isEmpty();
    } finally {
      if (before == null) {
        System.clearProperty("picocli.trimQuotes");
      } else {
        System.setProperty("picocli.trimQuotes", before);
      }
    }
    assertThat(ScanArguments.parse(List.of("\"dir\""))).isPresent();
  }

  @Test
  void knowsEveryOptionOfScanCommand() {
    AGREEMENT.assertKnowsEveryOption();
  }

  @Test
  void randomWordListsAgreeWithPicocliWheneverTheyArePlain() {
    List<String> vocabulary = new ArrayList<>();
    ScanArguments.OPTIONS.forEach(o -> vocabulary.addAll(o.names()));
    vocabulary.addAll(List.of("-h", "-V", "--", "-", "-qv", "-fjson", "--format=json", "-f=sarif", "--quiet=true",
        "--var=a=b", "--unknown", "@file", "", "json", "sarif", "text", "github", "xml", "error", "warning", "note",
        "never", "auto", "always", "a.json", "dir", "x=1", "x=2", "y=a=b", "=v", "k=\"q\"", "true", "scan", "-1",
        "HEAD", "main.tf", "sub/dir"));
    int taken = AGREEMENT.assertRandomWordsAgree(vocabulary, 3000, 20261125L);
    assertThat(taken).as("word lists read without picocli").isGreaterThan(300);
  }

  private static Arguments words(String... words) {
    return Arguments.of(List.of(words));
  }
}
