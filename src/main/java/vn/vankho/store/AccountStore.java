package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.Role;
import vn.vankho.model.Session;
import vn.vankho.model.User;

/** Accounts and sessions in PostgreSQL; logins go to the audit log with the session they open. */
public final class AccountStore {
  private final Jdbi jdbi;

  public AccountStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Adds an account, or sets the password and role of the one of that name; true when it is new. */
  public boolean addOrUpdate(String name, String passwordHash, Role role) {
    return jdbi.inTransaction(h -> {
      UserDao users = h.attach(UserDao.class);
      boolean added = users.add(name, passwordHash, role.name()).isPresent();
      if (!added) {
        users.update(name, passwordHash, role.name());
      }
      return added;
    });
  }

  public Optional<User> user(String name) {
    return jdbi.withExtension(UserDao.class, dao -> dao.byName(name));
  }

  public List<User> users() {
    return jdbi.withExtension(UserDao.class, UserDao::all);
  }

  /** Opens a session for {@code user} and records the login from {@code address}, in one transaction. */
  public void openSession(String tokenHash, User user, String csrfToken, long lifetimeSeconds, String address) {
    jdbi.useTransaction(h -> {
      SessionDao sessions = h.attach(SessionDao.class);
      sessions.closeExpired();
      sessions.open(tokenHash, user.id(), csrfToken, lifetimeSeconds);
      h.attach(AuditDao.class).record(user.name(), "login", null, null, null, address);
    });
  }

  /** Records a refused login: the name as typed (it may name nobody) and where it came from. */
  public void recordFailedLogin(String name, String address, String reason) {
    jdbi.useExtension(AuditDao.class, dao -> dao.record(name, "login failed", null, null, reason, address));
  }

  public Optional<Session> session(String tokenHash) {
    return jdbi.withExtension(SessionDao.class, dao -> dao.find(tokenHash))
        .map(open -> new Session(open.user(), open.csrfToken()));
  }

  public void closeSession(String tokenHash) {
    jdbi.useExtension(SessionDao.class, dao -> dao.close(tokenHash));
  }
}
