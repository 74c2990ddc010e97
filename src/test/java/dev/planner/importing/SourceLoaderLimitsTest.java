package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * URL input is bounded: a silent server times out (before its headers or in the middle of its body),
 * a declared body over the cap is refused unread, and redirects stay on http(s) without a downgrade.
 */
class SourceLoaderLimitsTest {
  private static final Duration SHORT = Duration.ofMillis(300);

  private final List<Socket> held = new ArrayList<>();
  private ServerSocket server;

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : held) {
      socket.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static SourceLoader loader() {
    return new SourceLoader(new ByteArrayInputStream(new byte[0]), 4096, SHORT, SHORT);
  }

  /** A server on 127.0.0.1 that accepts, writes {@code answer} (maybe nothing) and then says no more. */
  private String silentServer(String answer) throws IOException {
    server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      try {
        while (!server.isClosed()) {
          Socket socket = server.accept();
          held.add(socket);
          OutputStream out = socket.getOutputStream();
          out.write(answer.getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
      } catch (IOException closed) {
        // The test is over.
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    return "http://127.0.0.1:" + server.getLocalPort() + "/schedule.ics";
  }

  @Test
  void aServerThatAcceptsAndNeverAnswersTimesOut() throws IOException {
    String url = silentServer("");

    assertThatThrownBy(() -> loader().load(url))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage(url + ": no answer within 300 ms");
  }

  @Test
  void aServerThatStallsInTheMiddleOfItsBodyTimesOut() throws IOException {
    String url = silentServer("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nBEGIN:VCALENDAR\r\n");

    assertThatThrownBy(() -> loader().load(url))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageStartingWith(url + ": no answer within");
  }

  @Test
  void aServerThatTricklesItsBodyIsGivenUpAtTheDeadline() throws IOException {
    server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread trickler = new Thread(() -> {
      try (Socket socket = server.accept()) {
        OutputStream out = socket.getOutputStream();
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 4000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        // A byte every 50 ms: never silent for the 300 ms read timeout, and 200 s for the whole body.
        for (int i = 0; i < 4000 && !server.isClosed(); i++) {
          out.write('x');
          out.flush();
          Thread.sleep(50);
        }
      } catch (IOException | InterruptedException stopped) {
        // The client gave up, or the test is over.
      }
    });
    trickler.setDaemon(true);
    trickler.start();
    String url = "http://127.0.0.1:" + server.getLocalPort() + "/schedule.ics";
    SourceLoader loader = new SourceLoader(new ByteArrayInputStream(new byte[0]), 8192, SHORT, SHORT, Duration.ofSeconds(1));

    assertThatThrownBy(() -> loader.load(url))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage(url + ": not fetched within 1 s: gave up");
  }

  @Test
  void aServerThatNeverAcceptsTheConnectionTimesOutConnecting() throws IOException {
    // A listener that never accepts, its queue filled: the kernel drops further connection requests.
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    String url = "http://127.0.0.1:" + server.getLocalPort() + "/schedule.ics";
    for (int i = 0; i < 8; i++) {
      Socket filler = new Socket();
      try {
        filler.connect(server.getLocalSocketAddress(), 200);
        held.add(filler);
      } catch (IOException queueFull) {
        filler.close();
        break;
      }
    }

    assertThatThrownBy(() -> loader().load(url))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage(url + ": could not connect within 300 ms");
  }

  @Test
  void aDeclaredBodyOverTheCapIsRefusedUnread() throws IOException {
    String url = silentServer("HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\n\r\n");

    assertThatThrownBy(() -> loader().load(url))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage(url + ": input is 999999999 bytes, over the limit of 4096 bytes");
  }

  @Test
  void aRedirectFromHttpsToPlainHttpIsRefused() {
    assertThatThrownBy(() -> SourceLoader.redirectTarget(URI.create("https://example.org/a.ics"),
        "http://example.org/a.ics", "https://example.org/a.ics"))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("from https to plain http refused");
  }

  @Test
  void aRedirectStaysOnHttpOrHttps() throws SourceUnavailableException {
    URI from = URI.create("http://example.org/feeds/a.ics");

    assertThat(SourceLoader.redirectTarget(from, "https://example.org/b.ics", "a")).hasToString("https://example.org/b.ics");
    assertThat(SourceLoader.redirectTarget(from, "../c.ics", "a")).hasToString("http://example.org/c.ics");
    for (String elsewhere : List.of("file:///etc/passwd", "jar:file:/x.jar!/a", "ftp://example.org/a.ics", "gopher://x")) {
      assertThatThrownBy(() -> SourceLoader.redirectTarget(from, elsewhere, "a"))
          .as(elsewhere).isInstanceOf(SourceUnavailableException.class).hasMessageContaining("refused");
    }
  }

  @Test
  void onlyHttpAndHttpsUrlsAreFetched() {
    for (String location : List.of("file:///etc/passwd", "ftp://example.org/a.ics", "jar:file:/x.jar!/a")) {
      assertThatThrownBy(() -> loader().load(location)).as(location)
          .isInstanceOf(SourceUnavailableException.class);
    }
  }
}
