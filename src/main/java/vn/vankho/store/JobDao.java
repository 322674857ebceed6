package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.Job;

/**
 * The job queue. Each statement that touches a claimed job checks that the caller still holds its
 * lease, so a worker whose lease ran out cannot finish a job another worker has taken over.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(Job.class)
public interface JobDao {

  @SqlQuery
  long enqueue(@Bind("documentId") long documentId, @Bind("kind") String kind);

  /** Extends the lease and records progress; false when the lease is no longer this worker's. */
  @SqlUpdate
  boolean renewLease(@Bind("id") long id, @Bind("worker") String worker, @Bind("leaseSeconds") double leaseSeconds,
      @Bind("pagesDone") int pagesDone, @Bind("pagesTotal") Integer pagesTotal);

  /** Locks the job row for the closing transaction; empty when the lease is no longer this worker's. */
  @SqlQuery
  Optional<Long> lockIfHeld(@Bind("id") long id, @Bind("worker") String worker);

  @SqlUpdate
  void finish(@Bind("id") long id, @Bind("status") String status, @Bind("error") String error);

  /** Puts a job back in the queue after a passing fault, keeping the fault for whoever looks. */
  @SqlUpdate
  void release(@Bind("id") long id, @Bind("error") String error);

  /** Puts back in the queue the running jobs whose lease owner's name starts with {@code prefix}; returns how many. */
  @SqlUpdate
  int releaseHeldBy(@Bind("prefix") String prefix);

  /** The jobs of {@code kind} of these documents that have not ended. */
  @SqlQuery
  List<Long> openOfKind(@Bind("documentIds") long[] documentIds, @Bind("kind") String kind);

  @SqlQuery
  Optional<Job> find(@Bind("id") long id);

  @SqlQuery
  List<Job> findAll(@BindList("ids") List<Long> ids);

  @SqlQuery
  List<Job> forDocument(@Bind("documentId") long documentId);

  @SqlQuery
  List<Job> recent(@Bind("limit") int limit);
}
