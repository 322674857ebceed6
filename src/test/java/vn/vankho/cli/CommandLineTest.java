package vn.vankho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.model.AuditEntry;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;

/** The command line as a script uses it: its JSON output keeps the names other tools read. */
class CommandLineTest {
  @TempDir Path data;
  @TempDir Path inbox;
  String database;

  @BeforeEach
  void freshDatabase() {
    database = TestDatabases.freshDatabase();
  }

  /** Runs {@code vankho ARGS} on this test's archive. */
  private CommandRun run(String... args) {
    return CommandRun.of(data, database, args);
  }

  private static Set<String> names(JsonNode node) {
    return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).collect(Collectors.toSet());
  }

  @Test
  void showListsTheAwardsAnAwardDecisionProposes() throws Exception {
    Path decision = inbox.resolve("qd-512-ubnd-2025.txt");
    try (var in = CommandLineTest.class.getResourceAsStream("/eval/docs/qd-512-ubnd-2025.txt")) {
      Files.write(decision, in.readAllBytes());
    }
    JsonNode imported = run("import", "--json", decision.toString()).json().get(0);
    assertEquals("done", imported.get("status").asText(), imported.toString());

    JsonNode awards = run("show", "--json", imported.get("id").asText()).json().get("awards");
    assertEquals(8, awards.size(), awards.toString());
    for (JsonNode award : awards) {
      assertTrue(names(award).containsAll(Set.of("awardee", "awardeeKind", "form", "status", "sourceLine")),
          names(award).toString());
      assertEquals("Bằng khen", award.get("form").asText());
      assertEquals("proposed", award.get("status").asText());
    }
    JsonNode first = awards.get(0);
    assertEquals("Ka Thị Huệ", first.get("awardee").asText());
    assertEquals("individual", first.get("awardeeKind").asText());
    assertTrue(first.get("sourceLine").asText().startsWith("1. Bà Ka Thị Huệ, dân tộc Cơ Ho"), first.toString());
    assertEquals(List.of("individual", "individual", "individual", "individual", "collective", "collective",
        "collective", "household"), StreamSupport.stream(awards.spliterator(), false)
        .map(a -> a.get("awardeeKind").asText()).toList());

    assertEquals(0, run("awards", "search", "--json").json().size(), "proposed awards are not precedents yet");
    CommandRun confirmed = run("awards", "confirm", "--as", "luutru", decision.toString());
    assertEquals(0, confirmed.code());
    assertTrue(confirmed.out().contains("8 awards, 1 campaign links confirmed"), confirmed.out());
    JsonNode found = run("awards", "search", "--json", "--kind", "individual", "--attribute", "ethnic-minority",
        "--level", "province", "--campaign", "nguoi tot", "--from", "2025", "--to", "2025", "hiến", "đất").json();
    assertEquals(1, found.size(), found.toString());
    assertEquals("Ka Thị Huệ", found.get(0).get("awardee").asText());
    assertEquals("512/QĐ-UBND", found.get(0).get("documentNumber").asText());
    assertEquals("Người tốt, việc tốt", found.get(0).get("campaign").asText());
    CommandRun csv = run("awards", "search", "--csv", "--kind", "collective");
    assertEquals(4, csv.out().strip().split("\\R").length, "a header and three collectives:\n" + csv.out());
  }

  @Test
  void anImportByTheCommandLineIsInTheAuditLog() throws Exception {
    Path plan = Files.write(inbox.resolve("kh229.docx"), TestFiles.docx(Samples.PLAN));
    Path empty = Files.write(inbox.resolve("trống.txt"), new byte[0]);
    assertEquals(1, run("import", plan.toString(), empty.toString()).code());
    try (Archive archive = Archive.open(ArchiveSettings.of(data, database))) {
      List<AuditEntry> uploads = archive.records().audit(10).stream().filter(e -> e.action().startsWith("upload")).toList();
      assertEquals(2, uploads.size(), "the rejected file too: " + uploads);
      String user = "cli:" + System.getProperty("user.name");
      assertTrue(uploads.stream().allMatch(e -> e.actor().equals(user) && e.origin() != null
          && e.origin().contains(inbox.toString())), uploads.toString());
      assertTrue(uploads.stream().anyMatch(e -> e.after().equals("kh229.docx") && e.documentId() != null));
      assertTrue(uploads.stream().anyMatch(e -> e.after().equals("trống.txt") && e.documentId() == null));
    }
  }

  @Test
  void importSearchShowAndReindexSpeakTheDocumentedJson() throws Exception {
    Files.write(inbox.resolve("ct41.pdf"), TestFiles.pdf(List.of(Samples.DIRECTIVE)));
    Files.write(inbox.resolve("kh229.docx"), TestFiles.docx(Samples.PLAN));
    Files.write(inbox.resolve("trống.txt"), new byte[0]);

    CommandRun imported = run("import", "--json", inbox.toString());
    assertEquals(1, imported.code(), "a rejected file makes the exit code 1");
    JsonNode files = imported.json();
    assertEquals(3, files.size());
    for (JsonNode file : files) {
      assertEquals(Set.of("file", "status", "id", "reason"), names(file));
    }
    assertEquals(List.of("done", "done", "rejected"),
        StreamSupport.stream(files.spliterator(), false).map(f -> f.get("status").asText()).toList());

    CommandRun again = run("import", "--json", inbox.resolve("ct41.pdf").toString());
    assertEquals("duplicate", again.json().get(0).get("status").asText());

    CommandRun found = run("search", "--json", "--limit", "5", "chi", "thi", "41");
    assertEquals(0, found.code());
    JsonNode result = found.json();
    assertEquals(2, result.get("total").asInt(), "the directive, then the plan that cites it");
    JsonNode hit = result.get("hits").get(0);
    assertTrue(names(hit).containsAll(Set.of("id", "number", "type", "issuer", "date", "title", "fileName", "score",
        "snippet")), names(hit).toString());
    assertEquals("41-CT/TW", hit.get("number").asText());

    JsonNode shown = run("show", "--json", hit.get("id").asText()).json();
    assertTrue(names(shown).containsAll(Set.of("number", "type", "issuer", "date", "place", "subject", "signerTitle",
        "signerName", "recipients", "citations", "citedBy", "pages", "files")), names(shown).toString());
    assertEquals("text-layer", shown.get("pages").get(0).get("source").asText());
    assertEquals("original", shown.get("files").get(0).get("role").asText());
    JsonNode citedBy = shown.get("citedBy").get(0);
    assertEquals(Set.of("number", "date", "issuer", "relation", "resolvedId", "sourceText"), names(citedBy));
    assertEquals("229-KH/HU", citedBy.get("number").asText());

    CommandRun reindexed = run("reindex");
    assertEquals("reindexed 2 documents\n", reindexed.out());
    assertEquals(result.get("hits"), run("search", "--json", "--limit", "5", "chi", "thi", "41").json().get("hits"));
    assertEquals(1, run("show", "999").code(), "an unknown id is an error, not a crash");
  }

  @Test
  void aWorkerThatWouldReadNothingIsRefused() {
    CommandRun refused = run("worker", "--threads", "0");
    assertEquals(2, refused.code(), "a usage error, not a process idling for ever");
    assertTrue(refused.err().contains("--threads must be 1 or more"), refused.err());
  }
}
