package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written reading of entities and spaces gives what the plain regular expressions give, on any text. */
class HtmlTextProperties {
  /** Entities well and badly formed, spaces and breaks of every kind, tags, and plain text. */
  private static final List<String> PIECES = List.of("a", "Zé", "1", "&", "#", "x", "X", ";", "amp", "nbsp", "rsquo",
      "&amp;", "&nbsp;", "&#39;", "&#x27;", "&#X1F600;", "&#0;", "&#1114112;", "&#12345678;", "&#xD800;", "&unknown;",
      "&a;", "&" + "b".repeat(31) + ";", "&" + "c".repeat(32) + ";", " ", "  ", "\t", "\u000B", "\f", "\r", "\n",
      "\r\n", "\u00a0", "\u2003", "\u001c", "\u2028", "<br>", "<BR/>", "</p>", "< /div >", "<p>", "<a href=x>", "<",
      ">", "”", "\uD83D\uDE00");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 2000)
  void plainTextIsWhatTheRegularExpressionsMakeOfIt(@ForAll("texts") String html) {
    assertThat(HtmlText.toPlain(html)).as("%s", html).isEqualTo(Oracle.toPlain(html));
  }

  @Property(tries = 1000)
  void entitiesAreDecodedAsTheRegularExpressionDecodesThem(@ForAll("texts") String text) {
    assertThat(HtmlText.decodeEntities(text)).as("%s", text).isEqualTo(Oracle.decodeEntities(text));
  }

  @Example
  void aDescriptionOfSchedsShapeReadsAsPlainText() {
    assertThat(HtmlText.toPlain("  Ship it&nbsp;&amp; run &#39;fast&#39;\r\n \r\n\r\n\r\n  Then\t\trest. "))
        .isEqualTo("Ship it & run 'fast'\n\nThen rest.");
  }

  /**
   * The reading as regular expressions say it, kept as the definition the planner's own reading must
   * meet; what a reference stands for is the planner's own table.
   */
  private static final class Oracle {
    private static final Pattern BREAKING_TAG = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    static String toPlain(String html) {
      if (html.isEmpty()) {
        return html;
      }
      String text = html;
      if (text.indexOf('<') >= 0) {
        text = BREAKING_TAG.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
      }
      if (text.indexOf('&') >= 0) {
        text = decodeEntities(text);
      }
      String spaced = text.replace('\u00a0', ' ').replace("\r\n", "\n").replaceAll("[ \\t\\x0B\\f\\r]+", " ");
      return spaced.replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    static String decodeEntities(String text) {
      Matcher matcher = ENTITY.matcher(text);
      StringBuilder out = new StringBuilder(text.length());
      while (matcher.find()) {
        matcher.appendReplacement(out, Matcher.quoteReplacement(HtmlText.decode(matcher.group(1), matcher.group())));
      }
      matcher.appendTail(out);
      return out.toString();
    }
  }
}
