package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.Reader;
import vn.vankho.ingest.ocr.PageRendering;
import vn.vankho.model.AuditEntry;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.model.Reason;
import vn.vankho.model.Role;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;

/**
 * The hostile set, sent through the running web app's API as an attacker or a careless scanner would:
 * each file ends with its reason code, no document is lost or doubled, the index agrees with the
 * database, and the server still answers.
 */
class HostileUploadTest {
  static final String ARCHIVIST = "luutru";
  static final String PASSWORD = "mật khẩu đủ dài";
  static final int LIMIT_BYTES = 2 * 1024 * 1024;

  @TempDir Path data;
  @TempDir Path scratch;
  Archive archive;
  Javalin server;
  WebClient client;

  @BeforeEach
  void start() throws Exception {
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(2));
    archive.startProcessing();
    archive.accounts().addOrUpdate(ARCHIVIST, PASSWORD, Role.ARCHIVIST);
    server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, LIMIT_BYTES)).start();
    client = new WebClient(server.port());
    assertEquals(302, client.login(ARCHIVIST, PASSWORD).statusCode());
  }

  @AfterEach
  void stop() {
    server.stop();
    archive.close();
  }

  /** A hostile file, the name it is sent under, and how it must end: a status and a reason code (or none). */
  private record Hostile(String name, byte[] bytes, String status, String reason) {}

  @Test
  void everyHostileFileEndsWithItsReasonAndTheArchiveStaysWhole() throws Exception {
    String script = "<script>alert('vankho')</script>";
    List<Hostile> set = List.of(
        new Hostile("trống.pdf", new byte[0], "rejected", "empty"),
        new Hostile("cụt.pdf", TestFiles.truncatedPdf(Samples.DIRECTIVE), "failed", "truncated"),
        new Hostile("mật.pdf", TestFiles.encryptedPdf(Samples.DIRECTIVE), "failed", "encrypted"),
        new Hostile("không phải pdf.pdf", randomBytes(4096), "rejected", "unsupported-type"),
        new Hostile("bom.docx", zipBomb(), "failed", "zip-bomb"),
        new Hostile("khổng lồ.png", Files.readAllBytes(PageRendering.writeOversizedPng(scratch.resolve("huge.png"),
            30000, 30000)), "failed", "image-too-large"),
        new Hostile("hỏng.tif", corruptTiff(), "failed", "damaged"),
        new Hostile("<img src=x onerror=alert(1)>.html", ("<html><body><h1>Kế hoạch tuyên truyền</h1>" + script
            + "<p>Triển khai Chỉ thị số 41-CT/TW về công tác dân vận.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8), "done", null),
        new Hostile("../../../../tmp/vankho-traversal.txt", "Báo cáo kết quả thực hiện dân vận khéo."
            .getBytes(StandardCharsets.UTF_8), "done", null),
        new Hostile("báo\u202ecáo\u200f\u0085.txt", "Thông báo kết luận của Ban Thường vụ."
            .getBytes(StandardCharsets.UTF_8), "done", null));

    Map<Hostile, JsonNode> answers = new LinkedHashMap<>();
    for (Hostile file : set) {
      HttpResponse<String> response = client.upload("/api/documents", file.name(), file.bytes());
      assertTrue(response.statusCode() == 200 || response.statusCode() == 202, file.name() + ": " + response.body());
      answers.put(file, WebClient.json(response).get(0));
    }
    for (Map.Entry<Hostile, JsonNode> answer : answers.entrySet()) {
      Hostile file = answer.getKey();
      JsonNode result = answer.getValue();
      String status = result.get("status").asText();
      String reason = result.get("reason").isNull() ? null : result.get("reason").asText();
      if (status.equals("accepted")) {
        JsonNode job = client.awaitJob(result.get("jobId").asLong());
        status = job.get("status").asText().toLowerCase();
        reason = job.get("error").isNull() ? null : job.get("error").asText();
        String page = client.get("/documents/" + result.get("id").asLong()).body();
        if (reason != null) {
          assertTrue(page.contains(Reason.ofCode(reason).orElseThrow().vietnamese()), file.name() + ": shown in Vietnamese");
        }
        assertFalse(page.contains(script) || page.contains("<img src=x"), file.name() + ": escaped on its page");
      }
      assertEquals(file.status() + " " + file.reason(), status + " " + reason, file.name());
    }

    assertEquals("vankho-traversal.txt", answers.get(set.get(8)).get("file").asText());
    assertFalse(Files.exists(Path.of("/tmp/vankho-traversal.txt")), "nothing is written where the name points");
    assertEquals("báocáo.txt", answers.get(set.get(9)).get("file").asText());
    for (String path : List.of("/", "/jobs", "/review", "/?q=" + WebClient.q("kế hoạch tuyên truyền"))) {
      String body = client.get(path).body();
      assertFalse(body.contains(script) || body.contains("<img src=x"), path + " escapes what the files brought");
    }
    assertTrue(client.get("/?q=" + WebClient.q("kế hoạch tuyên truyền")).body().contains("&lt;img src=x"),
        "the search page does show the hostile name, escaped");
    HttpResponse<String> control = client.upload("/api/documents", "báo\u0007cáo\u001b.txt", set.get(9).bytes());
    assertEquals(400, control.statusCode(), "a raw control character breaks the multipart rules: " + control.body());
    assertEquals("malformed-upload", WebClient.json(control).get("reason").asText());
    assertArchiveWhole(answers.values().stream().filter(a -> !a.get("id").isNull()).count());
    List<AuditEntry> uploads = archive.records().audit(100).stream().filter(e -> e.action().startsWith("upload")).toList();
    assertEquals(set.size() + 1, uploads.size(), "every upload is audited, the malformed one and rejected ones too");
    assertTrue(uploads.stream().allMatch(e -> e.actor().equals(ARCHIVIST) && e.origin().equals("127.0.0.1")),
        uploads.toString());
  }

  @Test
  void aDamagedOriginalIsRefusedWithItsReasonNotServed() throws Exception {
    byte[] pdf = TestFiles.pdf(List.of(Samples.DIRECTIVE));
    JsonNode result = WebClient.json(client.upload("/api/documents", "ct41.pdf", pdf)).get(0);
    assertEquals("DONE", client.awaitJob(result.get("jobId").asLong()).get("status").asText());
    Path kept = filesIn(data.resolve("files")).stream().filter(p -> !p.startsWith(data.resolve("files/incoming")))
        .findFirst().orElseThrow();
    Files.write(kept, "đã bị sửa".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> served = client.get("/documents/" + result.get("id").asLong() + "/original");
    assertEquals(500, served.statusCode());
    assertTrue(served.body().contains(Reason.CHECKSUM_MISMATCH.vietnamese()), served.body());
    assertTrue(client.get("/review").body().contains("ct41.pdf"), "the document is listed for review");
    JsonNode repaired = WebClient.json(client.upload("/api/documents", "ct41.pdf", pdf)).get(0);
    assertEquals("repaired", repaired.get("status").asText());
    assertEquals(200, client.get("/documents/" + result.get("id").asLong() + "/original").statusCode());
    assertArchiveWhole(1);
  }

  @Test
  void anUploadOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
    HttpResponse<String> response = client.upload("/api/documents", "lớn.pdf", randomBytes(LIMIT_BYTES + 512 * 1024));
    assertEquals(413, response.statusCode(), response.body());
    assertEquals("too-large", WebClient.json(response).get("reason").asText());
    assertEquals(Reason.TOO_LARGE.vietnamese() + " Giới hạn: 2 MB.", WebClient.json(response).get("error").asText());
    assertEquals(List.of(), filesIn(data.resolve("files")), "no byte of it stays in the store or its incoming folder");
    assertTrue(archive.records().audit(10).stream().anyMatch(e -> e.action().equals("upload rejected")
        && e.actor().equals(ARCHIVIST) && "too-large".equals(e.before())), "the refusal is audited");
    assertArchiveWhole(0);
  }

  /**
   * The same check after every fault: no document lost or doubled (one per distinct upload), the
   * search index holds exactly the documents that finished, and the server answers.
   */
  private void assertArchiveWhole(long documentsExpected) throws Exception {
    List<Document> documents = archive.documents().recent(1000, 0, Reader.commandLine("test"));
    assertEquals(documentsExpected, documents.size(), documents.toString());
    Set<String> digests = new HashSet<>();
    documents.forEach(d -> assertTrue(digests.add(d.sha256()), "doubled: " + d));
    long done = documents.stream().filter(d -> d.status() == DocumentStatus.DONE).count();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    long indexed;
    do {
      indexed = WebClient.json(client.get("/api/search?q=&limit=1")).get("total").asLong();
    } while (indexed != done && Instant.now().isBefore(deadline) && sleep());
    assertEquals(done, indexed, "the index holds the documents that finished, no more, no less");
    assertEquals(200, client.get("/").statusCode(), "the server answers");
  }

  private static boolean sleep() throws InterruptedException {
    Thread.sleep(200);
    return true;
  }

  static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(17).nextBytes(bytes);
    return bytes;
  }

  /** A real DOCX whose document part inflates from a few hundred kilobytes to 200 MB. */
  private static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipInputStream docx = new ZipInputStream(new ByteArrayInputStream(TestFiles.docx(Samples.PLAN)));
        ZipOutputStream out = new ZipOutputStream(bomb)) {
      for (ZipEntry entry; (entry = docx.getNextEntry()) != null; ) {
        byte[] content = docx.readAllBytes();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int body = xml.indexOf("?>") + 2;
          out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
          out.write("<!--".getBytes(StandardCharsets.UTF_8));
          byte[] blanks = new byte[1 << 20];
          java.util.Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 200; i++) {
            out.write(blanks);
          }
          out.write("-->".getBytes(StandardCharsets.UTF_8));
          out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(content);
        }
        out.closeEntry();
      }
    }
    return bomb.toByteArray();
  }

  /** A TIFF header that points at an image directory of noise. */
  private static byte[] corruptTiff() {
    byte[] tiff = randomBytes(2048);
    byte[] header = {'I', 'I', 42, 0, 8, 0, 0, 0};
    System.arraycopy(header, 0, tiff, 0, header.length);
    return tiff;
  }
}
