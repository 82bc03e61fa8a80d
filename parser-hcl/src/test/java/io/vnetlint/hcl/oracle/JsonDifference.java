package io.vnetlint.hcl.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The first place where two JSON documents differ, as a JSON-pointer-like path with both values. Numbers compare
 * by exact decimal value (1500 equals 1.5e3), objects regardless of key order.
 */
public record JsonDifference(String path, String expected, String actual) {
  private static final int SHOWN = 160;

  public static Optional<JsonDifference> between(JsonNode expected, JsonNode actual) {
    return compare("", expected, actual);
  }

  private static Optional<JsonDifference> compare(String path, JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == actual ? Optional.empty() : Optional.of(differ(path, expected, actual));
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          ? Optional.empty() : Optional.of(differ(path, expected, actual));
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return Optional.of(differ(path, expected, actual));
    }
    if (expected.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      expected.fieldNames().forEachRemaining(keys::add);
      actual.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        Optional<JsonDifference> d = compare(path + "/" + key, expected.get(key), actual.get(key));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (expected.isArray()) {
      Iterator<JsonNode> e = expected.elements();
      Iterator<JsonNode> a = actual.elements();
      for (int i = 0; e.hasNext() || a.hasNext(); i++) {
        Optional<JsonDifference> d = compare(path + "/" + i, e.hasNext() ? e.next() : null,
            a.hasNext() ? a.next() : null);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return expected.equals(actual) ? Optional.empty() : Optional.of(differ(path, expected, actual));
  }

  private static JsonDifference differ(String path, JsonNode expected, JsonNode actual) {
    return new JsonDifference(path.isEmpty() ? "/" : path, shown(expected), shown(actual));
  }

  private static String shown(JsonNode node) {
    if (node == null) {
      return "(absent)";
    }
    String s = node.toString();
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...";
  }

  @Override
  public String toString() {
    return path + ": expected " + expected + ", actual " + actual;
  }
}
