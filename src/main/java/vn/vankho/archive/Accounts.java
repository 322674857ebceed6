package vn.vankho.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.vankho.model.Refusal;
import vn.vankho.model.Role;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Session;
import vn.vankho.model.User;
import vn.vankho.store.AccountStore;
import vn.vankho.text.Diacritics;

/**
 * Accounts, logins and sessions. A login opens a new session with a new random token every time
 * (an id an attacker planted before the login is never promoted), and each session has its own
 * CSRF token. Failed logins are counted per name and per address and locked out for a minute.
 */
public final class Accounts {
  /** How long a session lasts: a working day and some. */
  static final Duration SESSION_LIFETIME = Duration.ofHours(12);
  static final int FAILURES_PER_NAME = 5;
  /** Higher than per name: a whole office may share one address behind its router. */
  static final int FAILURES_PER_ADDRESS = 20;
  static final Duration LOCKOUT = Duration.ofMinutes(1);
  /** The longest name an account may have. */
  static final int MAX_NAME = 64;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AccountStore store;
  private final LoginThrottle byName;
  private final LoginThrottle byAddress;

  Accounts(AccountStore store, Clock clock) {
    this.store = store;
    this.byName = new LoginThrottle(FAILURES_PER_NAME, LOCKOUT, clock);
    this.byAddress = new LoginThrottle(FAILURES_PER_ADDRESS, LOCKOUT, clock);
  }

  /** What a login came to: a session and its cookie token, or why not. */
  public record Login(Outcome outcome, String token, Session session) {
    public enum Outcome { OPENED, REFUSED, LOCKED_OUT }

    static Login refused(Outcome why) {
      return new Login(why, null, null);
    }
  }

  /** Adds an account, or sets a new password and role on an existing one; true when it is new. */
  public boolean addOrUpdate(String name, String password, Role role) {
    return store.addOrUpdate(validName(name), Passwords.hash(checked(password)), role);
  }

  public List<User> users() {
    return store.users();
  }

  /** An administrator adds an account; the name must be free. */
  public void add(String name, String password, Role role, String actor) {
    String normal = validName(name);
    if (!store.add(normal, Passwords.hash(checked(password)), role, actor)) {
      throw Refusal.ACCOUNT_TAKEN.of(normal);
    }
  }

  public void setRole(String name, Role role, String actor) {
    if (normalName(name).equals(normalName(actor)) && role != Role.ADMIN) {
      throw Refusal.OWN_ADMINISTRATOR_RIGHTS.of();
    }
    store.setRole(normalName(name), role, actor);
  }

  /** Sets the highest độ mật the account may read (its clearance); audited, and in force at its next request. */
  public void setClearance(String name, Secrecy clearance, String actor) {
    store.setClearance(normalName(name), clearance, actor);
  }

  /** Sets a new password for the account; its open sessions end. */
  public void setPassword(String name, String password, String actor) {
    store.setPassword(normalName(name), Passwords.hash(checked(password)), actor);
  }

  /** Locks the account: it cannot log in, and its open sessions end. */
  public void lock(String name, String actor) {
    if (normalName(name).equals(normalName(actor))) {
      throw Refusal.OWN_LOCK.of();
    }
    store.setLocked(normalName(name), true, actor);
  }

  public void unlock(String name, String actor) {
    store.setLocked(normalName(name), false, actor);
  }

  private static String checked(String password) {
    Passwords.check(password);
    return password;
  }

  /** Checks the password; on success opens a new session. Every attempt goes to the audit log. */
  public Login login(String name, String password, String address) {
    // no account's name is longer than MAX_NAME, so a longer one, cut, still matches none: it is counted and
    // audited without a pasted page of text
    String typed = normalName(name);
    String key = typed.length() > MAX_NAME ? typed.substring(0, MAX_NAME + 1) : typed;
    if (byName.locked(key) || byAddress.locked(address)) {
      store.recordFailedLogin(key, address, "locked out");
      return Login.refused(Login.Outcome.LOCKED_OUT);
    }
    Optional<User> user = store.user(key);
    String given = password == null ? "" : password;
    boolean matches;
    if (user.isPresent()) {
      matches = Passwords.matches(user.get().passwordHash(), given);
    } else {
      Passwords.spendTimeAsIfChecking(given);
      matches = false;
    }
    if (!matches) {
      byName.failed(key);
      byAddress.failed(address);
      store.recordFailedLogin(key, address, "wrong name or password");
      return Login.refused(Login.Outcome.REFUSED);
    }
    if (user.get().locked()) {
      // told apart from a wrong password only in the audit log: the page says the same to both
      store.recordFailedLogin(key, address, "account locked");
      return Login.refused(Login.Outcome.REFUSED);
    }
    byName.succeeded(key);
    String token = randomToken();
    Session session = new Session(user.get(), randomToken());
    store.openSession(hash(token), session.user(), session.csrfToken(), SESSION_LIFETIME.toSeconds(), address);
    return new Login(Login.Outcome.OPENED, token, session);
  }

  /** The open session the cookie's token names, if any. */
  public Optional<Session> session(String token) {
    return token == null || token.isBlank() ? Optional.empty() : store.session(hash(token));
  }

  public void logout(String token) {
    if (token != null && !token.isBlank()) {
      store.closeSession(hash(token));
    }
  }

  /** 256 random bits, URL-safe. */
  public static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Names are compared as typed on any keyboard: NFC, trimmed, lower case. */
  private static String normalName(String name) {
    return name == null ? "" : Diacritics.nfc(name).strip().toLowerCase(Locale.ROOT);
  }

  private static String validName(String name) {
    String normal = normalName(name);
    if (normal.isEmpty() || normal.length() > MAX_NAME || !normal.matches("[\\p{L}\\p{N}._@-]+")) {
      throw Refusal.ACCOUNT_NAME.of();
    }
    return normal;
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
