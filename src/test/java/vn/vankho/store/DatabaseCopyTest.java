package vn.vankho.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import vn.vankho.testing.TestDatabases;

/**
 * The database copy on real PostgreSQL: a table a later migration adds is copied without being named anywhere,
 * tables load after those they reference, and tables that reference each other (a cycle no order loads) and a
 * table that references itself load too.
 */
class DatabaseCopyTest {
  /**
   * Tables no migration has, standing for those another change adds: a tree of boxes on shelves, and each shelf
   * naming its first box (names no migration uses: V10 made a table fonds).
   */
  private static final String FOLDERS = """
      CREATE TABLE shelves (id bigint PRIMARY KEY, name text NOT NULL, first_box bigint);
      CREATE TABLE boxes (
          id        bigint PRIMARY KEY,
          shelf_id  bigint NOT NULL REFERENCES shelves (id),
          parent_id bigint REFERENCES boxes (id),
          document  bigint REFERENCES documents (id),
          title     text NOT NULL
      );
      ALTER TABLE shelves ADD FOREIGN KEY (first_box) REFERENCES boxes (id)""";

  @Test
  void everyTableOfTheCatalogueIsCopiedInForeignKeyOrderAndLoadsBackWhole() throws Exception {
    Map<String, ByteArrayOutputStream> copied = new HashMap<>();
    DatabaseCopy.Snapshot snapshot;
    try (Database source = Database.open(TestDatabases.freshDatabase())) {
      source.jdbi().useHandle(h -> {
        h.execute(FOLDERS);
        h.execute("INSERT INTO documents (id, sha256, file_name, media_type, size_bytes) VALUES (7, 'ab', 'a.pdf', 'application/pdf', 1)");
        h.execute("INSERT INTO shelves VALUES (1, 'Phông UBND xã', NULL)");
        h.execute("INSERT INTO boxes VALUES (1, 1, NULL, NULL, 'Văn bản đi')");
        h.execute("INSERT INTO boxes VALUES (2, 1, 1, 7, 'Hồ sơ 01')");
        h.execute("UPDATE shelves SET first_box = 1");
        h.execute("SELECT setval('documents_id_seq', 7)");
      });
      snapshot = DatabaseCopy.export(source, table -> copied.computeIfAbsent(table, t -> new ByteArrayOutputStream()));
    }

    List<String> order = snapshot.tables().stream().map(DatabaseCopy.Table::name).toList();
    assertTrue(order.containsAll(List.of("boxes", "shelves")), "tables named nowhere in the code are copied: " + order);
    assertFalse(order.contains("flyway_schema_history"), "the target's migrations write their own history");
    assertBefore(order, "documents", "boxes");
    assertBefore(order, "documents", "pages");
    assertBefore(order, "awardees", "awards");
    assertBefore(order, "campaigns", "awards");
    assertBefore(order, "users", "sessions");
    assertEquals(2, snapshot.tables().get(order.indexOf("boxes")).rows());

    try (Database target = Database.openAt(TestDatabases.freshDatabase(), snapshot.schemaVersion())) {
      target.jdbi().useHandle(h -> h.execute(FOLDERS));
      DatabaseCopy.load(target, snapshot.tables(), snapshot.sequences(),
          table -> new ByteArrayInputStream(copied.get(table).toByteArray()));
      target.jdbi().useHandle(h -> {
        assertEquals(List.of("1 null Văn bản đi", "2 1 Hồ sơ 01"), h.createQuery(
            "SELECT id || ' ' || coalesce(parent_id::text, 'null') || ' ' || title FROM boxes ORDER BY id")
            .mapTo(String.class).list());
        assertEquals(1, h.createQuery("SELECT first_box FROM shelves").mapTo(Integer.class).one());
        assertEquals(8L, h.createQuery("SELECT nextval('documents_id_seq')").mapTo(Long.class).one(),
            "the sequences go on where they were");
        assertFalse(deferrable(h), "the foreign keys are as the migrations made them again");
      });

      IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DatabaseCopy.load(target,
          snapshot.tables(), snapshot.sequences(), table -> new ByteArrayInputStream(copied.get(table).toByteArray())));
      assertTrue(refused.getMessage().contains("the database is not empty"), refused.getMessage());
    }
  }

  private static boolean deferrable(Handle h) {
    return h.createQuery("SELECT bool_or(condeferrable) FROM pg_constraint WHERE contype = 'f'")
        .mapTo(Boolean.class).one();
  }

  private static void assertBefore(List<String> order, String first, String then) {
    assertTrue(order.indexOf(first) < order.indexOf(then), first + " loads before " + then + ": " + order);
  }
}
