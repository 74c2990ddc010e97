package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlDayPageEscapingTest {
  @Test
  void escapesMarkupCharactersAndQuotesForTextAndAttributes() {
    assertThat(HtmlDayPage.escape("<b>\"Tom & Jerry's\"</b>"))
        .isEqualTo("&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;");
  }

  @Test
  void coloursGoFromGreenForEmptyRoomsToRedForFullOnes() {
    assertThat(HtmlDayPage.colour(0)).isEqualTo("hsl(120, 75%, 82%)");
    assertThat(HtmlDayPage.colour(1)).isEqualTo("hsl(0, 75%, 72%)");
    assertThat(HtmlDayPage.colour(2)).isEqualTo(HtmlDayPage.colour(1));
  }
}
