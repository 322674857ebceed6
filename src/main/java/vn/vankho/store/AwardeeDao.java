package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.Awardee;

/** Awardees: made when an archivist confirms an award, merged only when an archivist says so. */
@RegisterConstructorMapper(Awardee.class)
public interface AwardeeDao {

  /** The awardee of this name, kind and unit, made if there is none; the attributes are added to its own. */
  @SqlQuery("""
      INSERT INTO awardees (name, kind, unit, place, attributes) VALUES (:name, :kind, :unit, :place, :attributes)
      ON CONFLICT (name, kind, unit) DO UPDATE
         SET attributes = ARRAY(SELECT DISTINCT unnest(awardees.attributes || EXCLUDED.attributes) ORDER BY 1)
      RETURNING id""")
  long findOrCreate(@Bind("name") String name, @Bind("kind") String kind, @Bind("unit") String unit,
      @Bind("place") String place, @Bind("attributes") String[] attributes);

  @SqlQuery("SELECT id, name, kind, unit, place, attributes FROM awardees WHERE id = :id")
  Optional<Awardee> find(@Bind("id") long id);

  /** Awardees with at least one award in a document of the {@code readable} levels of secrecy, by name. */
  @SqlQuery("""
      SELECT id, name, kind, unit, place, attributes FROM awardees aw
       WHERE EXISTS (SELECT 1 FROM awards a JOIN documents d ON d.id = a.document_id
                      WHERE a.awardee_id = aw.id AND d.secrecy = ANY (:readable))
       ORDER BY name, id""")
  List<Awardee> all(@Bind("readable") String[] readable);

  @SqlUpdate("""
      UPDATE awardees SET attributes = ARRAY(SELECT DISTINCT unnest(attributes || :attributes) ORDER BY 1)
       WHERE id = :id""")
  void addAttributes(@Bind("id") long id, @Bind("attributes") String[] attributes);

  @SqlUpdate("DELETE FROM awardees WHERE id = :id")
  void delete(@Bind("id") long id);

  @SqlUpdate("""
      INSERT INTO awardees_apart (first_id, second_id) VALUES (least(:a, :b), greatest(:a, :b))
      ON CONFLICT DO NOTHING""")
  void keepApart(@Bind("a") long a, @Bind("b") long b);

  /** Two awardees an archivist said are different. */
  record Apart(long firstId, long secondId) {}

  @SqlQuery("SELECT first_id, second_id FROM awardees_apart")
  @RegisterConstructorMapper(Apart.class)
  List<Apart> apart();
}
