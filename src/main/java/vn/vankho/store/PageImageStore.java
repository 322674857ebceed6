package vn.vankho.store;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Images of scanned pages, to show beside their text: {@code page-images/<document>/<page>.png}, in
 * gray, scaled to a width a screen shows; and of fields flagged for review, cut out of them
 * ({@code field-<name>.png}). Derived from the original, so they can be made again. Kept in the data folder, or,
 * when the file store is one every machine reads (S3), there under {@code page-images/…}: then the data folder of
 * each machine is only a cache of them, filled when an image is first asked for.
 */
public final class PageImageStore {
  private static final int SHOWN_WIDTH = 1200;

  private final Path root;
  private final FileStore shared;

  public PageImageStore(Path root, FileStore shared) {
    this.root = root;
    this.shared = shared;
  }

  /** Keeps the image of a page, replacing the one an earlier reading made; returns the SHA-256 of what it kept. */
  public String save(long documentId, int pageNumber, BufferedImage page) {
    Path target = path(documentId, pageNumber);
    try {
      Files.createDirectories(target.getParent());
      Path partial = target.resolveSibling(pageNumber + ".png.part");
      ImageIO.write(scaled(page), "png", partial.toFile());
      String sha256 = FileStore.sha256Of(partial);
      keep(partial, target);
      return sha256;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the image of page " + pageNumber + " of document " + documentId, e);
    }
  }

  /** The folder everything here is kept under. */
  public Path root() {
    return root;
  }

  /** Keeps the image of a field of a document cut out of its page ({@code field} names it in lower case). */
  public void saveField(long documentId, String field, BufferedImage crop) {
    Path target = fieldPath(documentId, field);
    try {
      Files.createDirectories(target.getParent());
      Path partial = target.resolveSibling(target.getFileName() + ".part");
      ImageIO.write(crop, "png", partial.toFile());
      keep(partial, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the image of field " + field + " of document " + documentId, e);
    }
  }

  /** Drops the image of a field, if kept: a new reading no longer flags it. */
  public void dropField(long documentId, String field) {
    try {
      Path path = fieldPath(documentId, field);
      Files.deleteIfExists(path);
      shared.deleteDerived(name(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot drop the image of field " + field + " of document " + documentId, e);
    }
  }

  /** The image of a field cut out of its page, if one was kept. */
  public Optional<Path> findField(long documentId, String field) {
    return cached(fieldPath(documentId, field));
  }

  private Path fieldPath(long documentId, String field) {
    if (!field.matches("[a-z]+")) throw new IllegalArgumentException("not a field name: " + field);
    return folder(documentId).resolve(fieldFileName(field));
  }

  /** Where a document's images are kept: its page images and field crops side by side. */
  private Path folder(long documentId) {
    return root.resolve(Long.toString(documentId));
  }

  private static String fieldFileName(String field) {
    return "field-" + field + ".png";
  }

  private static String pageFileName(int pageNumber) {
    return pageNumber + ".png";
  }

  /**
   * Which images of a document are kept, found at once (a listing of its folder here and in the shared store), for
   * those that ask it of every page: {@link #find} fetches each image it finds, a request to a bucket per page.
   */
  public Kept kept(long documentId) {
    Path folder = folder(documentId);
    Set<String> files = new HashSet<>();
    try {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> here = Files.list(folder)) {
          here.forEach(file -> files.add(file.getFileName().toString()));
        }
      }
      for (String name : shared.listDerived(name(folder) + "/")) {
        files.add(name.substring(name.lastIndexOf('/') + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the images of document " + documentId, e);
    }
    return new Kept(files);
  }

  /** The images kept of one document, by file name. */
  public record Kept(Set<String> files) {
    public boolean page(int pageNumber) {
      return files.contains(pageFileName(pageNumber));
    }

    public boolean field(String field) {
      return files.contains(fieldFileName(field));
    }
  }

  /** The image of a page, if the page was read from a picture. */
  public Optional<Path> find(long documentId, int pageNumber) {
    return cached(path(documentId, pageNumber));
  }

  /** The kept image of a page, read where it is kept (a shared store's is not cached: the reader made it). */
  public Optional<BufferedImage> read(long documentId, int pageNumber) {
    Path path = path(documentId, pageNumber);
    try (InputStream in = shared.sharesDerived() ? shared.openDerived(name(path)) : Files.newInputStream(path)) {
      return Optional.ofNullable(ImageIO.read(in));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the image of page " + pageNumber + " of document " + documentId, e);
    }
  }

  /**
   * Where the image of a page is, as the file store holds it now (fetched again from a shared store), for those that
   * check or copy what is kept: fixity and backup. An image only here, not in the shared store (one made before
   * images went there), is put there: fixity then checks that copy against its recorded digest.
   */
  public Path current(long documentId, int pageNumber) {
    Path path = path(documentId, pageNumber);
    if (shared.sharesDerived() && !fetch(path) && Files.exists(path)) {
      try {
        shared.putDerived(name(path), path);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot put " + path + " into the file store", e);
      }
    }
    return path;
  }

  /**
   * Puts a written image in its place: the data folder, or the shared store only, so that no machine's data folder
   * holds an image another cannot see (this one's copy of an earlier reading goes, to be fetched again if asked for).
   */
  private void keep(Path partial, Path target) throws IOException {
    if (shared.sharesDerived()) {
      shared.putDerived(name(target), partial);
      Files.delete(partial);
      Files.deleteIfExists(target);
    } else {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private Optional<Path> cached(Path path) {
    return Files.exists(path) || shared.sharesDerived() && fetch(path) ? Optional.of(path) : Optional.empty();
  }

  /** Fetches a shared image into its place here, whole; false when the store holds none. */
  private boolean fetch(Path path) {
    try (InputStream in = shared.openDerived(name(path))) {
      Files.createDirectories(path.getParent());
      Path partial = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".part");
      try {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fetch " + name(path), e);
    }
  }

  /** The name of a kept image in the shared store: {@code page-images/<document>/<file>}. */
  private String name(Path path) {
    return "page-images/" + root.relativize(path).toString().replace('\\', '/');
  }

  /** Removes every page image of a document (a destroyed one). */
  public void deleteAll(long documentId) {
    Path folder = folder(documentId);
    try {
      shared.deleteDerived("page-images/" + documentId + "/");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the page images of document " + documentId, e);
    }
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var images = Files.list(folder)) {
      for (Path image : images.toList()) {
        Files.delete(image);
      }
      Files.delete(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the page images of document " + documentId, e);
    }
  }

  /** Where the image of a page is kept, or would be. */
  public Path path(long documentId, int pageNumber) {
    return folder(documentId).resolve(pageFileName(pageNumber));
  }

  private static BufferedImage scaled(BufferedImage page) {
    if (page.getWidth() <= SHOWN_WIDTH) {
      return page;
    }
    int height = (int) Math.round((double) page.getHeight() * SHOWN_WIDTH / page.getWidth());
    BufferedImage small = new BufferedImage(SHOWN_WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = small.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(page, 0, 0, SHOWN_WIDTH, height, null);
    } finally {
      g.dispose();
    }
    return small;
  }
}
