package vn.vankho.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import vn.vankho.model.Document;
import vn.vankho.model.Job;

/**
 * The statements a worker runs to take its next job ({@link JobQueue#claimWithDocument}), alone in their DAO: each
 * time a handle attaches a DAO, Jdbi makes a handler for every one of its methods, and the jobs' and the documents'
 * DAOs (25 methods) attached, each on its own handle, for every document read were a third of the claim's CPU (#18).
 */
public interface ClaimDao {

  /** Takes the oldest open job, or one whose lease ran out, skipping jobs other workers are claiming. */
  @SqlQuery
  @UseClasspathSqlLocator
  @RegisterConstructorMapper(Job.class)
  Optional<Job> claimNext(@Bind("worker") String worker, @Bind("leaseSeconds") double leaseSeconds);

  @SqlQuery("SELECT " + DocumentDao.DOCUMENT + " FROM documents WHERE id = :id")
  @RegisterConstructorMapper(Document.class)
  Optional<Document> document(@Bind("id") long id);
}
