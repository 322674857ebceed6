package vn.vankho.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A copy of every table of the archive's database taken while the archive runs, and its loading into an
 * empty one. The tables are found in the catalogue, not listed here, so a table a later migration adds is
 * copied too; they are written in the order their foreign keys allow loading them (a referenced table
 * before the tables that reference it), each with PostgreSQL's COPY in its text format.
 *
 * <p>The copy is one REPEATABLE READ, READ ONLY transaction: every table, the sequences, the schema version
 * and the list of files the records name come from one snapshot, however many imports commit meanwhile.
 */
public final class DatabaseCopy {
  /** Flyway's own table: the schema version is kept apart, and the target's migrations write their own. */
  private static final String SCHEMA_HISTORY = "flyway_schema_history";

  private DatabaseCopy() {}

  /** A table as copied: its columns in the order of the copy, and how many rows it had. */
  public record Table(String name, List<String> columns, long rows) {}

  /** A sequence's position, so that new rows of the restored archive get new ids. */
  public record Sequence(String name, long value, boolean called) {}

  /**
   * What one snapshot held: the schema version, the tables in loading order, the sequences, and the files
   * its records name (originals, and page images with a recorded SHA-256).
   */
  public record Snapshot(String schemaVersion, List<Table> tables, List<Sequence> sequences,
      List<KeptFile> originals, List<KeptFile> pageImages) {}

  /** Where the rows of one table are written. */
  @FunctionalInterface
  public interface Sink {
    OutputStream open(String table) throws IOException;
  }

  /** Where the rows of one table are read from. */
  @FunctionalInterface
  public interface Source {
    InputStream open(String table) throws IOException;
  }

  /** Writes every table of {@code database} to {@code sink}, all from one snapshot. */
  public static Snapshot export(Database database, Sink sink) {
    try (Handle handle = database.jdbi().open()) {
      Connection connection = handle.getConnection();
      connection.setAutoCommit(false);
      try (Statement sql = connection.createStatement()) {
        sql.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        String version = schemaVersion(connection);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<Table> tables = new ArrayList<>();
        for (String table : loadingOrder(connection)) {
          List<String> columns = columns(connection, table);
          long rows;
          try (OutputStream out = sink.open(table)) {
            rows = copy.copyOut("COPY " + quote(table) + " (" + columnList(columns) + ") TO STDOUT", out);
          }
          tables.add(new Table(table, columns, rows));
        }
        List<Sequence> sequences = sequences(connection);
        FixityDao files = handle.attach(FixityDao.class);
        Snapshot snapshot = new Snapshot(version, tables, sequences, files.originals(), files.pageImages(false));
        connection.commit();
        return snapshot;
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot copy the archive's database: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the copy of the archive's database", e);
    }
  }

  /**
   * Loads {@code tables} and {@code sequences} from {@code source} into {@code database}, whose schema must
   * be at the copy's version and whose tables must all be empty; all of it or, on any failure, nothing.
   * Foreign keys are checked once everything is in, so tables that reference each other (a cycle no order
   * loads) load too.
   */
  public static void load(Database database, List<Table> tables, List<Sequence> sequences, Source source) {
    try (Handle handle = database.jdbi().open()) {
      Connection connection = handle.getConnection();
      refuseUnlessEmpty(connection);
      connection.setAutoCommit(false);
      try (Statement sql = connection.createStatement()) {
        List<String> deferred = deferForeignKeys(connection);
        sql.execute("SET CONSTRAINTS ALL DEFERRED");
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (Table table : tables) {
          long rows;
          try (InputStream in = source.open(table.name())) {
            rows = copy.copyIn("COPY " + quote(table.name()) + " (" + columnList(table.columns()) + ") FROM STDIN", in);
          }
          if (rows != table.rows()) {
            throw new IllegalStateException("table " + table.name() + ": " + rows + " rows loaded, the copy says "
                + table.rows());
          }
        }
        sql.execute("SET CONSTRAINTS ALL IMMEDIATE");
        for (String constraint : deferred) {
          sql.execute(constraint + " NOT DEFERRABLE");
        }
        try (PreparedStatement set = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
          for (Sequence sequence : sequences) {
            set.setString(1, quote(sequence.name()));
            set.setLong(2, sequence.value());
            set.setBoolean(3, sequence.called());
            set.execute();
          }
        }
        connection.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load the copy into the database: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the copy of the database", e);
    }
  }

  /** The archive's tables, each after the tables it references; tables caught in a cycle last, by name. */
  static List<String> loadingOrder(Connection connection) throws SQLException {
    Map<String, Set<String>> references = new TreeMap<>();
    for (String table : tables(connection)) {
      references.put(table, new TreeSet<>());
    }
    try (Statement sql = connection.createStatement(); ResultSet keys = sql.executeQuery("""
        SELECT t.relname AS referencing, r.relname AS referenced
          FROM pg_constraint c
          JOIN pg_class t ON t.oid = c.conrelid
          JOIN pg_class r ON r.oid = c.confrelid
         WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace""")) {
      while (keys.next()) {
        String referencing = keys.getString(1);
        String referenced = keys.getString(2);
        if (!referencing.equals(referenced) && references.containsKey(referencing)) {
          references.get(referencing).add(referenced);
        }
      }
    }
    List<String> order = new ArrayList<>();
    Map<String, Set<String>> waiting = new LinkedHashMap<>(references);
    boolean progress = true;
    while (!waiting.isEmpty() && progress) {
      progress = false;
      for (var entry : List.copyOf(waiting.entrySet())) {
        if (order.containsAll(entry.getValue())) {
          order.add(entry.getKey());
          waiting.remove(entry.getKey());
          progress = true;
        }
      }
    }
    order.addAll(waiting.keySet()); // a cycle: deferred foreign keys load it whatever the order
    return order;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement sql = connection.prepareStatement("""
        SELECT c.relname FROM pg_class c
         WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> ?
         ORDER BY c.relname""")) {
      sql.setString(1, SCHEMA_HISTORY);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
    }
    return tables;
  }

  /** The columns COPY can write and load back: not the generated ones, which PostgreSQL computes again. */
  private static List<String> columns(Connection connection, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement sql = connection.prepareStatement("""
        SELECT attname FROM pg_attribute
         WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
         ORDER BY attnum""")) {
      sql.setString(1, quote(table));
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
    }
    return columns;
  }

  private static List<Sequence> sequences(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("""
        SELECT relname FROM pg_class
         WHERE relnamespace = current_schema()::regnamespace AND relkind = 'S' ORDER BY relname""")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    List<Sequence> sequences = new ArrayList<>();
    for (String name : names) {
      try (Statement sql = connection.createStatement();
          ResultSet row = sql.executeQuery("SELECT last_value, is_called FROM " + quote(name))) {
        row.next();
        sequences.add(new Sequence(name, row.getLong(1), row.getBoolean(2)));
      }
    }
    return sequences;
  }

  /** The version of the last migration applied, as Flyway names it. */
  static String schemaVersion(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(
        "SELECT version FROM " + SCHEMA_HISTORY + " WHERE success AND version IS NOT NULL"
            + " ORDER BY installed_rank DESC LIMIT 1")) {
      if (!row.next()) {
        throw new IllegalStateException("the database has no schema history: not an archive's database");
      }
      return row.getString(1);
    }
  }

  private static void refuseUnlessEmpty(Connection connection) throws SQLException {
    for (String table : tables(connection)) {
      try (Statement sql = connection.createStatement();
          ResultSet row = sql.executeQuery("SELECT EXISTS (SELECT 1 FROM " + quote(table) + ")")) {
        row.next();
        if (row.getBoolean(1)) {
          throw new IllegalStateException("the database is not empty (table " + table + " has rows): a backup is"
              + " restored into an empty database only");
        }
      }
    }
  }

  /**
   * Makes every foreign key of the schema deferrable for this transaction; returns for each the statement
   * that, ended with NOT DEFERRABLE, puts it back as it was.
   */
  private static List<String> deferForeignKeys(Connection connection) throws SQLException {
    List<String> altered = new ArrayList<>();
    try (Statement sql = connection.createStatement(); ResultSet keys = sql.executeQuery("""
        SELECT conrelid::regclass::text, conname FROM pg_constraint
         WHERE contype = 'f' AND NOT condeferrable AND connamespace = current_schema()::regnamespace""")) {
      while (keys.next()) {
        altered.add("ALTER TABLE " + keys.getString(1) + " ALTER CONSTRAINT " + quote(keys.getString(2)));
      }
    }
    try (Statement sql = connection.createStatement()) {
      for (String alter : altered) {
        sql.execute(alter + " DEFERRABLE");
      }
    }
    return altered;
  }

  private static String columnList(List<String> columns) {
    return String.join(", ", columns.stream().map(DatabaseCopy::quote).toList());
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
