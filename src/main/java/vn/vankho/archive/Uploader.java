package vn.vankho.archive;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * Who offers a file and from where, as the audit log records it: an account and the client's
 * address (web, API), {@code cli:<os user>} and the host and folder (command line), or the inbox and
 * its folder.
 */
public record Uploader(String actor, String origin) {

  /** A logged-in person, from the web page or the API. */
  public static Uploader account(String name, String clientAddress) {
    return new Uploader(name, clientAddress);
  }

  /** Whoever runs the command line on this machine, importing {@code file}. */
  public static Uploader commandLine(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    return new Uploader("cli:" + System.getProperty("user.name"), hostName() + ":" + folder);
  }

  static Uploader inbox(Path folder) {
    return new Uploader("inbox", folder.toString());
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
