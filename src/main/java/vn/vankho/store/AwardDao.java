package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.Award;
import vn.vankho.model.Precedent;
import vn.vankho.model.PrecedentQuery;

/** The awards decisions make, as read and as archivists checked them. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(Award.class)
public interface AwardDao {

  @SqlQuery
  List<Award> forDocument(@Bind("id") long documentId);

  /** The award, locked until the transaction ends so that two archivists' decisions do not cross. */
  @SqlQuery
  Optional<Award> find(@Bind("id") long id);

  /** Writes every field and the status of {@code award}, found by its id. */
  @SqlUpdate
  void update(@BindMethods Award award);

  @SqlUpdate
  void moveToAwardee(@Bind("from") long fromAwardeeId, @Bind("into") long intoAwardeeId);

  /** {@code campaignKey}, {@code unitKey} and {@code words} are the query's campaign, unit and text as {@link AwardStore} keys them. */
  @SqlQuery
  @RegisterConstructorMapper(Precedent.class)
  List<Precedent> precedents(@BindMethods PrecedentQuery query, @Bind("campaignKey") String campaignKey,
      @Bind("unitKey") String unitKey, @Bind("words") String[] words, @Bind("readable") String[] readable);
}
