package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchRequest;
import vn.vankho.ingest.ocr.PageRendering;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.model.AuditEntry;
import vn.vankho.model.DestroyedDocument;
import vn.vankho.model.Document;
import vn.vankho.model.Fonds;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.RecordFile;
import vn.vankho.model.Refusal;
import vn.vankho.model.Refused;
import vn.vankho.model.Role;
import vn.vankho.model.Series;
import vn.vankho.testing.NumberedNotes;
import vn.vankho.testing.KeptOriginals;

/** Files and their documents, the retention schedule, and destruction by two accounts, on a real database and index. */
class ArrangementTest {
  static final String ARCHIVIST = "luutru";
  /** The archivist moving documents, as the web names them: cleared for every level, like the command line. */
  static final Reader MOVER = Reader.commandLine("test", ARCHIVIST);
  static final String ADMIN = "quantri";
  static final String PASSWORD = "mật khẩu đủ dài";

  @TempDir Path data;
  @TempDir Path files;
  Archive archive;
  Arrangement arrangement;
  Series series;

  @BeforeEach
  void open() {
    archive = Archive.open(ArchiveTestSupport.settings(data));
    archive.startProcessing();
    archive.accounts().addOrUpdate(ARCHIVIST, PASSWORD, Role.ARCHIVIST);
    archive.accounts().addOrUpdate(ADMIN, PASSWORD, Role.ADMIN);
    arrangement = archive.arrangement();
    Fonds fonds = arrangement.addFonds("000.00.00.H41", "Ủy ban nhân dân xã Đạ Tông", ARCHIVIST);
    series = arrangement.addSeries(fonds.id(), "TĐKT", "Thi đua, khen thưởng", ARCHIVIST);
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private List<Long> importNotes(int from, int count) throws InterruptedException {
    List<Long> ids = new ArrayList<>();
    for (int n = from; n < from + count; n++) {
      Job job = ArchiveTestSupport.importAndWait(archive, NumberedNotes.fileName(n), NumberedNotes.bytes(n));
      assertEquals(JobStatus.DONE, job.status(), job.error());
      ids.add(job.documentId());
    }
    return ids;
  }

  @Test
  void filesAreNumberedPerSeriesAndYearInThePhuLucViFormAndFollowTheScheduleUnlessSet() throws Exception {
    RecordFile first = arrangement.createFile(series.id(), 2024, "Hồ sơ họp thôn năm 2024", "", "", "", null, ARCHIVIST);
    RecordFile second = arrangement.createFile(series.id(), 2024, "Hồ sơ khen thưởng năm 2024", "vĩnh viễn",
        "Hạn chế", "", "", ARCHIVIST);
    RecordFile otherYear = arrangement.createFile(series.id(), 2025, "Hồ sơ họp thôn năm 2025", "5", "", "", "", ARCHIVIST);
    assertEquals("000.00.00.H41.2024.01.TĐKT", first.code());
    assertEquals("000.00.00.H41.2024.02.TĐKT", second.code());
    assertEquals("000.00.00.H41.2025.01.TĐKT", otherYear.code());
    assertEquals("Công khai", first.accessRights());
    assertEquals("Hạn chế", second.accessRights());
    assertEquals("Tiếng Việt", first.language());
    assertTrue(first.retentionFromSchedule());
    assertEquals("10 năm", first.retention().label(), "an empty file takes the schedule's \"*\" row");
    assertEquals("Vĩnh viễn", second.retention().label());
    assertEquals("5 năm", otherYear.retention().label());
    assertThrows(IllegalArgumentException.class,
        () -> arrangement.createFile(series.id(), 2024, "x", "mãi mãi", "", "", "", ARCHIVIST));

    // an unread kind of document leaves the period at the "*" row; a directive in the file makes it permanent
    List<Long> notes = importNotes(1, 2);
    assertEquals(2, arrangement.move(notes, first.id(), MOVER));
    assertEquals(0, arrangement.move(notes, first.id(), MOVER), "already in the file");
    RecordFile filled = arrangement.file(first.id(), MOVER).orElseThrow();
    assertEquals(2, filled.documentCount());
    assertEquals(notes, arrangement.documentsOf(first.id()).stream().map(Document::id).toList());
    List<AuditEntry> audit = archive.records().audit(50);
    assertTrue(audit.stream().anyMatch(e -> e.action().equals("create file") && e.after().startsWith(first.code())));
    assertEquals(2, audit.stream().filter(e -> e.action().equals("move to file") && e.after().equals(first.code())).count());
  }

  @Test
  void aSearchResultMovesIntoAFileAsAWhole() throws Exception {
    List<Long> notes = importNotes(10, 3);
    RecordFile file = arrangement.createFile(series.id(), 2025, "Biên bản họp thôn", "", "", "", "", ARCHIVIST);
    assertEquals(1, arrangement.moveSearchResults(NumberedNotes.word(11), file.id(), ARCHIVIST));
    assertEquals(List.of(notes.get(1)), arrangement.documentsOf(file.id()).stream().map(Document::id).toList());
    assertEquals(2, arrangement.moveSearchResults("biên bản họp thôn", file.id(), ARCHIVIST), "the other two");
  }

  private long read(String name, String resource) throws Exception {
    byte[] bytes;
    try (var in = ArrangementTest.class.getResourceAsStream(resource)) {
      bytes = in.readAllBytes();
    }
    Job job = ArchiveTestSupport.importAndWait(archive, name, bytes);
    assertEquals(JobStatus.DONE, job.status(), job.error());
    return job.documentId();
  }

  @Test
  void aDirectiveMovesIntoAFileWithEveryPlanImplementingIt() throws Exception {
    long directive = read("ct-41-tw.txt", "/eval/docs/ct-41-tw-2024.txt");
    long provincial = read("kh-152-tu.txt", "/eval/docs/kh-152-tu-2025.txt");
    long district = read("kh-187-hu.txt", "/eval/docs/kh-187-hu-2025.txt");
    long unrelated = importNotes(40, 1).get(0);
    RecordFile file = arrangement.createFile(series.id(), 2025, "Hồ sơ thực hiện Chỉ thị 41-CT/TW", "", "", "", "",
        ARCHIVIST);
    assertEquals(3, arrangement.moveCitationTree(directive, file.id(), ARCHIVIST));
    List<Long> inFile = arrangement.documentsOf(file.id()).stream().map(Document::id).toList();
    assertEquals(List.of(directive, provincial, district), inFile, "oldest first");
    assertFalse(inFile.contains(unrelated));
    RecordFile filled = arrangement.file(file.id(), MOVER).orElseThrow();
    assertEquals("Vĩnh viễn", filled.retention().label(), "a directive (CT) is kept for ever by the schedule");
    assertEquals(archive.documents().find(directive, Reader.commandLine("test")).orElseThrow().date(), filled.startDate());
    assertEquals(archive.documents().find(district, Reader.commandLine("test")).orElseThrow().date(), filled.endDate());
  }

  @Test
  void aFilePastItsPeriodIsListedAndDestroyedOnlyByAnotherAccountLeavingItsRecord() throws Exception {
    List<Long> notes = importNotes(20, 2);
    // a scanned minute of 2015: its date is the file's end, from which the period counts
    Path scan = PageRendering.writePdf(files.resolve("scan.pdf"), List.of(SamplePages.render(List.of(
        "ỦY BAN NHÂN DÂN XÃ ĐẠ TÔNG. Số 12/BB-UBND. Đạ Tông, ngày 5 tháng 3 năm 2015.",
        "BIÊN BẢN họp thôn Đạ Nhar về phong trào thi đua \"Người tốt, việc tốt\" năm 2015."), Quality.CLEAN, 7)));
    Job scanned = ArchiveTestSupport.importAndWait(archive, "scan.pdf", Files.readAllBytes(scan));
    assertEquals(JobStatus.DONE, scanned.status(), scanned.error());
    long scanId = scanned.documentId();
    assertTrue(archive.documents().pageImage(scanId, 1, Reader.commandLine("test")).isPresent(), "a scanned page keeps its image");
    String scanSha = archive.documents().find(scanId, Reader.commandLine("test")).orElseThrow().sha256();
    Path original = KeptOriginals.in(data, scanSha);

    RecordFile old = arrangement.createFile(series.id(), 2015, "Biên bản họp thôn năm 2015", "5", "", "", "", ARCHIVIST);
    RecordFile kept = arrangement.createFile(series.id(), 2015, "Quyết định khen thưởng năm 2015", "vĩnh viễn", "", "", "",
        ARCHIVIST);
    RecordFile recent = arrangement.createFile(series.id(), 2025, "Biên bản họp thôn năm 2025", "5", "", "", "", ARCHIVIST);
    arrangement.move(List.of(notes.get(0), scanId), old.id(), MOVER);
    arrangement.move(List.of(notes.get(1)), kept.id(), MOVER);

    assertEquals(List.of(old.code()), arrangement.dueForAppraisal(MOVER).stream().map(RecordFile::code).toList(),
        "only the file whose five years from 2015 have run out; not the permanent one, not the recent one");
    assertThrows(IllegalArgumentException.class, () -> arrangement.proposeDestruction(recent.id(), "hết hạn", ARCHIVIST),
        "a file within its period cannot be proposed");

    long proposal = arrangement.proposeDestruction(old.id(), "Hết thời hạn bảo quản, hội đồng xác định giá trị đã duyệt",
        ARCHIVIST);
    assertTrue(arrangement.dueForAppraisal(MOVER).isEmpty(), "a proposed file waits on the decision, not on the list");
    assertThrows(IllegalArgumentException.class, () -> arrangement.move(List.of(notes.get(1)), old.id(), MOVER),
        "nothing joins a file after its destruction was proposed");
    Refused notAdmin = assertThrows(Refused.class, () -> arrangement.approveDestruction(proposal, ARCHIVIST),
        "an archivist cannot approve");
    assertEquals(Refusal.Kind.FORBIDDEN, notAdmin.refusal().kind(), "not a bad value: not theirs to decide (403)");
    archive.accounts().addOrUpdate(ARCHIVIST, PASSWORD, Role.ADMIN);
    Refused self = assertThrows(Refused.class,
        () -> arrangement.approveDestruction(proposal, ARCHIVIST), "nor can the proposer, even as an admin");
    assertEquals(Refusal.OWN_PROPOSAL, self.refusal());
    assertTrue(self.vietnamese().contains("không được tự phê duyệt"), self.vietnamese());
    assertTrue(archive.documents().find(scanId, Reader.commandLine("test")).isPresent() && archive.documents().find(notes.get(0), Reader.commandLine("test")).isPresent(),
        "nothing was destroyed by the refused approvals");

    assertEquals(2, arrangement.approveDestruction(proposal, ADMIN));

    assertTrue(archive.documents().find(scanId, Reader.commandLine("test")).isEmpty() && archive.documents().find(notes.get(0), Reader.commandLine("test")).isEmpty());
    assertFalse(Files.exists(original), "the original left the file store");
    assertTrue(archive.documents().pageImage(scanId, 1, Reader.commandLine("test")).isEmpty(), "the page images went");
    assertEquals(0, archive.search().find(new SearchRequest(NumberedNotes.word(20), 10, 0), Reader.commandLine("test")).total(), "gone from search");
    assertEquals(1, archive.search().find(new SearchRequest(NumberedNotes.word(21), 10, 0), Reader.commandLine("test")).total(), "the kept file's stays");
    assertTrue(arrangement.files(null, MOVER).stream().noneMatch(f -> f.id() == old.id()), "the file leaves the file list");

    List<DestroyedDocument> records = arrangement.destroyed();
    assertEquals(2, records.size());
    DestroyedDocument scanRecord = records.stream().filter(r -> r.documentId() == scanId).findFirst().orElseThrow();
    assertEquals(scanSha, scanRecord.sha256());
    assertEquals(old.code(), scanRecord.fileCode());
    assertEquals(ARCHIVIST, scanRecord.proposedBy());
    assertEquals(ADMIN, scanRecord.approvedBy());
    assertTrue(scanRecord.reason().startsWith("Hết thời hạn bảo quản"));
    assertTrue(records.stream().anyMatch(r -> r.title().contains("Họp thôn lần thứ 20") || r.title().contains("bien-ban-20")),
        records.toString());
    List<AuditEntry> audit = archive.records().audit(50);
    assertTrue(audit.stream().anyMatch(e -> e.action().equals("propose destruction") && e.actor().equals(ARCHIVIST)));
    assertTrue(audit.stream().anyMatch(e -> e.action().equals("approve destruction") && e.actor().equals(ADMIN)));
    assertEquals(2, audit.stream().filter(e -> e.action().equals("destroy")).count());
    assertThrows(IllegalArgumentException.class, () -> arrangement.approveDestruction(proposal, ADMIN), "decided once");
  }
}
