package io.vnetlint.cli.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the line and column it starts at, so configuration errors can point at it. */
public sealed interface YamlNode {
  int line();

  int column();

  /** "a mapping", "a list", "a string": for error messages. */
  String describe();

  /** A mapping; keys keep their own positions (errors about unknown keys point at the key). */
  record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping, positioned at the key, and its value. */
  record Entry(String key, int line, int column, YamlNode value) {}

  record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar as written; {@code null} is YAML's null ({@code ~}, {@code null} or nothing). */
  record Scalar(String text, int line, int column) implements YamlNode {
    @Override
    public String describe() {
      return text == null ? "empty" : "'" + text + "'";
    }
  }
}
