package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Which version of each document the search index holds, kept on the document rows: what lags behind, and what
 * the index was told.
 */
public final class IndexLedger {
  private final Jdbi jdbi;

  public IndexLedger(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Documents whose search entry is out of date. */
  public List<DocumentDao.DocumentVersion> awaitingIndex(int limit) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.awaitingIndex(limit));
  }

  /** Records that the index holds each of {@code indexed} as of the version given with it. */
  public void markIndexed(List<DocumentDao.DocumentVersion> indexed) {
    long[] ids = indexed.stream().mapToLong(DocumentDao.DocumentVersion::id).toArray();
    int[] versions = indexed.stream().mapToInt(DocumentDao.DocumentVersion::version).toArray();
    jdbi.useExtension(DocumentDao.class, dao -> dao.markIndexed(ids, versions));
  }

  /** Forgets what the index was told of these documents, so that the next catch-up indexes them again. */
  public void forgetIndexed(List<Long> ids) {
    long[] array = ids.stream().mapToLong(Long::longValue).toArray();
    jdbi.useExtension(DocumentDao.class, dao -> dao.forgetIndexed(array));
  }

  /** The index state of up to {@code limit} documents after {@code afterId}, in id order. */
  public List<DocumentDao.IndexState> indexStates(long afterId, int limit) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.indexStates(afterId, limit));
  }
}
