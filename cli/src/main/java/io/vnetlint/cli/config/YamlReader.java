package io.vnetlint.cli.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML with jackson-dataformat-yaml into {@link YamlNode}s that remember where each key and value starts.
 * Jackson's tree model drops positions, so this walks the token stream itself.
 */
final class YamlReader {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private YamlReader() {}

  /** Parses one YAML document; an empty document is an empty mapping. */
  static YamlNode read(String text) throws ConfigException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Mapping(Map.of(), 1, 1);
      }
      YamlNode node = value(parser);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new ConfigException(line(at), column(at), "only one YAML document is allowed");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage() == null ? "not valid YAML" : e.getOriginalMessage();
      // SnakeYAML messages span lines with the problem's context;
      // its lines that start in column 1 say what is wrong, the indented ones quote the source.
      String problem = String.join(": ", message.lines()
          .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
          .map(String::strip)
          .toList());
      message = problem.isEmpty() ? message.strip().lines().findFirst().orElse("") : problem;
      throw new ConfigException(at == null ? 1 : line(at), at == null ? 1 : column(at),
          "not valid YAML: " + message);
    } catch (IOException e) {
      throw new ConfigException(1, 1, "not valid YAML: " + e.getMessage());
    }
  }

  private static YamlNode value(JsonParser parser) throws IOException, ConfigException {
    JsonLocation at = parser.currentTokenLocation();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation keyAt = parser.currentTokenLocation();
        String key = parser.currentName();
        parser.nextToken();
        YamlNode v = value(parser);
        if (entries.containsKey(key)) {
          throw new ConfigException(line(keyAt), column(keyAt), "duplicate key '" + key + "'");
        }
        entries.put(key, new YamlNode.Entry(key, line(keyAt), column(keyAt), v));
      }
      return new YamlNode.Mapping(entries, line(at), column(at));
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(parser));
      }
      return new YamlNode.Sequence(items, line(at), column(at));
    }
    if (token == JsonToken.VALUE_NULL) {
      return new YamlNode.Scalar(null, line(at), column(at));
    }
    return new YamlNode.Scalar(parser.getText(), line(at), column(at));
  }

  private static int line(JsonLocation at) {
    return Math.max(1, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return Math.max(1, at.getColumnNr());
  }
}
