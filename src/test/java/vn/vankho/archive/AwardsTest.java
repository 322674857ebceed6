package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Precedent;
import vn.vankho.store.PrecedentQuery;

/** Archivists confirm and reject the awards reading proposes; confirmed ones are precedents to search. */
class AwardsTest {
  private static final String ARCHIVIST = "luutru";

  @TempDir Path data;
  Archive archive;

  @BeforeEach
  void open() {
    archive = Archive.open(ArchiveTestSupport.settings(data));
    archive.startProcessing();
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private long read(String name) throws IOException, InterruptedException {
    try (InputStream in = AwardsTest.class.getResourceAsStream("/eval/docs/" + name)) {
      Job job = ArchiveTestSupport.importAndWait(archive, name, in.readAllBytes());
      assertEquals(JobStatus.DONE, job.status(), job.error());
      return job.documentId();
    }
  }

  private List<DocumentView.AwardView> awards(long documentId) {
    return archive.view(documentId).orElseThrow().awards();
  }

  private DocumentView.AwardView award(long documentId, String awardee) {
    return awards(documentId).stream().filter(a -> a.awardee().equals(awardee)).findFirst().orElseThrow();
  }

  private List<String> precedents(String form, String kind, String attribute, String campaign, Integer from,
      Integer to, String text) {
    return archive.precedents(new PrecedentQuery(form, kind, attribute, campaign, from, to, text, 50)).stream()
        .map(Precedent::awardee).toList();
  }

  @Test
  void readingAgainKeepsWhatArchivistsDecidedAndOnlyConfirmedAwardsArePrecedents() throws Exception {
    long province = read("qd-512-ubnd-2025.txt");
    long district = read("qd-845-ubnd-2024.txt");
    archive.confirmAward(award(province, "Ka Thị Huệ").id(), ARCHIVIST);
    archive.confirmAward(award(province, "Đoàn Thanh niên xã Rô Men, huyện Đam Rông").id(), ARCHIVIST);
    archive.rejectAward(award(province, "Cil Mup").id(), ARCHIVIST);
    archive.confirmAward(award(district, "Ka Thị Huệ").id(), ARCHIVIST);
    archive.confirmAward(award(district, "Kră Jăn Ha Vy").id(), ARCHIVIST);

    long reread = archive.reread(province, ARCHIVIST);
    Job job = archive.awaitJobs(List.of(reread), Duration.ofMinutes(1)).get(0);
    assertEquals(JobStatus.DONE, job.status(), job.error());
    List<DocumentView.AwardView> after = awards(province);
    assertEquals(8, after.size(), "a decided award is not proposed a second time: " + after);
    assertEquals("confirmed", award(province, "Ka Thị Huệ").status());
    assertEquals("rejected", award(province, "Cil Mup").status());
    assertEquals("proposed", award(province, "Nguyễn Văn Thắng").status());
    assertTrue(archive.audit(20).stream().anyMatch(e -> e.action().equals("reject award") && e.actor().equals(ARCHIVIST)
        && e.documentId() == province && e.before().equals("proposed") && e.after().equals("rejected")
        && e.field().contains("Cil Mup")), archive.audit(20).toString());

    assertEquals(List.of("Ka Thị Huệ", "Đoàn Thanh niên xã Rô Men, huyện Đam Rông", "Ka Thị Huệ", "Kră Jăn Ha Vy"),
        precedents(null, null, null, null, null, null, null), "the latest decision first; proposed and rejected left out");
    assertEquals(List.of("Ka Thị Huệ", "Kră Jăn Ha Vy"), precedents("Giấy khen", null, null, null, null, null, null));
    assertEquals(List.of("Đoàn Thanh niên xã Rô Men, huyện Đam Rông"),
        precedents(null, "collective", null, null, null, null, null));
    assertEquals(List.of("Ka Thị Huệ", "Ka Thị Huệ"),
        precedents(null, null, "ethnic-minority", "người tốt", null, null, null));
    assertEquals(List.of("Ka Thị Huệ", "Kră Jăn Ha Vy"), precedents(null, null, null, null, 2024, 2024, null));
    assertEquals(List.of("Kră Jăn Ha Vy"), precedents(null, null, null, null, null, null, "CỦA RƠI"));
    assertEquals(List.of(), precedents(null, null, null, null, null, null, "100%"), "% is a literal");
    assertThrows(IllegalArgumentException.class, () -> precedents(null, "family", null, null, null, null, null));
  }
}
