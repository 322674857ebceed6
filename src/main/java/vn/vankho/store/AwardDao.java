package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.Award;

/** The awards decisions make, as read and as archivists checked them. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(Award.class)
public interface AwardDao {

  /** Forgets what an earlier reading proposed; what archivists confirmed or rejected stays. */
  @SqlUpdate
  void deleteProposed(@Bind("id") long documentId);

  @SqlBatch
  void insert(@BindMethods List<Award> awards);

  @SqlQuery
  List<Award> forDocument(@Bind("id") long documentId);
}
