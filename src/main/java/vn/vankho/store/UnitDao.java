package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import vn.vankho.model.SubordinateUnit;

/** The subordinate units archivists keep, to see who has not yet implemented a directive or plan. */
@RegisterConstructorMapper(SubordinateUnit.class)
public interface UnitDao {

  @SqlQuery("SELECT id, name, parent FROM subordinate_units ORDER BY parent, name")
  List<SubordinateUnit> all();

  @SqlQuery("""
      INSERT INTO subordinate_units (name, parent) VALUES (:name, :parent)
      ON CONFLICT (name, parent) DO UPDATE SET name = EXCLUDED.name
      RETURNING id, name, parent""")
  SubordinateUnit add(@Bind("name") String name, @Bind("parent") String parent);

  @SqlQuery("DELETE FROM subordinate_units WHERE id = :id RETURNING id, name, parent")
  Optional<SubordinateUnit> remove(@Bind("id") long id);
}
