package vn.vankho.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code limit} failed logins for one key (a user name, or an
 * address), that key is locked out for {@code lockout}. In memory: a restart forgives, which is fine
 * for a minute's lock-out.
 */
final class LoginThrottle {
  /** Above this many keys, those no longer locked are forgotten, so a flood of names cannot fill memory. */
  private static final int MAX_KEYS = 10_000;

  private record Failures(int count, Instant lockedUntil) {}

  private final int limit;
  private final Duration lockout;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(int limit, Duration lockout, Clock clock) {
    this.limit = limit;
    this.lockout = lockout;
    this.clock = clock;
  }

  boolean locked(String key) {
    Failures f = failures.get(key);
    return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
  }

  void failed(String key) {
    if (failures.size() > MAX_KEYS) {
      Instant now = clock.instant();
      failures.values().removeIf(f -> f.lockedUntil() == null || !now.isBefore(f.lockedUntil()));
    }
    failures.compute(key, (k, f) -> {
      int count = (f == null || f.lockedUntil() != null ? 0 : f.count()) + 1;
      return count >= limit ? new Failures(0, clock.instant().plus(lockout)) : new Failures(count, null);
    });
  }

  void succeeded(String key) {
    failures.remove(key);
  }
}
