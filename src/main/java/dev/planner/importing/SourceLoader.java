package dev.planner.importing;

import dev.planner.model.Schedule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches the bytes of an input named on the command line: a file, {@code -} for standard input,
 * an http(s) URL, or the schedule bundled in the jar. Every input is capped in size.
 */
public final class SourceLoader {
  /** The largest input accepted, in bytes: ten times the largest real feed seen. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;
  /** Redirects followed before a URL is given up. */
  public static final int MAX_REDIRECTS = 5;
  /** The name the bundled schedule goes by in messages. */
  public static final String BUNDLED_NAME = "kubecon-eu-2024.yaml (bundled)";

  private static final String BUNDLED_RESOURCE = "/schedule/kubecon-eu-2024.yaml";
  private static final String BUNDLED_SNAPSHOT = "/schedule/kubecon-eu-2024.snapshot";
  /** How long a server may take to accept the connection. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** How long a server may stay silent, before its answer or in the middle of its body. */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
  /** How long a whole fetch may take, redirects included: a server trickling bytes is given up too. */
  public static final Duration DEADLINE = Duration.ofSeconds(120);

  private final InputStream stdin;
  private final long maxBytes;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration deadline;

  public SourceLoader(InputStream stdin) {
    this(stdin, MAX_BYTES);
  }

  /** A loader with another size cap, so that tests can hit the cap with a small body. */
  public SourceLoader(InputStream stdin, long maxBytes) {
    this(stdin, maxBytes, CONNECT_TIMEOUT, READ_TIMEOUT);
  }

  /** A loader with other limits, so that tests can meet a timeout in a fraction of a second. */
  public SourceLoader(InputStream stdin, long maxBytes, Duration connectTimeout, Duration readTimeout) {
    this(stdin, maxBytes, connectTimeout, readTimeout, DEADLINE);
  }

  /** A loader with other limits and another deadline for a whole fetch. */
  public SourceLoader(InputStream stdin, long maxBytes, Duration connectTimeout, Duration readTimeout, Duration deadline) {
    this.stdin = stdin;
    this.maxBytes = maxBytes;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.deadline = deadline;
  }

  /**
   * The bundled schedule from the binary snapshot the build makes of it, or empty when the jar has
   * none (a build that skipped it) or it cannot be read: callers then parse the YAML.
   */
  public Optional<Schedule> bundledSnapshot() {
    try (InputStream in = BundledFiles.open(BUNDLED_SNAPSHOT)) {
      return in == null ? Optional.empty() : Optional.of(ScheduleSnapshot.read(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The schedule shipped in the jar. */
  public Source bundled() throws SourceUnavailableException {
    try (InputStream in = BundledFiles.open(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new SourceUnavailableException("the bundled schedule is missing from the jar: rebuild with mvn package");
      }
      return new Source(BUNDLED_NAME, readCapped(in, BUNDLED_NAME));
    } catch (SourceUnavailableException e) {
      throw e;
    } catch (IOException e) {
      throw new SourceUnavailableException("cannot read the bundled schedule: " + e.getMessage(), e);
    }
  }

  /** Loads a path, {@code -}, or an http(s) URL. */
  public Source load(String location) throws SourceUnavailableException {
    if (location.equals("-")) {
      try {
        return new Source("<stdin>", readCapped(stdin, "<stdin>"));
      } catch (IOException e) {
        throw new SourceUnavailableException("cannot read standard input: " + e.getMessage(), e);
      }
    }
    String lower = location.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return fetch(location);
    }
    if (lower.contains("://") && lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
      throw new SourceUnavailableException(location + ": only http and https URLs are supported");
    }
    return readFile(Path.of(location), location);
  }

  /** Loads a file by its path, whatever its name looks like (a file named {@code -} is a file). */
  public Source loadFile(Path path) throws SourceUnavailableException {
    return readFile(path, path.toString());
  }

  private Source readFile(Path path, String name) throws SourceUnavailableException {
    try {
      if (Files.isDirectory(path)) {
        throw new SourceUnavailableException(name + ": is a directory, not a file");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new SourceUnavailableException(name + ": file is " + size + " bytes, over the limit of " + maxBytes);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new Source(name, readCapped(in, name));
      }
    } catch (NoSuchFileException e) {
      throw new SourceUnavailableException(name + ": no such file");
    } catch (SourceUnavailableException e) {
      throw e;
    } catch (IOException e) {
      throw new SourceUnavailableException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private Source fetch(String url) throws SourceUnavailableException {
    URI current = parseUri(url);
    // Timeouts bound each wait; the deadline bounds the whole, by closing the connection under a
    // read that a server keeps alive with a byte now and then.
    Timer timer = new Timer("fetch deadline", true);
    AtomicBoolean late = new AtomicBoolean();
    AtomicReference<HttpURLConnection> open = new AtomicReference<>();
    timer.schedule(new TimerTask() {
      @Override
      public void run() {
        late.set(true);
        HttpURLConnection connection = open.get();
        if (connection != null) {
          connection.disconnect();
        }
      }
    }, Math.max(1, deadline.toMillis()));
    try {
      return fetch(url, current, late, open);
    } catch (SourceUnavailableException e) {
      if (late.get()) {
        throw new SourceUnavailableException(url + ": not fetched within " + seconds(deadline) + ": gave up", e);
      }
      throw e;
    } finally {
      timer.cancel();
    }
  }

  private Source fetch(String url, URI first, AtomicBoolean late, AtomicReference<HttpURLConnection> open)
      throws SourceUnavailableException {
    URI current = first;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpURLConnection connection = open(current, url);
      open.set(connection);
      if (late.get()) {
        throw new SourceUnavailableException(url + ": late");
      }
      try {
        int status = connection.getResponseCode();
        if (status >= 300 && status < 400) {
          current = redirectTarget(current, connection.getHeaderField("Location"), url);
          continue;
        }
        if (status != 200) {
          throw new SourceUnavailableException(url + ": server answered HTTP " + status);
        }
        if (connection.getContentLengthLong() > maxBytes) {
          throw new SourceUnavailableException(url + ": input is " + connection.getContentLengthLong()
              + " bytes, over the limit of " + maxBytes + " bytes");
        }
        try (InputStream body = connection.getInputStream()) {
          return new Source(url, readCapped(body, url));
        }
      } catch (SocketTimeoutException e) {
        if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
          throw new SourceUnavailableException(url + ": could not connect within " + seconds(connectTimeout), e);
        }
        throw new SourceUnavailableException(url + ": no answer within " + seconds(readTimeout), e);
      } catch (SourceUnavailableException e) {
        throw e;
      } catch (IOException e) {
        throw new SourceUnavailableException(url + ": cannot fetch: " + describe(e), e);
      } finally {
        connection.disconnect();
      }
    }
    throw new SourceUnavailableException(url + ": more than " + MAX_REDIRECTS + " redirects");
  }

  private static URI parseUri(String url) throws SourceUnavailableException {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new SourceUnavailableException(url + ": not a valid URL");
    }
  }

  /** A connection that follows no redirect by itself and gives up on a silent server. */
  private HttpURLConnection open(URI uri, String original) throws SourceUnavailableException {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setInstanceFollowRedirects(false);
      connection.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
      // A timeout on every read, the body's included: a server may answer its headers and then stall.
      connection.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
      connection.setRequestProperty("User-Agent", "planner");
      return connection;
    } catch (IOException | IllegalArgumentException e) {
      throw new SourceUnavailableException(original + ": not a valid URL");
    }
  }

  /** Where a redirect may lead: http or https only, and never from https down to plain http. */
  static URI redirectTarget(URI from, String location, String original) throws SourceUnavailableException {
    if (location == null || location.isBlank()) {
      throw new SourceUnavailableException(original + ": redirect without a Location");
    }
    URI target;
    try {
      target = from.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new SourceUnavailableException(original + ": redirect to an invalid URL");
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new SourceUnavailableException(original + ": redirect to '" + scheme + "' refused: only http and https");
    }
    if (from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
      throw new SourceUnavailableException(original + ": redirect from https to plain http refused");
    }
    return target;
  }

  private byte[] readCapped(InputStream in, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    long total = 0;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      total += read;
      if (total > maxBytes) {
        throw new SourceUnavailableException(name + ": input is over the limit of " + maxBytes + " bytes");
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  static String describe(IOException e) {
    if (e instanceof UnknownHostException) {
      return "unknown host '" + e.getMessage() + "': check the address, or whether this machine is online";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
