package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.vankho.model.Job;
import vn.vankho.testing.TestDatabases;

/** An archive on a fresh database and data folder, with helpers to import and wait. */
final class ArchiveTestSupport {
  private ArchiveTestSupport() {}

  static ArchiveSettings settings(Path data) {
    return ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(2);
  }

  static IntakeResult offer(Archive archive, String name, byte[] bytes) {
    return archive.intake().accept(name, new ByteArrayInputStream(bytes), Uploader.account("test", "127.0.0.1"));
  }

  /** Imports one file and returns its job once it has ended. */
  static Job importAndWait(Archive archive, String name, byte[] bytes) throws InterruptedException {
    IntakeResult result = offer(archive, name, bytes);
    assertEquals(IntakeResult.Status.ACCEPTED, result.status(), () -> name + ": " + result.reason());
    return archive.jobs().await(List.of(result.jobId()), Duration.ofMinutes(2)).get(0);
  }
}
