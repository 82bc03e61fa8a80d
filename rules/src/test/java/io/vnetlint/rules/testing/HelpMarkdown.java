package io.vnetlint.rules.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule's help markdown split into its {@code ## } sections, with the fenced code blocks of each. */
public final class HelpMarkdown {
  /** A fenced code block: its language and its text. */
  public record CodeBlock(String language, String code) {}

  private final Map<String, String> sections = new LinkedHashMap<>();
  private final List<String> names = new ArrayList<>();

  private HelpMarkdown() {}

  public static HelpMarkdown parse(String markdown) {
    HelpMarkdown help = new HelpMarkdown();
    String current = null;
    StringBuilder body = new StringBuilder();
    boolean inFence = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        inFence = !inFence;
      }
      if (!inFence && line.startsWith("#")) {
        if (!line.startsWith("## ") || line.startsWith("###")) {
          // only ## headings are sections; anything else is an error the section test reports by name
          help.names.add("<bad heading: " + line + ">");
          continue;
        }
        if (current != null) {
          help.sections.put(current, body.toString());
        }
        current = line.substring(3).strip();
        help.names.add(current);
        body.setLength(0);
        continue;
      }
      if (current == null) {
        if (!line.isBlank()) {
          help.names.add("<text before the first section>");
        }
        continue;
      }
      body.append(line).append('\n');
    }
    if (current != null) {
      help.sections.put(current, body.toString());
    }
    return help;
  }

  public List<String> sectionNames() {
    return List.copyOf(names);
  }

  public String section(String name) {
    return sections.getOrDefault(name, "");
  }

  public List<CodeBlock> codeBlocks(String section) {
    List<CodeBlock> blocks = new ArrayList<>();
    String language = null;
    StringBuilder code = new StringBuilder();
    for (String line : section(section).split("\n", -1)) {
      if (line.startsWith("```")) {
        if (language == null) {
          language = line.substring(3).strip();
          code.setLength(0);
        } else {
          blocks.add(new CodeBlock(language, code.toString()));
          language = null;
        }
      } else if (language != null) {
        code.append(line).append('\n');
      }
    }
    return blocks;
  }
}
