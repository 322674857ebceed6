package vn.vankho.archive;

import vn.vankho.model.Document;
import vn.vankho.model.Secrecy;
import vn.vankho.model.User;

/**
 * Who reads the archive, with which clearance, from where, and through what (the URL asked for, the command
 * run): every read door of {@link Archive} takes one, hides what is above its clearance and writes the reads
 * of classified documents to the audit log with these.
 */
public record Reader(String actor, Secrecy clearance, String origin, String path) {

  /** A logged-in person asking for {@code path} from {@code clientAddress}. */
  public static Reader account(User user, String clientAddress, String path) {
    return new Reader(user.name(), user.clearance(), clientAddress, path);
  }

  /** Someone not logged in, where the server runs as a public reading room: cleared for nothing classified. */
  public static Reader anonymous(String clientAddress, String path) {
    return new Reader("anonymous", Secrecy.NONE, clientAddress, path);
  }

  /**
   * Whoever runs the command line on this machine: they hold the archive's database and files already, so
   * nothing is hidden from them, but what they read is audited all the same.
   */
  public static Reader commandLine(String command) {
    return commandLine(command, "cli:" + System.getProperty("user.name"));
  }

  /** The command line, run by {@code actor} as the audit log should name them. */
  public static Reader commandLine(String command, String actor) {
    return new Reader(actor, Secrecy.TUYET_MAT, Uploader.hostName(), command);
  }

  /** True when the document exists for this reader: its độ mật is within the clearance. */
  public boolean sees(Document document) {
    return clearance.allows(document.secrecy());
  }

  /** The codes of the levels this reader may read, as the store filters by them. */
  String[] readable() {
    return clearance.readable().stream().map(Secrecy::name).toArray(String[]::new);
  }
}
