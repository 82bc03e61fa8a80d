package io.vnetlint.arm;

import static io.vnetlint.arm.ArmScan.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.vnetlint.model.Diagnostic;
import io.vnetlint.model.FrontEnd;
import io.vnetlint.model.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken input never throws: each case is exactly one positioned, one-line error. */
class MalformedInputTest {
  @TempDir
  Path root;

  private static Diagnostic onlyError(FrontEnd.Result result) {
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.kind()).isEqualTo(Diagnostic.Kind.ERROR);
    assertThat(d.message()).doesNotContain("\n").doesNotContain("Source:").isNotBlank();
    return d;
  }

  private static void assertAt(SourceRange r, String file, int line, int column) {
    assertThat(r.file()).isEqualTo(file);
    assertThat(r.startLine()).as(r.toString()).isEqualTo(line);
    assertThat(r.startColumn()).as(r.toString()).isEqualTo(column);
  }

  @Test
  void emptyFileNamedByTheUser() {
    Diagnostic d = onlyError(new ArmScan(root).write("azuredeploy.json", "").explicit("azuredeploy.json").load());
    assertThat(d.message()).isEqualTo("empty file");
    assertThat(d.oneLine()).isEqualTo("azuredeploy.json:1:1: empty file");
  }

  @Test
  void truncatedTemplate() {
    String text = template("\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"a\"");
    text = text.substring(0, text.lastIndexOf('}'));
    Diagnostic d = onlyError(new ArmScan(root).write("main.json", text).load());
    assertThat(d.code()).isEqualTo("parse-error");
    assertThat(d.message()).contains("end-of-input");
    assertAt(d.range(), "main.json", 5, 1);
  }

  @Test
  void expressionWithUnbalancedBrackets() {
    String text = template("""
        "resources": [{
          "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
          "name": "[concat('hub', 'vnet']"
        }]""");
    FrontEnd.Result result = new ArmScan(root).write("main.json", text).load();
    Diagnostic d = onlyError(result);
    assertThat(result.resources()).isEmpty();
    assertThat(d.code()).isEqualTo("expression-syntax");
    assertThat(d.message()).startsWith("invalid expression: ");
    // the string opens at column 11; the error is at the closing bracket, where ')' is missing
    assertAt(d.range(), "main.json", 6, 11 + 1 + "[concat('hub', 'vnet'".length());
  }

  @Test
  void expressionErrorsInEscapedStringsPointIntoTheString() {
    String text = template("""
        "resources": [{
          "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01",
          "name": "[concat(\\"a\\", 'b')]"
        }]""");
    Diagnostic d = onlyError(new ArmScan(root).write("main.json", text).load());
    assertThat(d.code()).isEqualTo("expression-syntax");
    // the escaped quote at offset 8 of the decoded string is at column 11 + 1 + 8 in the file
    assertAt(d.range(), "main.json", 6, 20);
  }

  @Test
  void fiftyMegabyteFile() throws IOException {
    Path big = root.resolve("huge.json");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("{\"$schema\": \"" + ArmScan.SCHEMA + "\", \"padding\": \"");
      char[] chunk = "x".repeat(1 << 20).toCharArray();
      for (int i = 0; i < 50; i++) {
        w.write(chunk);
      }
      w.write("\"}");
    }
    FrontEnd.Result result = new ArmFrontEnd().load(io.vnetlint.model.ScanInput.of(root, java.util.List.of(Path.of("huge.json"))));
    Diagnostic d = onlyError(result);
    assertThat(d.message()).matches("file too large: 52,428,[0-9]{3} bytes \\(limit 16,777,216\\)");
    assertAt(d.range(), "huge.json", 1, 1);
  }

  @Test
  void tenThousandLevelsOfNesting() {
    String text = "{\"$schema\": \"" + ArmScan.SCHEMA + "\",\n\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    Diagnostic d = onlyError(new ArmScan(root).write("deep.json", text).load());
    assertThat(d.message()).isEqualTo("nesting deeper than 500 levels");
    // the root object is level 1, so the 500th bracket is the first too many
    assertAt(d.range(), "deep.json", 2, 6 + 499);
  }

  @Test
  void malformedUtf8InATemplate() {
    byte[] head = ("{\"$schema\": \"" + ArmScan.SCHEMA + "\",\n\"a\": \"").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
    bytes[head.length + 1] = '"';
    bytes[head.length + 2] = '}';
    Diagnostic d = onlyError(new ArmScan(root).write("bad.json", bytes).load());
    assertThat(d.message()).startsWith("malformed UTF-8 at byte ");
    assertAt(d.range(), "bad.json", 2, 7);
  }

  @Test
  void parameterFileThatDoesNotParse() {
    FrontEnd.Result result = new ArmScan(root)
        .write("main.json", template("\"resources\": []"))
        .write("main.parameters.json", "{\"parameters\": {")
        .load();
    Diagnostic d = onlyError(result);
    assertThat(d.range().file()).isEqualTo("main.parameters.json");
  }
}
