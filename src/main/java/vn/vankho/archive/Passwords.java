package vn.vankho.archive;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import vn.vankho.model.Refusal;

/**
 * Password hashes: bcrypt (Bouncy Castle, pure Java), a fresh 16-byte salt each, cost 12 (about a
 * quarter of a second per check, so guessing offline is slow). Bcrypt reads only 72 bytes, so a
 * longer password is refused rather than silently cut.
 */
final class Passwords {
  static final int MIN_LENGTH = 8;
  static final int MAX_BYTES = 72;
  private static final int COST = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Checked against when the name is unknown, so that a wrong name takes as long as a wrong password. */
  private static final String DECOY = hash("not anyone's password");

  private Passwords() {}

  static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return OpenBSDBCrypt.generate(password.toCharArray(), salt, COST);
  }

  static boolean matches(String hash, String password) {
    return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
  }

  static void spendTimeAsIfChecking(String password) {
    OpenBSDBCrypt.checkPassword(DECOY, password.toCharArray());
  }

  /** Refuses a password that cannot be set, saying why. */
  static void check(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw Refusal.PASSWORD_TOO_SHORT.of(MIN_LENGTH);
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw Refusal.PASSWORD_TOO_LONG.of(MAX_BYTES);
    }
  }
}
