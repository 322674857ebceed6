package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vankho.web.WebClient.json;
import static vn.vankho.web.WebClient.q;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.Reader;
import vn.vankho.model.AuditEntry;
import vn.vankho.model.Document;
import vn.vankho.model.Role;
import vn.vankho.testing.TestDatabases;

/**
 * A MẬT document does not exist for a reader without clearance, by any path: search hits, totals, facets and
 * snippets, the document's page, JSON and original, cited-by lists and the implementation tree, campaigns,
 * awardees, precedents and their CSV; an archivist without clearance cannot correct it either. With clearance
 * the same paths show it, and the audit log names each read. The marks are read from the documents' own
 * headers: a "MẬT" (and a "KHẨN") line under the number.
 */
class ClassifiedAccessTest {
  static final String PASSWORD = "mật khẩu đủ dài";
  static final String UNCLEARED = "bandoc";
  static final String CLEARED = "canbo";

  @TempDir Path data;
  Archive archive;
  Javalin server;
  long directive;
  long plan;
  long decision;

  @BeforeEach
  void start() throws Exception {
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(2));
    archive.startProcessing();
    archive.accounts().addOrUpdate("luutru", PASSWORD, Role.ARCHIVIST);
    archive.accounts().addOrUpdate("quantri", PASSWORD, Role.ADMIN);
    archive.accounts().addOrUpdate(UNCLEARED, PASSWORD, Role.READER);
    archive.accounts().addOrUpdate(CLEARED, PASSWORD, Role.READER);
    server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 1024 * 1024)).start();

    WebClient archivist = client("luutru");
    directive = upload(archivist, "ct-41-tw.txt", text("/eval/docs/ct-41-tw-2024.txt"));
    // the stamp under the number, as Nghị định 30/2020 places it; the body's words are untouched
    plan = upload(archivist, "kh-152-tu.txt", text("/eval/docs/kh-152-tu-2025.txt")
        .replace("Lâm Đồng, ngày 28 tháng 02 năm 2025\n", "Lâm Đồng, ngày 28 tháng 02 năm 2025\nMẬT\n"));
    decision = upload(archivist, "qd-512-ubnd.txt", text("/eval/docs/qd-512-ubnd-2025.txt")
        .replace("Lâm Đồng, ngày 10 tháng 3 năm 2025\n", "Lâm Đồng, ngày 10 tháng 3 năm 2025\n| MẬT |\nKHẨN\n"));
    archive.awards().confirmAllProposed(decision, "luutru");

    WebClient admin = client("quantri");
    assertEquals(302, admin.postForm("/users/clearance", "name=" + CLEARED + "&clearance=mat").statusCode());
  }

  @AfterEach
  void stop() {
    server.stop();
    archive.close();
  }

  @Test
  void theMarksUnderTheNumberAreReadIntoTheFields() throws Exception {
    WebClient cleared = client(CLEARED);
    JsonNode planView = json(cleared.get("/api/documents/" + plan));
    assertEquals("Mật", planView.get("secrecy").asText());
    assertEquals("Không", planView.get("urgency").asText());
    JsonNode decisionView = json(cleared.get("/api/documents/" + decision));
    assertEquals("Mật", decisionView.get("secrecy").asText());
    assertEquals("Khẩn", decisionView.get("urgency").asText());
    assertEquals("152-KH/TU", planView.get("number").asText(), "the mark is not taken for part of the header");
    JsonNode directiveView = json(cleared.get("/api/documents/" + directive));
    assertEquals("Không", directiveView.get("secrecy").asText());
    assertEquals(Set.of(decision), ids(json(cleared.get("/api/search?q=" + q("dokhan:khẩn")))), "độ khẩn is searchable");
  }

  @Test
  void aReaderWithoutClearanceCannotSeeCountFindOrDownloadAMatDocument() throws Exception {
    WebClient reader = client(UNCLEARED);
    WebClient cleared = client(CLEARED);

    // search: hits, totals, facets and snippets agree that the plan is not there
    String words = "/api/search?q=" + q("thi đua khen thưởng");
    JsonNode hidden = json(reader.get(words));
    JsonNode shown = json(cleared.get(words));
    assertEquals(Set.of(directive, plan, decision), ids(shown), shown.toString());
    assertEquals(3, shown.get("total").asLong());
    assertEquals(Set.of(directive), ids(hidden), hidden.toString());
    assertEquals(1, hidden.get("total").asLong(), "the two MẬT documents are not counted");
    assertEquals(Set.of("KH", "QĐ", "CT"), facetValues(shown, "type"));
    assertEquals(Set.of("CT"), facetValues(hidden, "type"), "facet counts leave them out");
    assertFalse(hidden.toString().contains("Lâm Đồng"), "no snippet of the plan or the decision");
    assertEquals(0, json(reader.get("/api/search?q=" + q("152-KH/TU"))).get("total").asLong());
    assertEquals(0, json(reader.get("/api/search?q=" + q("\"Ka Thị Huệ\""))).get("total").asLong());
    assertFalse(reader.get("/?q=" + q("Dân vận khéo")).body().contains("kh-152-tu.txt"), "the search page");
    assertFalse(reader.get("/").body().contains("kh-152-tu.txt"), "the newest documents on the start page");
    assertFalse(reader.get("/jobs").body().contains("/documents/" + plan + "\""), "the jobs list");
    assertTrue(cleared.get("/jobs").body().contains("/documents/" + plan + "\""));

    // the document's own paths answer as for a document that does not exist
    HttpResponse<String> missing = reader.get("/api/documents/999999");
    for (String path : List.of("/api/documents/%d", "/documents/%d", "/documents/%d/original",
        "/documents/%d/implementation", "/api/documents/%d/implementation")) {
      HttpResponse<String> asked = reader.get(path.formatted(plan));
      assertEquals(404, asked.statusCode(), path);
      assertEquals(200, cleared.get(path.formatted(plan)).statusCode(), path);
    }
    assertEquals(missing.body().replace("999999", ""),
        reader.get("/api/documents/" + plan).body().replace(Long.toString(plan), ""), "not found, word for word");

    // the directive is cited by the plan and implemented by it: neither list names it to the reader
    JsonNode citedBy = json(reader.get("/api/documents/" + directive)).get("citedBy");
    assertTrue(citedBy.isEmpty(), citedBy.toString());
    assertEquals(List.of(plan), resolved(json(cleared.get("/api/documents/" + directive)).get("citedBy"), "resolvedId"));
    JsonNode tree = json(reader.get("/api/documents/" + directive + "/implementation")).get("root");
    assertTrue(tree.get("children").isEmpty(), tree.toString());
    assertEquals(1, json(cleared.get("/api/documents/" + directive + "/implementation")).get("root").get("children").size());
    assertFalse(reader.get("/documents/" + directive + "/implementation").body().contains("152-KH/TU"));

    // precedents, their CSV, campaigns and awardees come only from the MẬT decision
    JsonNode awards = json(cleared.get("/api/awards"));
    assertEquals(8, awards.size(), awards.toString());
    assertEquals(0, json(reader.get("/api/awards")).size());
    assertTrue(cleared.get("/awards/export.csv").body().contains("Ka Thị Huệ"));
    HttpResponse<String> csv = reader.get("/awards/export.csv");
    assertEquals(200, csv.statusCode());
    assertEquals(1, csv.body().lines().count(), "the header only: " + csv.body());
    assertFalse(reader.get("/awards").body().contains("Cil Mup"));
    long awardee = awards.get(0).get("awardeeId").asLong();
    long campaign = json(cleared.get("/api/campaigns")).get(0).get("campaign").get("id").asLong();
    assertEquals(0, json(reader.get("/api/campaigns")).size());
    assertFalse(reader.get("/campaigns").body().contains("Người tốt, việc tốt"));
    for (String path : List.of("/api/campaigns/" + campaign, "/campaigns/" + campaign, "/api/awardees/" + awardee,
        "/awardees/" + awardee)) {
      assertEquals(404, reader.get(path).statusCode(), path);
      assertEquals(200, cleared.get(path).statusCode(), path);
    }
    assertFalse(reader.get("/awardees").body().contains(awards.get(0).get("awardee").asText()));
    assertEquals("[]", reader.get("/api/awardees/merges").body());
  }

  @Test
  void anArchivistWithoutClearanceCannotLowerTheLevelNorDecideOnItsAwards() throws Exception {
    WebClient archivist = client("luutru");
    HttpResponse<String> refused = archivist.postJson("/api/documents/" + plan + "/fields",
        "{\"field\": \"secrecy\", \"value\": \"\"}");
    HttpResponse<String> missing = archivist.postJson("/api/documents/999999/fields",
        "{\"field\": \"secrecy\", \"value\": \"\"}");
    assertEquals(missing.statusCode(), refused.statusCode());
    assertEquals(missing.body().replace("999999", ""), refused.body().replace(Long.toString(plan), ""));
    assertEquals("Mật", json(client(CLEARED).get("/api/documents/" + plan)).get("secrecy").asText());
    long award = json(client(CLEARED).get("/api/documents/" + decision)).get("awards").get(0).get("id").asLong();
    HttpResponse<String> hiddenAward = archivist.postJson("/api/awards/" + award + "/reject", "{}");
    HttpResponse<String> missingAward = archivist.postJson("/api/awards/999999/reject", "{}");
    assertEquals(missingAward.statusCode(), hiddenAward.statusCode(), "nor decide on its awards");
    assertEquals(missingAward.body().replace("999999", ""), hiddenAward.body().replace(Long.toString(award), ""));
    assertEquals(8, json(client(CLEARED).get("/api/awards")).size(), "the award stands");

    // nor move it into a file by typing its id: answered like a missing document, and the file stays as it was
    long file = newFile();
    HttpResponse<String> hiddenMove = archivist.postForm("/files/" + file + "/move", "ids=" + plan);
    HttpResponse<String> missingMove = archivist.postForm("/files/" + file + "/move", "ids=999999");
    assertEquals(missingMove.statusCode(), hiddenMove.statusCode(), "nor move it into a file");
    assertEquals(errorOf(missingMove).replace("999999", ""), errorOf(hiddenMove).replace(Long.toString(plan), ""));
    assertEquals(302, archivist.postForm("/files/" + file + "/move", "ids=" + directive).statusCode());
    assertEquals(List.of(directive), archive.documents().ofFile(file, Reader.commandLine("test")).stream()
        .map(Document::id).toList());

    assertEquals(302, client("quantri").postForm("/users/clearance", "name=luutru&clearance=" + q("tuyệt mật"))
        .statusCode());

    // the archive's own word: the archivist marks the directive Tối mật, a correction like any other
    assertEquals(200, archivist.postJson("/api/documents/" + directive + "/fields",
        "{\"field\": \"secrecy\", \"value\": \"tối mật\"}").statusCode());
    assertEquals(404, client(CLEARED).get("/api/documents/" + directive).statusCode(), "above a Mật clearance");
    assertTrue(archive.records().audit(50).stream().anyMatch(e -> e.action().equals("correct") && e.field().equals("secrecy")
        && e.before().equals("Không") && e.after().equals("Tối mật") && e.actor().equals("luutru")));
  }

  @Test
  void aFileTellsAReaderNothingOfTheDocumentsAboveTheirClearance() throws Exception {
    long file = newFile();
    archive.arrangement().move(List.of(directive, plan), file, Reader.commandLine("test"));

    // the directive alone for the uncleared reader: its count and dates, as if the plan were not in the file
    for (var who : List.of(Map.entry(UNCLEARED, "1"), Map.entry(CLEARED, "2"))) {
      WebClient client = client(who.getKey());
      String csvRow = client.get("/files.csv").body().lines().filter(l -> l.contains("Chỉ thị 41-CT/TW"))
          .findFirst().orElseThrow();
      assertTrue(csvRow.contains("," + who.getValue() + ","), who + ": " + csvRow);
      assertTrue(client.get("/files/" + file).body().contains("<dd>" + who.getValue() + "</dd>"), who.getKey());
      assertTrue(client.get("/files").body().contains("<td>" + who.getValue() + "</td>"), who.getKey());
    }
    assertFalse(client(UNCLEARED).get("/files/" + file).body().contains("152-KH/TU"));
    assertTrue(client(CLEARED).get("/files/" + file).body().contains("152-KH/TU"));
  }

  @Test
  void aClassifiedDocumentListedIsAuditedAsRead() throws Exception {
    long file = newFile();
    archive.arrangement().move(List.of(plan), file, Reader.commandLine("test"));
    WebClient cleared = client(CLEARED);
    cleared.get("/files/" + file);
    cleared.get("/");
    client(UNCLEARED).get("/files/" + file);
    client(UNCLEARED).get("/");

    List<AuditEntry> reads = archive.records().audit(200).stream().filter(e -> e.action().equals("read")).toList();
    Set<String> paths = reads.stream().filter(e -> e.actor().equals(CLEARED) && e.documentId() == plan)
        .map(AuditEntry::after).collect(Collectors.toSet());
    assertTrue(paths.containsAll(Set.of("/files/" + file, "/")), "the file's page and the newest documents: " + paths);
    assertTrue(reads.stream().noneMatch(e -> e.actor().equals(UNCLEARED)), "nothing was listed to the uncleared");
  }

  @Test
  void everyReadOfAClassifiedDocumentIsAudited() throws Exception {
    WebClient cleared = client(CLEARED);
    assertEquals(200, cleared.get("/documents/" + plan).statusCode());
    assertEquals(200, cleared.get("/documents/" + plan + "/original").statusCode());
    assertEquals(200, cleared.get("/api/documents/" + decision).statusCode());
    String search = "/api/search?q=" + q("khát vọng");
    assertEquals("MAT", json(cleared.get(search)).get("hits").get(0).get("secrecy").asText());
    client(UNCLEARED).get("/api/documents/" + plan);
    client(UNCLEARED).get(search);
    cleared.get("/api/documents/" + directive);

    List<AuditEntry> reads = archive.records().audit(100).stream().filter(e -> e.action().equals("read")).toList();
    Set<String> paths = reads.stream().filter(e -> e.actor().equals(CLEARED)).map(AuditEntry::after)
        .collect(Collectors.toSet());
    assertTrue(paths.containsAll(Set.of("/documents/" + plan, "/documents/" + plan + "/original",
        "/api/documents/" + decision, search)), paths.toString());
    assertTrue(reads.stream().allMatch(e -> e.field().equals("MAT") && e.origin() != null), reads.toString());
    assertTrue(reads.stream().noneMatch(e -> e.actor().equals(UNCLEARED)), "nothing was read");
    assertTrue(reads.stream().noneMatch(e -> e.documentId() == directive), "unclassified reads are not logged");
    assertTrue(archive.records().audit(100).stream().anyMatch(e -> e.action().equals("set clearance")
        && e.actor().equals("quantri") && e.after().equals("MAT")));
  }

  /** A new file of the archive's fonds, made by the archivist. */
  private long newFile() {
    var arrangement = archive.arrangement();
    long series = arrangement.addSeries(arrangement.addFonds("000.00.00.H41", "Tỉnh ủy Lâm Đồng", "luutru").id(),
        "TH", "Tổng hợp", "luutru").id();
    return arrangement.createFile(series, 2025, "Hồ sơ thực hiện Chỉ thị 41-CT/TW", "", "", "", null, "luutru").id();
  }

  private WebClient client(String name) throws Exception {
    WebClient client = new WebClient(server.port());
    assertEquals(302, client.login(name, PASSWORD).statusCode());
    return client;
  }

  /** Uploads a text and waits until it is read and indexed; its id. */
  /** The message of an error page (the page around it carries a token that may hold any digits). */
  private static String errorOf(HttpResponse<String> page) {
    var message = java.util.regex.Pattern.compile("<p class=\"error\">(.*?)</p>").matcher(page.body());
    assertTrue(message.find(), "an error page: " + page.body());
    return message.group(1);
  }

  private long upload(WebClient archivist, String name, String text) throws Exception {
    JsonNode result = json(archivist.upload("/api/documents", name, text.getBytes(StandardCharsets.UTF_8))).get(0);
    archive.jobs().await(List.of(result.get("jobId").asLong()), Duration.ofMinutes(1));
    return result.get("id").asLong();
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = ClassifiedAccessTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<Long> ids(JsonNode results) {
    Set<Long> ids = new HashSet<>();
    results.get("hits").forEach(hit -> ids.add(hit.get("id").asLong()));
    return ids;
  }

  private static Set<String> facetValues(JsonNode results, String facet) {
    Set<String> values = new HashSet<>();
    results.get("facets").path(facet).forEach(count -> values.add(count.get("value").asText()));
    return values;
  }

  private static List<Long> resolved(JsonNode citations, String field) {
    List<Long> ids = new ArrayList<>();
    citations.forEach(c -> ids.add(c.get(field).asLong()));
    return ids;
  }
}
