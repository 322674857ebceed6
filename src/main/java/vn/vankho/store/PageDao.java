package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.Page;

/** The pages of documents. */
@RegisterConstructorMapper(Page.class)
public interface PageDao {

  @SqlQuery("SELECT number, text, source, confidence, quality, needs_review, problem, note, image_sha256 FROM pages WHERE document_id = :id ORDER BY number")
  List<Page> pages(@Bind("id") long documentId);

  /** The pages of several documents, each document's in order. */
  @SqlQuery("""
      SELECT document_id, number, text, source, confidence, quality, needs_review, problem, note, image_sha256
        FROM pages WHERE document_id = ANY(:ids) ORDER BY document_id, number""")
  @RegisterConstructorMapper(DocumentPage.class)
  List<DocumentPage> pagesOf(@Bind("ids") long[] documentIds);

  /**
   * Flags for review, with {@code problem}, the pages of a document still waiting for OCR when their reading failed:
   * they keep their empty text layer, as a page whose OCR fails at import does.
   */
  @SqlUpdate("""
      UPDATE pages SET source = 'TEXT_LAYER', needs_review = true, problem = :problem, note = NULL
       WHERE document_id = :id AND source = 'AWAITING_OCR'""")
  void flagAwaitingOcr(@Bind("id") long documentId, @Bind("problem") String problem);

  /** A page with the document it belongs to. */
  record DocumentPage(long documentId, @Nested Page page) {}

}
