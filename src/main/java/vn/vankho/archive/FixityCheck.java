package vn.vankho.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.FileStore;
import vn.vankho.store.FixityDao;
import vn.vankho.store.FixityStore;
import vn.vankho.store.KeptFile;
import vn.vankho.store.PageImageStore;

/**
 * Checks every kept original and page image against the SHA-256 the records hold, flags the documents whose
 * original is missing or changed (as reading one does), and records the run for admins to see. Page images kept
 * before their digests were recorded get theirs at the first check.
 */
final class FixityCheck {
  private static final Logger LOG = LoggerFactory.getLogger(FixityCheck.class);
  private static final TypeReference<List<FixityReport.Problem>> PROBLEMS = new TypeReference<>() {};

  private final DocumentStore documents;
  private final FixityStore fixity;
  private final FileStore files;
  private final PageImageStore pageImages;
  private final Clock clock;

  FixityCheck(DocumentStore documents, FixityStore fixity, FileStore files, PageImageStore pageImages, Clock clock) {
    this.documents = documents;
    this.fixity = fixity;
    this.files = files;
    this.pageImages = pageImages;
    this.clock = clock;
  }

  FixityReport run() {
    Instant started = clock.instant();
    List<FixityReport.Problem> problems = new ArrayList<>();
    List<KeptFile> originals = fixity.originals();
    for (KeptFile original : originals) {
      check(original).ifPresent(problem -> {
        problems.add(problem);
        documents.flagDamaged(original.documentId());
      });
    }
    recordUnrecordedImages();
    List<KeptFile> images = fixity.settledPageImages();
    for (KeptFile image : images) {
      check(image, pageImages.current(image.documentId(), image.page())).ifPresent(problems::add);
    }
    FixityReport report = new FixityReport(started, clock.instant(), originals.size(), images.size(), problems);
    try {
      fixity.recordFixityCheck(new FixityDao.Check(report.startedAt(), report.finishedAt(), report.filesChecked(),
          report.imagesChecked(), Json.mapper().writeValueAsString(problems)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the problems found as JSON", e);
    }
    if (!report.intact()) {
      LOG.error("fixity check: {} of {} kept files are missing or changed", problems.size(),
          originals.size() + images.size());
    }
    return report;
  }

  /** The last run recorded, by this process or another. */
  Optional<FixityReport> last() {
    return fixity.lastFixityCheck().map(check -> {
      try {
        return new FixityReport(check.startedAt(), check.finishedAt(), check.filesChecked(), check.imagesChecked(),
            Json.mapper().readValue(check.problems(), PROBLEMS));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the recorded fixity check is not readable", e);
      }
    });
  }

  /**
   * Records the SHA-256 of the page images kept before image digests were recorded, as they are now, so that from
   * this check on they are checked and backed up: an image is made from its original, which is checked itself.
   */
  private void recordUnrecordedImages() {
    for (KeptFile page : fixity.pagesWithoutImageDigest()) {
      Path image = pageImages.current(page.documentId(), page.page());
      if (Files.exists(image)) {
        try {
          fixity.recordImageDigest(page.documentId(), page.page(), FileStore.sha256Of(image));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + image, e);
        }
      }
    }
  }

  private Optional<FixityReport.Problem> check(KeptFile original) {
    String where = files.where(original.sha256());
    try {
      if (!files.exists(original.sha256())) {
        return Optional.of(problem(original, where, FixityReport.State.MISSING));
      }
      return files.intact(original.sha256())
          ? Optional.empty()
          : Optional.of(problem(original, where, FixityReport.State.CHANGED));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + where, e);
    }
  }

  private static Optional<FixityReport.Problem> check(KeptFile kept, Path path) {
    try {
      if (!Files.exists(path)) {
        return Optional.of(problem(kept, path.toString(), FixityReport.State.MISSING));
      }
      return FileStore.sha256Of(path).equals(kept.sha256())
          ? Optional.empty()
          : Optional.of(problem(kept, path.toString(), FixityReport.State.CHANGED));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static FixityReport.Problem problem(KeptFile kept, String where, FixityReport.State state) {
    return new FixityReport.Problem(kept.documentId(), kept.page(), kept.fileName(), where, state);
  }
}
