package io.vnetlint.cli.controls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vnetlint.cli.output.JsonTree;
import io.vnetlint.rules.Finding;
import io.vnetlint.sarif.StableFingerprint;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A findings baseline: the findings a codebase had when it adopted vnetlint, by stable fingerprint
 * ({@link StableFingerprint}, {@code vnetlint/v1}: rule, resource addresses and attribute, not line numbers), so a
 * finding stays "unchanged" when lines move. File and message are kept for people reading the file; matching uses
 * only the fingerprint. Findings messages never hold secret values, so neither does this file.
 */
public record FindingsBaseline(List<Entry> entries) {
  /** The format version written into the file. */
  public static final int VERSION = 1;

  public record Entry(String ruleId, String fingerprint, String file, String message) {}

  public FindingsBaseline {
    entries = List.copyOf(entries);
  }

  /** The baseline of these findings, in a stable order. */
  public static FindingsBaseline of(List<Finding> findings) {
    List<Entry> entries = new ArrayList<>();
    for (Finding f : findings) {
      entries.add(new Entry(f.ruleId(), StableFingerprint.of(f), f.primary().range().file(), f.messageWithVariant()));
    }
    entries.sort(Comparator.comparing(Entry::file).thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint)
        .thenComparing(Entry::message));
    return new FindingsBaseline(entries);
  }

  /** How many findings of each fingerprint the baseline holds. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new HashMap<>();
    for (Entry e : entries) {
      counts.merge(e.fingerprint(), 1, Integer::sum);
    }
    return counts;
  }

  /** Reads a baseline file; a file that is not one is an {@link IOException} with a readable message. */
  public static FindingsBaseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a vnetlint baseline: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || root.path("version").asInt() != VERSION
        || !StableFingerprint.KEY.equals(root.path("fingerprint").asText()) || !root.path("findings").isArray()) {
      throw new IOException(file + ": not a vnetlint baseline (expected version " + VERSION + ", fingerprint \""
          + StableFingerprint.KEY + "\" and a findings list; write one with --write-baseline)");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode e : root.get("findings")) {
      if (!e.path("fingerprint").isTextual()) {
        throw new IOException(file + ": a baseline finding without a fingerprint");
      }
      entries.add(new Entry(e.path("ruleId").asText(), e.get("fingerprint").asText(), e.path("file").asText(),
          e.path("message").asText()));
    }
    return new FindingsBaseline(entries);
  }

  /** Writes the baseline as JSON with two-space indentation and a final newline. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put("tool", "vnetlint");
    root.put("fingerprint", StableFingerprint.KEY);
    List<Object> findings = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", e.ruleId());
      m.put("fingerprint", e.fingerprint());
      m.put("file", e.file());
      m.put("message", e.message());
      findings.add(m);
    }
    root.put("findings", findings);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonTree.write(root, out);
    }
  }
}
