package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.Refusal;
import vn.vankho.model.Role;
import vn.vankho.model.Secrecy;
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

  /** Adds an account an administrator made; false when the name is taken. */
  public boolean add(String name, String passwordHash, Role role, String actor) {
    return jdbi.inTransaction(h -> {
      boolean added = h.attach(UserDao.class).add(name, passwordHash, role.name()).isPresent();
      if (added) {
        h.attach(AuditDao.class).record(actor, "add account", null, "account " + name, null, role.name());
      }
      return added;
    });
  }

  public void setRole(String name, Role role, String actor) {
    change(name, actor, "change role", user -> user.role().name(), role.name(),
        (users, user) -> users.setRole(user.id(), role.name()), false);
  }

  /** Sets a new password; the account's open sessions end, so a leaked session is of no more use. */
  public void setPassword(String name, String passwordHash, String actor) {
    change(name, actor, "set password", user -> null, null, (users, user) -> users.setPassword(user.id(), passwordHash),
        true);
  }

  /** Sets the highest độ mật the account may read; a session reads its account anew each request, so it holds at once. */
  public void setClearance(String name, Secrecy clearance, String actor) {
    change(name, actor, "set clearance", user -> user.clearance().name(), clearance.name(),
        (users, user) -> users.setClearance(user.id(), clearance.name()), false);
  }

  /** Locks or opens the account; locking ends its sessions. */
  public void setLocked(String name, boolean locked, String actor) {
    change(name, actor, locked ? "lock account" : "unlock account", user -> String.valueOf(user.locked()),
        String.valueOf(locked), (users, user) -> users.setLocked(user.id(), locked), locked);
  }

  /**
   * One administrator's change to an account, audited, in a transaction that is undone when it would leave
   * no administrator able to log in.
   */
  private void change(String name, String actor, String action, Function<User, String> before,
      String after, BiConsumer<UserDao, User> apply, boolean endSessions) {
    jdbi.useTransaction(h -> {
      UserDao users = h.attach(UserDao.class);
      User user = users.byName(name).orElseThrow(() -> Refusal.NO_ACCOUNT.of(name));
      apply.accept(users, user);
      if (users.openAdmins() == 0) {
        throw Refusal.LAST_ADMINISTRATOR.of();
      }
      if (endSessions) {
        h.attach(SessionDao.class).closeAllOf(user.id());
      }
      h.attach(AuditDao.class).record(actor, action, null, "account " + name, before.apply(user), after);
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
