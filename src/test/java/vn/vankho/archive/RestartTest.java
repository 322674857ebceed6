package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.index.VietnameseAnalyzers;
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
      assertEquals(List.of(id), again.search().find(new SearchRequest("chi thi 41", 10, 0), Reader.commandLine("test")).hits().stream().map(SearchHit::id).toList());
      assertEquals("done", again.documents().view(id, Reader.commandLine("test")).orElseThrow().status());
      assertEquals(IntakeResult.Status.DUPLICATE,
          ArchiveTestSupport.offer(again, "ct41.pdf", pdf).status());
    }
  }

  /** An index made before common grams lacks the pairs phrases look for: the archive rebuilds it when it starts. */
  @Test
  void anIndexMadeWithAnOlderAnalysisIsRebuiltAtStart() throws Exception {
    ArchiveSettings embedded = ArchiveSettings.of(data, null).withWorkers(1);
    long id;
    try (Archive archive = Archive.open(embedded)) {
      archive.startProcessing();
      id = ArchiveTestSupport.importAndWait(archive, "ct41.pdf", TestFiles.pdf(List.of(Samples.DIRECTIVE))).documentId();
    }
    // the entry as the archive made it before common grams: the words of its text, no pairs
    try (FSDirectory directory = FSDirectory.open(data.resolve("index"));
        IndexWriter older = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.folded()))) {
      Document entry = new Document();
      entry.add(new StringField("id", Long.toString(id), Field.Store.YES));
      FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
      withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
      entry.add(new Field("text", Samples.DIRECTIVE, withOffsets));
      older.updateDocument(new Term("id", Long.toString(id)), entry);
      older.setLiveCommitData(Map.of("analysis", "1: before common grams").entrySet());
      older.commit();
    }
    try (Archive again = Archive.open(embedded)) {
      again.startProcessing();
      assertEquals(List.of(id), again.search().find(new SearchRequest("\"thi đua yêu nước của\"", 10, 0), Reader.commandLine("test")).hits().stream()
          .map(SearchHit::id).toList());
    }
  }
}
