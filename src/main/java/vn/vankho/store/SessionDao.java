package vn.vankho.store;

import java.util.Optional;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.User;

/** Server-side sessions, found by the hash of the cookie's token. */
public interface SessionDao {

  @SqlUpdate("""
      INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at)
      VALUES (:tokenHash, :userId, :csrf, now() + make_interval(secs => :seconds))""")
  void open(@Bind("tokenHash") String tokenHash, @Bind("userId") long userId, @Bind("csrf") String csrfToken,
      @Bind("seconds") long lifetimeSeconds);

  /** The session's user with the session's CSRF token, if the session is open and not expired. */
  @SqlQuery("""
      SELECT u.*, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = :tokenHash AND s.expires_at > now() AND NOT u.locked""")
  @RegisterConstructorMapper(OpenSession.class)
  Optional<OpenSession> find(@Bind("tokenHash") String tokenHash);

  /** A row of {@link #find}: the user's columns and the token. */
  record OpenSession(@Nested User user, String csrfToken) {}

  @SqlUpdate("DELETE FROM sessions WHERE token_hash = :tokenHash")
  void close(@Bind("tokenHash") String tokenHash);

  @SqlUpdate("DELETE FROM sessions WHERE user_id = :userId")
  void closeAllOf(@Bind("userId") long userId);

  @SqlUpdate("DELETE FROM sessions WHERE expires_at <= now()")
  void closeExpired();
}
