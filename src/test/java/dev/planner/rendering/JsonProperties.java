package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written JSON is, byte for byte, what Jackson's pretty printer writes for the same value. */
class JsonProperties {
  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Amsterdam"),
      ZoneId.of("Asia/Kolkata"), ZoneId.of("America/St_Johns"), ZoneOffset.ofHoursMinutesSeconds(1, 2, 3));

  @Provide
  Arbitrary<Object> values() {
    return value(3);
  }

  private Arbitrary<Object> value(int depth) {
    Arbitrary<Object> text = Arbitraries.strings().withCharRange('\u0000', '\u00ff').withChars("“”€\u2028\uD83D\uDE00")
        .ofMaxLength(12).map(s -> s);
    Arbitrary<Object> numbers = Arbitraries.oneOf(Arbitraries.integers().map(n -> n), Arbitraries.longs().map(n -> n),
        Arbitraries.doubles().between(-1e9, 1e9).map(d -> d), Arbitraries.of(0.0, 10.0, 1e-5, 0.00005, 123.45678, -0.5)
            .map(d -> d), Arbitraries.floats().between(-1e6f, 1e6f).map(f -> f));
    Arbitrary<Object> times = Arbitraries.longs().between(-70_000_000_000L, 300_000_000_000L).flatMap(seconds ->
        Arbitraries.of(ZONES).flatMap(zone -> Arbitraries.of(0, 0, 500_000_000, 1).map(nanos ->
            (Object) ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos), zone))));
    Arbitrary<Object> dates = Arbitraries.longs().between(-800_000, 3_000_000).map(day -> LocalDate.ofEpochDay(day));
    Arbitrary<Object> others = Arbitraries.of(true, false, (short) 3, new BigDecimal("1.50"), LocalDateTime.of(2026, 3, 24, 10, 15));
    Arbitrary<Object> leaf = Arbitraries.oneOf(text, numbers, times, dates, others, Arbitraries.just(null));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Object> lists = value(depth - 1).list().ofMaxSize(4).map(list -> (Object) new ArrayList<>(list));
    Arbitrary<Object> maps = Arbitraries.strings().withCharRange(' ', '~').withChars("\n\"é").ofMaxLength(6)
        .flatMap(key -> value(depth - 1).map(item -> new java.util.AbstractMap.SimpleEntry<>(key, item))).list().ofMaxSize(4)
        .map(entries -> {
          Map<String, Object> map = new LinkedHashMap<>();
          entries.forEach(entry -> map.putIfAbsent(entry.getKey(), entry.getValue()));
          return (Object) map;
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(2, lists),
        net.jqwik.api.Tuple.of(2, maps));
  }

  @Property(tries = 1500)
  void writesWhatJacksonsPrettyPrinterWrites(@ForAll("values") Object value) {
    assertThat(Json.write(value)).isEqualTo(Jackson.write(value));
  }

  /** The writing as Jackson's generator does it, kept as the definition of the layout. */
  private static final class Jackson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    static String write(Object value) {
      StringWriter out = new StringWriter();
      try (JsonGenerator json = FACTORY.createGenerator(out)) {
        json.setPrettyPrinter(PRETTY);
        writeValue(json, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.append('\n').toString();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
      if (value == null) {
        json.writeNull();
      } else if (value instanceof Map<?, ?> map) {
        json.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          json.writeFieldName(String.valueOf(entry.getKey()));
          writeValue(json, entry.getValue());
        }
        json.writeEndObject();
      } else if (value instanceof Collection<?> list) {
        json.writeStartArray();
        for (Object item : list) {
          writeValue(json, item);
        }
        json.writeEndArray();
      } else if (value instanceof Boolean bool) {
        json.writeBoolean(bool);
      } else if (value instanceof Integer || value instanceof Long) {
        json.writeNumber(((Number) value).longValue());
      } else if (value instanceof Double || value instanceof Float) {
        json.writeNumber(BigDecimal.valueOf(((Number) value).doubleValue()).setScale(4, RoundingMode.HALF_EVEN)
            .stripTrailingZeros());
      } else if (value instanceof ZonedDateTime time) {
        json.writeString(time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } else if (value instanceof LocalDate date) {
        json.writeString(date.toString());
      } else {
        json.writeString(value.toString());
      }
    }
  }
}
