package io.vnetlint.hcl.eval.functions;

import io.vnetlint.hcl.eval.functions.FunctionLibrary.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code jsonencode}, {@code jsondecode}, {@code base64encode}, {@code base64decode}. */
final class EncodingFunctions {
  private EncodingFunctions() {}

  static void register(FunctionLibrary lib) {
    lib.add("jsonencode", 1, 1, Kind.CONTENT, c -> c.str(Json.encode(c.arg(0))));
    lib.add("jsondecode", 1, 1, Kind.CONTENT, c -> Json.decode(c.string(0), c.range));
    lib.add("base64encode", 1, 1, Kind.CONTENT,
        c -> c.str(Base64.getEncoder().encodeToString(c.string(0).getBytes(StandardCharsets.UTF_8))));
    lib.add("base64decode", 1, 1, Kind.CONTENT, c -> {
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
  }
}
