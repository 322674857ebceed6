package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.User;

/** Accounts. */
@RegisterConstructorMapper(User.class)
public interface UserDao {

  @SqlQuery("""
      INSERT INTO users (name, password_hash, role) VALUES (:name, :hash, :role)
      ON CONFLICT (name) DO NOTHING
      RETURNING *""")
  Optional<User> add(@Bind("name") String name, @Bind("hash") String passwordHash, @Bind("role") String role);

  @SqlUpdate("UPDATE users SET password_hash = :hash, role = :role WHERE name = :name")
  int update(@Bind("name") String name, @Bind("hash") String passwordHash, @Bind("role") String role);

  @SqlQuery("SELECT * FROM users WHERE name = :name")
  Optional<User> byName(@Bind("name") String name);

  @SqlUpdate("UPDATE users SET role = :role WHERE id = :id")
  void setRole(@Bind("id") long id, @Bind("role") String role);

  @SqlUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
  void setPassword(@Bind("id") long id, @Bind("hash") String passwordHash);

  @SqlUpdate("UPDATE users SET clearance = :clearance WHERE id = :id")
  void setClearance(@Bind("id") long id, @Bind("clearance") String clearance);

  @SqlUpdate("UPDATE users SET locked = :locked WHERE id = :id")
  void setLocked(@Bind("id") long id, @Bind("locked") boolean locked);

  /** How many admins can still log in. */
  @SqlQuery("SELECT count(*) FROM users WHERE role = 'ADMIN' AND NOT locked")
  int openAdmins();

  @SqlQuery("SELECT * FROM users ORDER BY name")
  List<User> all();
}
