package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML day page, read back as XML: a row per room, a cell per session, the plan outlined. */
class HtmlDayPageTest {
  private static final String SCHEDULE = ExportCommandTest.SCHEDULE.toString();
  private static final String PROFILE = ExportCommandTest.PROFILE.toString();

  private static Document page() throws Exception {
    CliRun.Result result = planner().run("plan", "--day", "wed", "--format", "html", "--schedule", SCHEDULE, "--profile", PROFILE);
    assertThat(result.exitCode()).as(result.err()).isZero();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document page, String tag) {
    NodeList nodes = page.getElementsByTagName(tag);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  private static List<Element> sessionCells(Document page) {
    return elements(page, "td").stream().filter(cell -> cell.getAttribute("class").startsWith("session")).toList();
  }

  @Test
  void hasOneRowPerRoomUsedThatDayThePlansRoomsFirstAndOneCellPerSession() throws Exception {
    Document page = page();
    List<String> rooms = elements(page, "tr").stream().map(row -> row.getAttribute("data-room")).filter(id -> !id.isEmpty()).toList();
    // The plan goes to the Grand Amphithéâtre, then to Salle 12; the larger Salle 21 holds only a backup.
    assertThat(rooms).containsExactly("grand", "salle-12", "salle-21");
    assertThat(sessionCells(page)).extracting(cell -> cell.getAttribute("data-session"))
        .containsExactlyInAnyOrder("w-open", "w-crossplane", "w-otel", "w-security", "w-gpus");
  }

  @Test
  void marksThePlansPrimariesAndBackupsAsTheJsonPlanHasThem() throws Exception {
    JsonNode plan = new ObjectMapper().readTree(planner().run("plan", "--day", "wed", "--format", "json",
        "--schedule", SCHEDULE, "--profile", PROFILE).out());
    Set<String> primaries = new HashSet<>();
    Set<String> backups = new HashSet<>();
    plan.get("windows").forEach(window -> {
      primaries.add(window.get("primary").get("id").asText());
      window.get("backups").forEach(backup -> backups.add(backup.get("id").asText()));
    });
    List<Element> cells = sessionCells(page());
    assertThat(cells).filteredOn(cell -> cell.getAttribute("class").contains(" primary"))
        .extracting(cell -> cell.getAttribute("data-session")).containsExactlyInAnyOrderElementsOf(primaries);
    assertThat(cells).filteredOn(cell -> cell.getAttribute("class").contains(" backup"))
        .extracting(cell -> cell.getAttribute("data-session")).containsExactlyInAnyOrderElementsOf(backups);
    assertThat(primaries).isNotEmpty();
    assertThat(backups).isNotEmpty();
  }

  @Test
  void coloursEachForecastSessionByItsChanceOfAFullRoom() throws Exception {
    for (Element cell : sessionCells(page())) {
      assertThat(cell.getAttribute("data-pfull")).as(cell.getAttribute("data-session")).matches("[01]\\.\\d{3}");
      assertThat(cell.getAttribute("style")).startsWith("background: hsl(");
      assertThat(cell.getAttribute("class")).containsPattern("risk-(low|medium|high)");
    }
  }

  @Test
  void isSelfContainedWithALegendAndAPrintStyle() throws Exception {
    String html = planner().run("plan", "--day", "wed", "--format", "html", "--schedule", SCHEDULE, "--profile", PROFILE).out();
    assertThat(html).contains("class=\"legend\"", "@media print", "<style>")
        .doesNotContain("<script", "<link", "src=\"http", "url(");
  }

  @Test
  void escapesTheTextsItShows() throws Exception {
    Document page = page();
    // The schedule's titles carry a backslash, a quote and non-ASCII letters; they come back unchanged.
    assertThat(page.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Café Conf 2024 · Wednesday 20 March 2024");
    assertThat(sessionCells(page)).extracting(cell -> cell.getAttribute("title"))
        .contains("Ouverture : où en est l'écosystème ?", "Crossplane, Compositions; and a Backslash \\ Walk into a Bar 🚀");
  }

  @Test
  void theListSaysStayInYourSeatWhereTheTextPlanDoes() throws Exception {
    String text = planner().run("plan", "--day", "wed", "--quiet").out();
    String html = planner().run("plan", "--day", "wed", "--format", "html", "--quiet").out();
    long seatedInText = text.lines().filter(line -> line.contains("stay in your seat")).count();

    assertThat(seatedInText).isGreaterThan(3);
    assertThat(html.split("Stay in your seat", -1)).hasSize((int) seatedInText + 1);
  }
}
