package vn.vankho.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.vankho.store.ChangedBytesException;
import vn.vankho.store.Database;
import vn.vankho.store.DatabaseCopy;
import vn.vankho.store.FileStore;
import vn.vankho.store.KeptFile;
import vn.vankho.store.PageImageStore;

/**
 * A backup of an archive in a folder, and reading one back. The folder holds the database as one COPY file per
 * table ({@code database/<table>.copy}), the originals and page images in the data folder's own layout
 * ({@code files/ab/cd/<sha256>}, {@code page-images/<document>/<page>.png}) and, written last, {@code
 * manifest.json}: the time, the schema version, the tables with their columns and rows, the sequences, and
 * every file of the backup with its SHA-256 and size. A folder without a manifest is not a backup.
 *
 * <p>The database is copied from one snapshot first; the files its records name are copied after it. Kept
 * originals never change, so each one copied is the one the snapshot names, checked against its SHA-256.
 */
final class Backup {
  static final String MANIFEST = "manifest.json";
  static final int FORMAT = 1;
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  /** What a backup folder holds. */
  record Manifest(int format, Instant createdAt, String schemaVersion, List<DatabaseCopy.Table> tables,
      List<DatabaseCopy.Sequence> sequences, List<Entry> files) {}

  /** One file of the backup, by its path in the folder. */
  record Entry(String path, String sha256, long size) {}

  /** Where bytes to back up are read from: a file of the data folder, or an original in the store. */
  private interface Source {
    InputStream open() throws IOException;
  }

  private Backup() {}

  /** Writes a backup of the archive into {@code folder}, which must be empty or not exist yet. */
  static BackupReport write(Database database, FileStore files, PageImageStore pageImages,
      Path folder) throws IOException {
    refuseUnlessEmpty(folder, "the backup folder");
    Files.createDirectories(folder);
    if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(folder, OWNER_ONLY); // the accounts' password hashes are in it
    }
    Path tables = Files.createDirectories(folder.resolve("database"));
    DatabaseCopy.Snapshot snapshot = DatabaseCopy.export(database,
        table -> Files.newOutputStream(tables.resolve(table + ".copy")));
    List<Entry> entries = new ArrayList<>();
    for (DatabaseCopy.Table table : snapshot.tables()) {
      entries.add(entry(folder, tableFile(table.name())));
    }
    List<String> problems = new ArrayList<>();
    int originals = 0;
    for (KeptFile original : snapshot.originals()) {
      String sha256 = original.sha256();
      if (files.exists(sha256)
          && copyChecked(() -> files.open(sha256), sha256, folder, "files/" + FileStore.relativePath(sha256), entries)) {
        originals++;
      } else {
        problems.add("the original of document " + original.documentId() + " (" + original.fileName()
            + ") is missing or damaged: not in the backup (`vankho verify` lists it; importing the file again repairs it)");
      }
    }
    int images = 0;
    for (KeptFile image : snapshot.pageImages()) {
      Path source = pageImages.current(image.documentId(), image.page());
      if (Files.exists(source) && copyChecked(() -> Files.newInputStream(source), image.sha256(), folder,
          relative("page-images", pageImages.root(), source), entries)) {
        images++;
      } else {
        problems.add("the image of page " + image.page() + " of document " + image.documentId()
            + " is missing or changed (read again meanwhile?): not in the backup; `vankho reread "
            + image.documentId() + "` after restoring makes it again");
      }
    }
    Manifest manifest = new Manifest(FORMAT, Instant.now(), snapshot.schemaVersion(), snapshot.tables(),
        snapshot.sequences(), entries);
    Path partial = folder.resolve(MANIFEST + ".part");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), manifest);
    Files.move(partial, folder.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
    long rows = snapshot.tables().stream().mapToLong(DatabaseCopy.Table::rows).sum();
    return new BackupReport(folder, snapshot.schemaVersion(), snapshot.tables().size(), rows, originals, images,
        problems);
  }

  /** Reads the manifest of the backup in {@code folder} and checks every file it lists; throws on the first wrong one. */
  static Manifest readChecked(Path folder) throws IOException {
    Path manifestFile = folder.resolve(MANIFEST);
    if (!Files.exists(manifestFile)) {
      throw new IllegalArgumentException(folder + " holds no " + MANIFEST + ": not a backup, or one that did not finish");
    }
    Manifest manifest = Json.mapper().readValue(manifestFile.toFile(), Manifest.class);
    if (manifest.format() != FORMAT) {
      throw new IllegalArgumentException("backup format " + manifest.format() + " is not one this version reads ("
          + FORMAT + ")");
    }
    List<String> wrong = new ArrayList<>();
    for (Entry entry : manifest.files()) {
      Path file = inside(folder, entry.path());
      if (!Files.isRegularFile(file)) {
        wrong.add(entry.path() + " is missing");
      } else if (Files.size(file) != entry.size() || !FileStore.sha256Of(file).equals(entry.sha256())) {
        wrong.add(entry.path() + " does not match its SHA-256 in the manifest");
      }
    }
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException("the backup in " + folder + " is damaged: " + String.join("; ", wrong));
    }
    return manifest;
  }

  /**
   * Puts the originals of a checked backup into the file store (a folder or a bucket) and its page images into the
   * data folder, in the same layout, and into the store too when other machines read them there.
   */
  static void restoreFiles(Manifest manifest, Path backup, Path dataFolder, FileStore files) throws IOException {
    for (Entry entry : manifest.files()) {
      if (entry.path().startsWith("files/")) {
        try (InputStream in = Files.newInputStream(inside(backup, entry.path()));
            FileStore.Received received = files.receive(in)) {
          files.keep(received);
        }
      } else if (entry.path().startsWith("page-images/")) {
        Path target = inside(dataFolder, entry.path());
        Files.createDirectories(target.getParent());
        Files.copy(inside(backup, entry.path()), target);
        files.putDerived(entry.path(), target);
      }
    }
  }

  static InputStream openTable(Path backup, String table) throws IOException {
    return Files.newInputStream(inside(backup, tableFile(table)));
  }

  /** Refuses a folder that exists and holds anything: a backup or a restore never mixes with what is there. */
  static void refuseUnlessEmpty(Path folder, String what) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> inside = Files.list(folder)) {
        if (inside.findAny().isPresent()) {
          throw new IllegalArgumentException(what + " " + folder + " is not empty: choose an empty or new folder");
        }
      }
    }
  }

  private static String tableFile(String table) {
    return "database/" + table + ".copy";
  }

  /** The path in the backup of a file kept under {@code root} in the data folder's folder {@code under}. */
  private static String relative(String under, Path root, Path kept) {
    return under + "/" + root.relativize(kept).toString().replace('\\', '/');
  }

  /** A path of the manifest resolved in {@code root}, refusing one that would lead out of it. */
  private static Path inside(Path root, String path) {
    Path resolved = root.resolve(path).normalize();
    if (Path.of(path).isAbsolute() || !resolved.startsWith(root.normalize())) {
      throw new IllegalArgumentException("the manifest names a path outside the backup: " + path);
    }
    return resolved;
  }

  private static Entry entry(Path folder, String path) throws IOException {
    Path file = folder.resolve(path);
    return new Entry(path, FileStore.sha256Of(file), Files.size(file));
  }

  /**
   * Copies {@code source} to {@code path} in the backup, hashing it on the way; keeps it and lists it only when
   * it has the bytes {@code sha256} names: a damaged one is left out (and listed by the caller), not thrown.
   */
  private static boolean copyChecked(Source source, String sha256, Path folder, String path, List<Entry> entries)
      throws IOException {
    Path target = folder.resolve(path);
    Files.createDirectories(target.getParent());
    MessageDigest digest = sha256();
    long size;
    try (InputStream in = new DigestInputStream(source.open(), digest);
        OutputStream out = Files.newOutputStream(target)) {
      size = in.transferTo(out);
    } catch (ChangedBytesException damaged) {
      Files.delete(target);
      return false;
    }
    if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
      Files.delete(target);
      return false;
    }
    entries.add(new Entry(path, sha256, size));
    return true;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
