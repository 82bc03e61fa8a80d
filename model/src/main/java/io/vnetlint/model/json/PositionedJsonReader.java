package io.vnetlint.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.vnetlint.model.Limits;
import io.vnetlint.model.SourceRange;
import io.vnetlint.model.SourceText;
import io.vnetlint.model.Value;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads JSON as ARM accepts it (comments, trailing commas, raw control characters in strings) into a {@link Value}
 * tree where every node and every object key has its exact source range. Strict JSON, such as Terraform's plan
 * output, reads the same way.
 *
 * <p>The tree is built with an explicit stack, not recursion, and nesting is counted here, so a hostile file with
 * thousands of levels gets a positioned error instead of exhausting the stack.
 */
public final class PositionedJsonReader {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      // Jackson would otherwise copy file content (possibly secrets) into its messages.
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Limits.MAX_NESTING * 2) // ours triggers first, with our message
          .build())
      .build();

  /** Jackson's location suffixes and start-marker notes, which say nothing a positioned diagnostic does not. */
  private static final Pattern LOCATION_NOISE =
      Pattern.compile("\\s*\\(?(start marker )?at \\[Source:[^\\]]*\\]\\)?");

  private static final int MAX_MESSAGE = 200;

  private PositionedJsonReader() {}

  /** Parses the whole text; exactly one JSON value must be there. */
  public static Value read(SourceText source) throws JsonSyntaxException {
    String text = source.text();
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(new StringReader(text));
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonSyntaxException("empty file", SourceRange.fileStart(source.path()));
      }
      Value root = readValue(parser, first, source);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        int at = offset(parser.currentTokenLocation(), text);
        throw new JsonSyntaxException("unexpected content after the end of the JSON value", source.range(at, at + 1));
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation() != null ? e.getLocation() : currentLocation(parser);
      int at = offset(where, text);
      throw new JsonSyntaxException(clean(e.getOriginalMessage()), source.range(at, at + 1));
    } catch (IOException e) {
      // A StringReader does not fail; keep the contract anyway.
      throw new JsonSyntaxException("cannot read: " + clean(e.getMessage()), SourceRange.fileStart(source.path()));
    } finally {
      closeQuietly(parser);
    }
  }

  /** One frame of the explicit stack: an object or array being filled. */
  private static final class Frame {
    final boolean object;
    final int start;
    final List<Value.Member> members = new ArrayList<>();
    final List<Value> items = new ArrayList<>();
    String key;
    SourceRange keyRange;

    Frame(boolean object, int start) {
      this.object = object;
      this.start = start;
    }
  }

  private static Value readValue(JsonParser parser, JsonToken first, SourceText source) throws IOException,
      JsonSyntaxException {
    String text = source.text();
    Deque<Frame> stack = new ArrayDeque<>();
    JsonToken token = first;
    while (true) {
      int start = offset(parser.currentTokenLocation(), text);
      Value done = null;
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          if (stack.size() >= Limits.MAX_NESTING) {
            throw new JsonSyntaxException(
                "nesting deeper than " + Limits.MAX_NESTING + " levels", source.range(start, start + 1));
          }
          stack.push(new Frame(token == JsonToken.START_OBJECT, start));
        }
        case FIELD_NAME -> {
          Frame frame = stack.peek();
          frame.key = parser.currentName();
          frame.keyRange = source.range(start, endOfString(text, start));
        }
        case END_OBJECT, END_ARRAY -> {
          Frame frame = stack.pop();
          SourceRange range = source.range(frame.start, start + 1);
          done = frame.object ? new Value.Obj(frame.members, range) : new Value.Arr(frame.items, range);
        }
        case VALUE_STRING -> done = new Value.Str(parser.getText(), source.range(start, endOfString(text, start)));
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          String number = parser.getText();
          done = new Value.Num(new BigDecimal(number), source.range(start, start + number.length()));
        }
        case VALUE_TRUE -> done = new Value.Bool(true, source.range(start, start + 4));
        case VALUE_FALSE -> done = new Value.Bool(false, source.range(start, start + 5));
        case VALUE_NULL -> done = new Value.Null(source.range(start, start + 4));
        default -> throw new JsonSyntaxException(
            "unexpected token " + token, source.range(start, start + 1));
      }
      if (done != null) {
        Frame parent = stack.peek();
        if (parent == null) {
          return done;
        }
        if (parent.object) {
          addMember(parent, new Value.Member(parent.key, parent.keyRange, done));
        } else {
          parent.items.add(done);
        }
      }
      token = parser.nextToken();
      if (token == null) {
        int end = text.length();
        throw new JsonSyntaxException("unexpected end of input", source.range(end, end));
      }
    }
  }

  /** A repeated key replaces the earlier member, as JSON parsers that keep the last value do. */
  private static void addMember(Frame frame, Value.Member member) {
    for (int i = 0; i < frame.members.size(); i++) {
      if (frame.members.get(i).key().equals(member.key())) {
        frame.members.set(i, member);
        return;
      }
    }
    frame.members.add(member);
  }

  /** The offset just after the closing quote of the string literal that opens at {@code quote}. */
  static int endOfString(String text, int quote) {
    int i = quote + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static int offset(JsonLocation location, String text) {
    if (location == null) {
      return text.length();
    }
    long offset = location.getCharOffset();
    if (offset < 0) {
      return text.length();
    }
    return (int) Math.min(offset, text.length());
  }

  private static JsonLocation currentLocation(JsonParser parser) {
    return parser == null ? null : parser.currentLocation();
  }

  /** One line, without Jackson's source descriptions. */
  static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "invalid JSON";
    }
    String line = message.strip();
    int newline = line.indexOf('\n');
    if (newline >= 0) {
      line = line.substring(0, newline);
    }
    line = LOCATION_NOISE.matcher(line).replaceAll("").strip();
    if (line.length() > MAX_MESSAGE) {
      line = line.substring(0, MAX_MESSAGE) + "...";
    }
    return line.isEmpty() ? "invalid JSON" : line;
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // nothing useful to do
      }
    }
  }
}
