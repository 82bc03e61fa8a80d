package io.vnetlint.cli.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structural checks of the Mermaid and DOT that {@code vnetlint graph} writes: every line has one of the forms the
 * renderers produce, identifiers are safe and declared before use, quotes and blocks are balanced, and labels hold
 * nothing that could end a string or inject markup. Returns the problems found (empty when the text is valid).
 */
final class SyntaxCheck {
  private SyntaxCheck() {}

  private static final String ID = "[A-Za-z0-9_]+";
  /** Label text: printable ASCII without quotes; the only markup is the line break and bold the renderer writes. */
  private static final String TEXT = "(?:[\\x20-\\x21\\x23-\\x7e&&[^<>|\\[\\]{}`\\\\]]|<br/>|<b>|</b>)*";
  private static final Pattern NODE = Pattern.compile(
      "\\s*(" + ID + ")(\\[\"" + TEXT + "\"]|\\{\\{\"" + TEXT + "\"}}|\\[/\"" + TEXT + "\"/]|\\(\\[\"" + TEXT
          + "\"]\\))");
  private static final Pattern EDGE = Pattern.compile(
      "\\s*(" + ID + ") (-->|==>|-\\.-)(?:\\|\"" + TEXT + "\"\\|)? (" + ID + ")");
  private static final Pattern SUBGRAPH = Pattern.compile("\\s*subgraph (" + ID + ")\\[\"" + TEXT + "\"]");
  private static final Pattern CLASS_DEF = Pattern.compile("\\s*classDef (error|warning|external) [a-z0-9:#,. -]+");
  private static final Pattern CLASS =
      Pattern.compile("\\s*class ((?:" + ID + ",)*" + ID + ") (error|warning|external)");
  private static final Pattern LINK_STYLE =
      Pattern.compile("\\s*linkStyle (\\d+) stroke:#[0-9a-f]{6},stroke-width:\\dpx");

  static List<String> mermaid(String markdown) {
    List<String> problems = new ArrayList<>();
    int start = markdown.indexOf("```mermaid\n");
    int end = markdown.indexOf("\n```\n", start + 1);
    if (start < 0 || end < 0) {
      return List.of("no ```mermaid block");
    }
    String[] lines = markdown.substring(start + "```mermaid\n".length(), end).split("\n", -1);
    if (!lines[0].equals("flowchart LR")) {
      problems.add("first line is not 'flowchart LR': " + lines[0]);
    }
    Set<String> nodes = new HashSet<>();
    List<String[]> edges = new ArrayList<>();
    List<Integer> styled = new ArrayList<>();
    List<String> classed = new ArrayList<>();
    int depth = 0;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      Matcher m;
      if ((m = NODE.matcher(line)).matches()) {
        if (!nodes.add(m.group(1))) {
          problems.add("node declared twice: " + m.group(1));
        }
      } else if ((m = EDGE.matcher(line)).matches()) {
        edges.add(new String[] {m.group(1), m.group(3)});
      } else if ((m = SUBGRAPH.matcher(line)).matches()) {
        depth++;
      } else if (line.trim().equals("end")) {
        depth--;
        if (depth < 0) {
          problems.add("'end' without subgraph at line " + i);
        }
      } else if ((m = LINK_STYLE.matcher(line)).matches()) {
        styled.add(Integer.parseInt(m.group(1)));
      } else if ((m = CLASS.matcher(line)).matches()) {
        classed.addAll(List.of(m.group(1).split(",")));
      } else if (!CLASS_DEF.matcher(line).matches()) {
        problems.add("unexpected line " + i + ": " + line);
      }
    }
    if (depth != 0) {
      problems.add("unbalanced subgraph/end");
    }
    for (String[] e : edges) {
      for (String id : e) {
        if (!nodes.contains(id)) {
          problems.add("edge uses undeclared node " + id);
        }
      }
    }
    for (int index : styled) {
      if (index >= edges.size()) {
        problems.add("linkStyle " + index + " but only " + edges.size() + " edges");
      }
    }
    for (String id : classed) {
      if (!nodes.contains(id)) {
        problems.add("class on undeclared node " + id);
      }
    }
    return problems;
  }

  private static final Pattern DOT_NODE = Pattern.compile("\\s*\"(" + ID + ")\" \\[(.*)];");
  private static final Pattern DOT_EDGE = Pattern.compile("\\s*\"(" + ID + ")\" -> \"(" + ID + ")\"( \\[(.*)])?;");

  static List<String> dot(String dot) {
    List<String> problems = new ArrayList<>();
    Set<String> nodes = new HashSet<>();
    List<String[]> edges = new ArrayList<>();
    int depth = 0;
    boolean graphOpened = false;
    for (String line : dot.split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("//")) {
        continue;
      }
      for (char c : line.toCharArray()) {
        if (c < 0x20 || c > 0x7e) {
          problems.add("non-ASCII or control character in: " + line);
          break;
        }
      }
      String outside = stringsRemoved(line, problems);
      depth += count(outside, '{') - count(outside, '}');
      if (depth < 0) {
        problems.add("unbalanced braces at: " + line);
      }
      Matcher m;
      if (line.equals("digraph vnetlint {")) {
        graphOpened = true;
      } else if ((m = DOT_EDGE.matcher(line)).matches()) {
        edges.add(new String[] {m.group(1), m.group(2)});
      } else if ((m = DOT_NODE.matcher(line)).matches()) {
        if (!nodes.add(m.group(1))) {
          problems.add("node declared twice: " + m.group(1));
        }
      }
    }
    if (!graphOpened) {
      problems.add("no 'digraph vnetlint {'");
    }
    if (depth != 0) {
      problems.add("unbalanced braces");
    }
    for (String[] e : edges) {
      for (String id : e) {
        if (!nodes.contains(id)) {
          problems.add("edge uses undeclared node " + id);
        }
      }
    }
    return problems;
  }

  /** The line with every quoted string removed; reports strings that do not end on the line. */
  private static String stringsRemoved(String line, List<String> problems) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else {
        out.append(c);
      }
    }
    if (inString) {
      problems.add("unterminated string: " + line);
    }
    return out.toString();
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }
}
