package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.Citation;

/** The citation graph as the archive reads it: what a document cites, and what cites it. */
public final class CitationStore {
  private final Jdbi jdbi;

  public CitationStore(Database database) {
    this.jdbi = database.jdbi();
  }

  public List<Citation> citing(long id) {
    return jdbi.withExtension(CitationDao.class, dao -> dao.citing(id));
  }

  public List<Citation> citedBy(long id) {
    return jdbi.withExtension(CitationDao.class, dao -> dao.citedBy(id));
  }
}
