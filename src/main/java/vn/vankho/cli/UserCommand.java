package vn.vankho.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.model.Role;
import vn.vankho.model.Secrecy;

/** {@code vankho user add|list}: the accounts of the web UI. */
@Command(name = "user", description = "Manage the accounts of the web UI.",
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Clearance.class})
final class UserCommand {
  @ParentCommand VankhoCommand parent;

  /**
   * {@code vankho user add --role ROLE NAME}: adds an account, or gives an existing one a new password
   * and role. The password is asked for on the terminal (twice, not echoed), or read as the first line
   * of standard input when that is not a terminal, so scripts can set it without putting it in argv.
   */
  @Command(name = "add", description = "Add an account (or set a new password and role for an existing one).")
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Option(names = "--role", required = true, description = "admin, archivist or reader.")
    String role;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws IOException {
      Role parsed;
      try {
        parsed = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the role is admin, archivist or reader, not " + role, e);
      }
      String password = readPassword();
      try (Archive archive = user.parent.openArchive()) {
        boolean added = archive.accounts().addOrUpdate(name, password, parsed);
        System.out.println((added ? "added " : "updated ") + parsed.name().toLowerCase(Locale.ROOT) + " " + name);
      }
      return 0;
    }

    private static String readPassword() throws IOException {
      Console console = System.console();
      if (console == null) {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
          throw new IllegalArgumentException("no password on standard input");
        }
        return line;
      }
      char[] first = console.readPassword("Mật khẩu: ");
      char[] again = console.readPassword("Nhập lại mật khẩu: ");
      if (first == null || !Arrays.equals(first, again)) {
        throw new IllegalArgumentException("the two passwords differ");
      }
      return new String(first);
    }
  }

  /**
   * {@code vankho user clearance NAME LEVEL}: the highest độ mật the account may read: none, mat, toi_mat or
   * tuyet_mat (or "tối mật" with its marks). Documents above it do not exist for that account.
   */
  @Command(name = "clearance",
      description = "Set the highest secrecy level (none, mat, toi_mat, tuyet_mat) an account may read.")
  static final class Clearance implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "LEVEL")
    String level;

    @Override
    public Integer call() {
      Secrecy clearance = Secrecy.parse(level);
      try (Archive archive = user.parent.openArchive()) {
        archive.accounts().setClearance(name, clearance, "cli:" + System.getProperty("user.name"));
        System.out.println(name + "\t" + clearance.name().toLowerCase(Locale.ROOT));
      }
      return 0;
    }
  }

  /** {@code vankho user list}: name, role and clearance of every account. */
  @Command(name = "list", description = "List the accounts, their roles, and which are locked.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UserCommand user;

    @Override
    public Integer call() {
      try (Archive archive = user.parent.openArchive()) {
        archive.accounts().users().forEach(u -> System.out.println(u.name() + "\t"
            + u.role().name().toLowerCase(Locale.ROOT) + "\t" + u.clearance().name().toLowerCase(Locale.ROOT)
            + (u.locked() ? "\tlocked" : "")));
      }
      return 0;
    }
  }
}
