package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import vn.vankho.model.Citation;

/**
 * The citation graph. A citation resolves, when asked, to the archived document that bears the cited
 * number; when numbers collide (the same number and issuer code in two years), the year the citing
 * document gives decides, and a document of another year is not taken for it.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(Citation.class)
public interface CitationDao {

  /** What a document cites, each with the document it resolves to (or none yet). */
  @SqlQuery
  List<Citation> citing(@Bind("id") long documentId);

  /** The citations, in other documents, that resolve to this one; {@code citingId} names the citing document. */
  @SqlQuery
  List<Citation> citedBy(@Bind("id") long documentId);
}
