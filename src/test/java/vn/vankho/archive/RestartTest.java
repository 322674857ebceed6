package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestFiles;

/** The archive with its own embedded database in its data folder, stopped and started again. */
class RestartTest {
  @TempDir Path data;

  @Test
  void documentsAndTheirSearchSurviveARestart() throws Exception {
    ArchiveSettings embedded = ArchiveSettings.of(data, null).withWorkers(1);
    byte[] pdf = TestFiles.pdf(List.of(Samples.DIRECTIVE));
    long id;
    try (Archive archive = Archive.open(embedded)) {
      archive.startProcessing();
      Job job = ArchiveTestSupport.importAndWait(archive, "ct41.pdf", pdf);
      assertEquals(JobStatus.DONE, job.status());
      id = job.documentId();
    }
    try (Archive again = Archive.open(embedded)) {
      again.startProcessing();
      assertEquals(List.of(id), again.search(new SearchRequest("chi thi 41", 10, 0)).hits().stream().map(SearchHit::id).toList());
      assertEquals("done", again.view(id).orElseThrow().status());
      assertEquals(IntakeResult.Status.DUPLICATE,
          ArchiveTestSupport.offer(again, "ct41.pdf", pdf).status());
    }
  }
}
