package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.functions.FunctionLibrary.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code jsonencode}, {@code jsondecode}, {@code base64encode}, {@code base64decode}. */
final class EncodingFunctions {
  private EncodingFunctions() {}

  /** The function called {@code name} in this group, or null (a switch: see {@link FunctionLibrary}). */
  static FunctionLibrary.Spec find(String name) {
    return switch (name) {
      case "jsonencode" -> new FunctionLibrary.Spec("jsonencode", 1, 1, Kind.CONTENT, false,
          c -> c.str(Json.encode(c.arg(0))));
      case "jsondecode" -> new FunctionLibrary.Spec("jsondecode", 1, 1, Kind.CONTENT, false,
          c -> Json.decode(c.string(0), c.range));
      case "base64encode" -> new FunctionLibrary.Spec("base64encode", 1, 1, Kind.CONTENT, false,
          c -> c.str(Base64.getEncoder().encodeToString(c.string(0).getBytes(StandardCharsets.UTF_8))));
      case "base64decode" -> new FunctionLibrary.Spec("base64decode", 1, 1, Kind.CONTENT, false,
          c -> {
            byte[] bytes;
            try {
              bytes = Base64.getDecoder().decode(c.string(0));
            } catch (IllegalArgumentException e) {
              throw c.error("failed to decode base64 data");
            }
            String s = new String(bytes, StandardCharsets.UTF_8);
            if (!java.util.Arrays.equals(s.getBytes(StandardCharsets.UTF_8), bytes)) {
              throw c.error("the result of decoding the provided string is not valid UTF-8");
            }
            return c.str(s);
          });
      default -> null;
    };
  }
}
