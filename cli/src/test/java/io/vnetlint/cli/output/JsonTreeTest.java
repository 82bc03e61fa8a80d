package io.vnetlint.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming writer writes exactly the bytes the ObjectMapper it replaced wrote. */
class JsonTreeTest {

  @Test
  void writesWhatAnObjectMapperWrites() throws Exception {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", 1);
    root.put("count", 12_345_678_901L);
    root.put("flag", true);
    root.put("nothing", null);
    root.put("text", "quote \" backslash \\ tab \t newline \n control \u0001 emoji \uD83D\uDE80 é <>&'");
    root.put("empty object", new LinkedHashMap<>());
    root.put("empty list", List.of());
    List<Object> items = new ArrayList<>(Arrays.asList("a", 2, null, false, List.of(List.of()), Map.of("k", "v")));
    root.put("items", items);
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("deeper", Map.of("deepest", List.of(1L, -2, Integer.MIN_VALUE, Long.MAX_VALUE)));
    root.put("nested", nested);

    StringWriter streamed = new StringWriter();
    JsonTree.write(root, streamed);

    StringWriter mapped = new StringWriter();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer(printer).writeValue(mapped, root);
    mapped.write("\n");

    assertThat(streamed.toString()).isEqualTo(mapped.toString());
  }

  @Test
  void leavesTheWriterOpen() throws Exception {
    StringWriter out = new StringWriter();
    JsonTree.write(List.of(), out);
    out.write("more");
    assertThat(out.toString()).isEqualTo("[ ]\nmore");
  }

  @Test
  void refusesValuesThatAreNotJson() {
    assertThatThrownBy(() -> JsonTree.write(Map.of("x", new Object()), new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object");
  }
}
