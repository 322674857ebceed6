package vn.vankho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Accounts;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.model.AuditEntry;
import vn.vankho.model.Role;
import vn.vankho.model.Secrecy;
import vn.vankho.testing.TestDatabases;

class UserCommandTest {
  @TempDir Path data;

  @Test
  void theFirstAdminGetsThePasswordFromStandardInput() {
    String database = TestDatabases.freshDatabase();
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("mật khẩu quản trị\n".getBytes(StandardCharsets.UTF_8)));
      assertEquals(0, VankhoCommand.commandLine().execute("--data", data.toString(), "--database-url", database,
          "user", "add", "--role", "admin", "QuanTri"));
    } finally {
      System.setIn(stdin);
    }
    try (Archive archive = Archive.open(ArchiveSettings.of(data, database))) {
      assertEquals(Role.ADMIN, archive.accounts().users().get(0).role());
      assertEquals(Accounts.Login.Outcome.OPENED, archive.accounts().login("quantri", "mật khẩu quản trị", "127.0.0.1").outcome());
      assertEquals(Accounts.Login.Outcome.REFUSED, archive.accounts().login("quantri", "sai", "127.0.0.1").outcome());
    }
  }

  @Test
  void aShortPasswordIsRefused() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("ngắn\n".getBytes(StandardCharsets.UTF_8)));
      assertEquals(1, VankhoCommand.commandLine().execute("--data", data.toString(), "--database-url",
          TestDatabases.freshDatabase(), "user", "add", "--role", "reader", "ai"));
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void anAdministratorSetsAClearanceFromTheCommandLine() {
    String database = TestDatabases.freshDatabase();
    try (Archive archive = Archive.open(ArchiveSettings.of(data, database))) {
      archive.accounts().addOrUpdate("quantri", "mật khẩu quản trị", Role.ADMIN);
      archive.accounts().addOrUpdate("canbo", "mật khẩu cán bộ", Role.READER);
    }
    assertEquals(0, VankhoCommand.commandLine().execute("--data", data.toString(), "--database-url", database,
        "user", "clearance", "CanBo", "tối mật"));
    assertEquals(2, VankhoCommand.commandLine().execute("--data", data.toString(), "--database-url", database,
        "user", "clearance", "canbo"), "the level is required");
    assertEquals(1, VankhoCommand.commandLine().execute("--data", data.toString(), "--database-url", database,
        "user", "clearance", "canbo", "bí mật"), "not a level");
    try (Archive archive = Archive.open(ArchiveSettings.of(data, database))) {
      assertEquals(Secrecy.TOI_MAT, archive.accounts().users().stream().filter(u -> u.name().equals("canbo"))
          .findFirst().orElseThrow().clearance());
      assertEquals(Secrecy.NONE, archive.accounts().users().stream().filter(u -> u.name().equals("quantri"))
          .findFirst().orElseThrow().clearance(), "a new account is cleared for nothing classified");
      assertEquals(List.of("set clearance"), archive.records().audit(10).stream().map(AuditEntry::action)
          .filter(a -> a.contains("clearance")).toList());
    }
  }
}
