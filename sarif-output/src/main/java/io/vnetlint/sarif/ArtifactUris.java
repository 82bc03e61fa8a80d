package io.vnetlint.sarif;

import java.nio.charset.StandardCharsets;

/** Turns scan-relative file paths into the relative URI references SARIF's {@code artifactLocation.uri} needs. */
final class ArtifactUris {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ArtifactUris() {}

  /**
   * {@code infra/my file.tf} → {@code infra/my%20file.tf}: forward slashes, a leading {@code ./} dropped, and every
   * byte of the UTF-8 form except unreserved characters and {@code /} percent-encoded. Encoding {@code :} too keeps
   * a first segment like {@code c:} from reading as a URI scheme.
   */
  static String relative(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    StringBuilder sb = new StringBuilder(p.length() + 8);
    for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c) || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
