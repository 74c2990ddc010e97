package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** URL input against a server on 127.0.0.1 that the test starts; nothing leaves the machine. */
class SourceLoaderUrlTest {
  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/schedule.ics", exchange -> respond(exchange, 200, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
    server.createContext("/big", exchange -> respond(exchange, 200, "x".repeat(5000)));
    server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
    server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
    server.createContext("/hop", exchange -> redirect(exchange, "/schedule.ics"));
    server.createContext("/", exchange -> respond(exchange, 404, "not here"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static SourceLoader loader() {
    return new SourceLoader(new ByteArrayInputStream(new byte[0]), 4096);
  }

  @Test
  void anUnknownHostIsNamedAsSuch() {
    assertThat(SourceLoader.describe(new java.net.UnknownHostException("example.invalid")))
        .isEqualTo("unknown host 'example.invalid': check the address, or whether this machine is online");
  }

  @Test
  void fetchesAScheduleOverHttp() throws Exception {
    Source source = loader().load(base + "/schedule.ics");

    assertThat(source.name()).isEqualTo(base + "/schedule.ics");
    assertThat(source.text()).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void followsAShortRedirect() throws Exception {
    assertThat(loader().load(base + "/hop").text()).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void reportsAMissingPageAsUnavailable() {
    assertThatThrownBy(() -> loader().load(base + "/nothing"))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void givesUpAfterTooManyRedirects() {
    assertThatThrownBy(() -> loader().load(base + "/loop"))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("more than " + SourceLoader.MAX_REDIRECTS + " redirects");
  }

  @Test
  void refusesARedirectToAFile() {
    assertThatThrownBy(() -> loader().load(base + "/to-file"))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("redirect to 'file' refused");
  }

  @Test
  void refusesABodyOverTheSizeCap() {
    assertThatThrownBy(() -> loader().load(base + "/big"))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("over the limit of 4096 bytes");
  }
}
