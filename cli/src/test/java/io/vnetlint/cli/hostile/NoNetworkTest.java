package io.vnetlint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.SocketOption;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanning inputs that name remote things (a Terraform {@code data "http"}, registry and git modules, an ARM
 * {@code templateLink.uri}, Bicep {@code br:} and {@code ts:} modules) opens no socket and looks up no proxy, and
 * says what it did not follow. The guard: a socket factory whose sockets refuse every operation and record it, and a
 * recording {@link ProxySelector} (what {@code URLConnection} and {@code HttpClient} consult before connecting). A
 * second test checks that no compiled production class references a networking API at all; CI also runs a scan of
 * the same inputs in a network namespace without interfaces ({@code unshare -n}).
 */
class NoNetworkTest {
  static final List<String> ATTEMPTS = Collections.synchronizedList(new ArrayList<>());
  private static ProxySelector previousSelector;

  @TempDir Path dir;

  @BeforeAll
  static void guard() throws IOException {
    try {
      Socket.setSocketImplFactory(RefusingSocket::new);
      ServerSocket.setSocketFactory(RefusingSocket::new);
    } catch (SocketException alreadySet) {
      // a factory is set once per JVM; an earlier run of this class set ours
    }
    previousSelector = ProxySelector.getDefault();
    ProxySelector.setDefault(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        ATTEMPTS.add("proxy lookup for " + uri);
        return List.of(Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        ATTEMPTS.add("connect failed " + uri);
      }
    });
  }

  @AfterAll
  static void restore() {
    ProxySelector.setDefault(previousSelector);
  }

  /** Writes the remote-referencing inputs (also used by the CI step, which scans src/test/resources/remote). */
  static void writeRemoteInputs(Path root) throws IOException {
    Path source = resources().resolve("remote");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = root.resolve(source.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
  }

  static Path resources() {
    return Path.of("src/test/resources").toAbsolutePath();
  }

  @Test
  void guardRecordsASocket() {
    int before = ATTEMPTS.size();
    try (Socket s = new Socket()) {
      s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 9));
    } catch (IOException expected) {
      // refused by the guard
    }
    assertThat(ATTEMPTS.size()).as("the guard itself works").isGreaterThan(before);
    ATTEMPTS.subList(before, ATTEMPTS.size()).clear();
  }

  @Test
  void scanningRemoteReferencesOpensNoSocket() throws IOException {
    writeRemoteInputs(dir);
    ATTEMPTS.clear();
    StringBuilder all = new StringBuilder();
    for (String format : List.of("text", "json", "sarif", "github")) {
      HostileRun run = HostileRun.of("scan", "--root", dir.toString(), "--no-config", "--color", "never",
          "--verbose", "--format", format, dir.toString());
      all.append(run.out()).append(run.err());
      assertThat(run.out() + run.err()).doesNotContain("Exception");
    }
    HostileRun graph = HostileRun.of("graph", "--root", dir.toString(), "--no-config", dir.toString());
    all.append(graph.out()).append(graph.err());
    assertThat(ATTEMPTS).as("network attempts during the scan").isEmpty();
    String text = all.toString();
    assertThat(text).contains("registry.terraform.io/hashicorp/example/azurerm is not available locally")
        .contains("git::https://example.invalid/net.git is not available locally")
        .contains("linked template by URI")
        .contains("br:example.azurecr.io/bicep/vnet:1.0")
        .contains("ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0");
  }

  /**
   * No class of vnetlint (compiled, any module) references a socket, URL connection, HTTP client, DNS lookup or
   * network channel: the constant pool of a class names every class and method it uses.
   */
  @Test
  void noProductionClassReferencesANetworkApi() throws IOException {
    Path project = Path.of("").toAbsolutePath().getParent();
    List<Path> classDirs = Stream.of("model", "parser-hcl", "parser-bicep-arm", "rules", "sarif-output", "cli")
        .map(m -> project.resolve(m).resolve("target/classes")).filter(Files::isDirectory).toList();
    assumeTrue(classDirs.size() == 6, "every module is compiled");
    List<String> forbidden = List.of("java/net/Socket", "java/net/ServerSocket", "java/net/DatagramSocket",
        "java/net/URLConnection", "java/net/HttpURLConnection", "java/net/http/", "java/net/InetAddress",
        "java/nio/channels/SocketChannel", "java/nio/channels/DatagramChannel",
        "openConnection", "openStream");
    List<String> offenders = new ArrayList<>();
    int classes = 0;
    for (Path d : classDirs) {
      try (Stream<Path> files = Files.walk(d)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
          classes++;
          String pool = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
          for (String api : forbidden) {
            if (pool.contains(api)) {
              offenders.add(project.relativize(f) + " uses " + api);
            }
          }
        }
      }
    }
    assertThat(classes).isGreaterThan(100);
    assertThat(offenders).isEmpty();
  }

  /** A socket that records every attempt to use it and refuses it like a machine without a network. */
  static final class RefusingSocket extends SocketImpl {
    private SocketException refuse(String what) {
      ATTEMPTS.add(what + " " + new Throwable().getStackTrace()[2]);
      return new SocketException("network access refused by the test guard (" + what + ")");
    }

    @Override
    protected void create(boolean stream) throws IOException {
      // creating an unconnected socket object is harmless; using it is not
    }

    @Override
    protected void connect(String host, int port) throws IOException {
      throw refuse("connect " + host + ":" + port);
    }

    @Override
    protected void connect(InetAddress address, int port) throws IOException {
      throw refuse("connect " + address + ":" + port);
    }

    @Override
    protected void connect(SocketAddress address, int timeout) throws IOException {
      throw refuse("connect " + address);
    }

    @Override
    protected void bind(InetAddress host, int port) throws IOException {
      throw refuse("bind " + host + ":" + port);
    }

    @Override
    protected void listen(int backlog) throws IOException {
      throw refuse("listen");
    }

    @Override
    protected void accept(SocketImpl s) throws IOException {
      throw refuse("accept");
    }

    @Override
    protected InputStream getInputStream() throws IOException {
      throw refuse("read");
    }

    @Override
    protected OutputStream getOutputStream() throws IOException {
      throw refuse("write");
    }

    @Override
    protected int available() throws IOException {
      throw refuse("available");
    }

    @Override
    protected void close() {
      // nothing was opened
    }

    @Override
    protected void sendUrgentData(int data) throws IOException {
      throw refuse("urgent data");
    }

    @Override
    public void setOption(int optID, Object value) throws SocketException {
      // options on a socket that never connects change nothing
    }

    @Override
    public Object getOption(int optID) throws SocketException {
      return null;
    }

    @Override
    protected <T> void setOption(SocketOption<T> name, T value) throws IOException {
      // as above
    }
  }
}
