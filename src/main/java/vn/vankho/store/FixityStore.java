package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** What the fixity check goes through (the kept originals and page images with their SHA-256) and its runs. */
public final class FixityStore {
  private final Jdbi jdbi;

  public FixityStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Every document's original, with the SHA-256 it is kept under. */
  public List<KeptFile> originals() {
    return jdbi.withExtension(FixityDao.class, FixityDao::originals);
  }

  /** The page images with a recorded SHA-256, but not those of documents being read again. */
  public List<KeptFile> settledPageImages() {
    return jdbi.withExtension(FixityDao.class, dao -> dao.pageImages(true));
  }

  /** Pages of settled documents without a recorded image SHA-256: read before images had one, or with no image. */
  public List<KeptFile> pagesWithoutImageDigest() {
    return jdbi.withExtension(FixityDao.class, FixityDao::pagesWithoutImageDigest);
  }

  /** Records the SHA-256 of a page's image, unless the page has one already. */
  public void recordImageDigest(long documentId, int page, String sha256) {
    jdbi.useExtension(FixityDao.class, dao -> dao.recordImageDigest(documentId, page, sha256));
  }

  /** Records a run of the fixity check; {@code problems} is its JSON list. */
  public void recordFixityCheck(FixityDao.Check check) {
    jdbi.useExtension(FixityDao.class, dao -> dao.record(check.startedAt(), check.finishedAt(), check.filesChecked(),
        check.imagesChecked(), check.problems()));
  }

  public Optional<FixityDao.Check> lastFixityCheck() {
    return jdbi.withExtension(FixityDao.class, FixityDao::last);
  }
}
