package vn.vankho.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.index.SearchResults;
import vn.vankho.model.DestroyedDocument;
import vn.vankho.model.DestructionProposal;
import vn.vankho.model.Document;
import vn.vankho.model.Fonds;
import vn.vankho.model.RecordFile;
import vn.vankho.model.Refusal;
import vn.vankho.model.Retention;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Role;
import vn.vankho.model.Series;
import vn.vankho.model.TypedText;
import vn.vankho.store.ArrangementDao.FileRow;
import vn.vankho.store.ArrangementDao.Gone;
import vn.vankho.store.ArrangementStore;
import vn.vankho.store.ConstraintViolation;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.FileStore;
import vn.vankho.store.PageImageStore;
import vn.vankho.text.Diacritics;

/**
 * Fonds, series and files (hồ sơ), the documents archivists move into them, the file list (mục lục hồ sơ),
 * and the appraisal and destruction of files past their retention period: an archivist proposes, another
 * account, an admin's, approves, and the documents leave the database, the file store, the page images and
 * the index, leaving a record of each.
 */
public final class Arrangement {
  private static final Logger LOG = LoggerFactory.getLogger(Arrangement.class);
  private static final String[] FILE_LIST_HEADER = {"Mã hồ sơ", "Số hồ sơ", "Tiêu đề hồ sơ", "Thời gian bắt đầu",
      "Thời gian kết thúc", "Thời hạn bảo quản", "Chế độ sử dụng", "Ngôn ngữ", "Số lượng văn bản", "Ghi chú"};
  static final String DEFAULT_ACCESS = "Công khai";
  static final String DEFAULT_LANGUAGE = "Tiếng Việt";

  private final ArrangementStore store;
  private final DocumentStore documents;
  private final FileStore files;
  private final PageImageStore pageImages;
  private final RetentionSchedule schedule = new RetentionSchedule();
  private final Accounts accounts;
  private final Function<SearchRequest, SearchResults> search;
  private final Function<Long, Optional<ImplementationTree.View>> tree;
  private final Consumer<List<Long>> unindex;
  private final Clock clock;
  private static final String[] EVERY_LEVEL = Arrays.stream(Secrecy.values()).map(Secrecy::name).toArray(String[]::new);

  Arrangement(ArrangementStore store, DocumentStore documents, FileStore files, PageImageStore pageImages,
      Accounts accounts, Function<SearchRequest, SearchResults> search,
      Function<Long, Optional<ImplementationTree.View>> tree, Consumer<List<Long>> unindex, Clock clock) {
    this.store = store;
    this.documents = documents;
    this.files = files;
    this.pageImages = pageImages;
    this.accounts = accounts;
    this.search = search;
    this.tree = tree;
    this.unindex = unindex;
    this.clock = clock;
  }

  public List<Fonds> fonds() {
    return store.fonds();
  }

  public List<Series> series() {
    return store.series();
  }

  /** Adds a fonds under its body's identifier (mã định danh, e.g. "000.00.00.H41"), the start of its file codes. */
  public Fonds addFonds(String code, String name, String actor) {
    String identifier = TypedText.required(code, "Mã phông", TypedText.CODE).replaceAll("\\s+", "");
    try {
      return store.addFonds(identifier, TypedText.required(name, "Tên phông", TypedText.NAME), actor);
    } catch (ConstraintViolation taken) {
      throw Refusal.FONDS_TAKEN.of(identifier);
    }
  }

  /** Adds a series under the symbol its file codes end with (e.g. "KH" or "TĐKT"). */
  public Series addSeries(long fondsId, String code, String name, String actor) {
    String symbol = TypedText.required(code, "Ký hiệu", TypedText.CODE).replaceAll("\\s+", "");
    if (!symbol.matches("[\\p{L}\\p{N}-]+")) {
      throw Refusal.SERIES_SYMBOL.of(symbol);
    }
    String named = TypedText.required(name, "Tên tập hồ sơ", TypedText.NAME);
    try {
      return store.addSeries(fondsId, symbol, named, actor);
    } catch (ConstraintViolation v) {
      throw v.kind() == ConstraintViolation.Kind.FOREIGN_KEY ? Refusal.NO_FONDS.of(fondsId) : Refusal.SERIES_TAKEN.of(symbol);
    }
  }

  /**
   * Creates the next file of a series for a year. {@code retention} is "vĩnh viễn", a number of years, or blank
   * to follow the retention schedule; blank access rights and language take "Công khai" and "Tiếng Việt".
   */
  public RecordFile createFile(long seriesId, int year, String title, String retention, String accessRights,
      String language, String note, String actor) {
    if (year < 1900 || year > LocalDate.now(clock).getYear()) {
      throw Refusal.FILE_YEAR.of(year);
    }
    String period = retention == null || retention.isBlank() ? null : Retention.parse(Diacritics.nfc(retention)).stored();
    String titled = TypedText.required(title, "Tiêu đề hồ sơ", TypedText.TITLE);
    String access = Objects.requireNonNullElse(TypedText.optional(accessRights, "Chế độ sử dụng", TypedText.NAME),
        DEFAULT_ACCESS);
    String written = Objects.requireNonNullElse(TypedText.optional(language, "Ngôn ngữ", TypedText.NAME),
        DEFAULT_LANGUAGE);
    String noted = TypedText.optional(note, "Ghi chú", TypedText.NOTE);
    try {
      return file(store.createFile(seriesId, year, titled, period, access, written, noted, actor));
    } catch (ConstraintViolation taken) {
      throw Refusal.FILE_CODE_TAKEN.of();
    }
  }

  /**
   * The file list (mục lục hồ sơ) of one fonds, or of all when {@code fondsId} is null, each file's documents
   * counted and dated among those that exist for {@code reader}.
   */
  public List<RecordFile> files(Long fondsId, Reader reader) {
    return store.files(fondsId, reader.readable()).stream().map(this::file).toList();
  }

  /** A file as {@link #files} shows it to {@code reader}. */
  public Optional<RecordFile> file(long id, Reader reader) {
    return store.file(id, reader.readable()).map(this::file);
  }

  /** A file by its code, every document counted: for the hand-over package, which holds them all. */
  Optional<RecordFile> fileByCode(String code) {
    return store.fileByCode(code == null ? "" : code.strip(), EVERY_LEVEL).map(this::file);
  }


  /** The documents of a file, the oldest first. */
  List<Document> documentsOf(long fileId) {
    return store.documentsOf(fileId).stream().flatMap(id -> documents.find(id).stream()).toList();
  }

  /** The documents of a file that exist for {@code reader}, the oldest first: a file's page lists no hidden one. */
  List<Document> documentsOf(long fileId, Reader reader) {
    return documentsOf(fileId).stream().filter(reader::sees).toList();
  }

  /**
   * Moves documents into a file one by one (named by id); returns how many were not in it already. A document
   * above the mover's clearance is answered like a missing one, so an id typed by guess tells nothing.
   */
  public int move(List<Long> documentIds, long fileId, Reader mover) {
    for (long id : documentIds) {
      documents.find(id).filter(mover::sees)
          .orElseThrow(() -> Refusal.NO_DOCUMENT.of(id));
    }
    return store.move(documentIds, fileId, mover.actor()).size();
  }

  /** Moves every document a search finds into a file; returns how many moved. */
  public int moveSearchResults(String query, long fileId, String actor) {
    List<Long> found = new ArrayList<>();
    for (int offset = 0; ; offset += SearchRequest.MAX_LIMIT) {
      SearchResults results = search.apply(new SearchRequest(query, SearchRequest.MAX_LIMIT, offset));
      results.hits().stream().map(SearchHit::id).forEach(found::add);
      if (results.hits().size() < SearchRequest.MAX_LIMIT) {
        break;
      }
    }
    return store.move(found, fileId, actor).size();
  }

  /** Moves a document and every document that implements it, down its citation tree, into a file. */
  public int moveCitationTree(long rootId, long fileId, String actor) {
    ImplementationTree.View view = tree.apply(rootId)
        .orElseThrow(() -> Refusal.NO_DOCUMENT.of(rootId));
    Set<Long> ids = new LinkedHashSet<>();
    collect(view.root(), ids);
    return store.move(List.copyOf(ids), fileId, actor).size();
  }

  /** Writes the file list as CSV for a spreadsheet: Vietnamese header, UTF-8 with a byte order mark. */
  public void writeFileList(Long fondsId, Reader reader, Writer out) {
    try {
      out.write('\uFEFF');
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(FILE_LIST_HEADER).get());
      for (RecordFile f : files(fondsId, reader)) {
        csv.printRecord(PrecedentCsv.cells(f.code(), String.valueOf(f.number()), f.title(), date(f.startDate()),
            date(f.endDate()), f.retention().label(), f.accessRights(), f.language(), String.valueOf(f.documentCount()),
            f.note()));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files whose retention period has run out and that no proposal waits on: the appraisal list. */
  public List<RecordFile> dueForAppraisal(Reader reader) {
    LocalDate today = LocalDate.now(clock);
    Set<Long> proposed = new HashSet<>();
    store.proposals().stream().filter(DestructionProposal::open).forEach(p -> proposed.add(p.fileId()));
    return files(null, reader).stream().filter(f -> f.pastRetention(today) && !proposed.contains(f.id())).toList();
  }

  /** An archivist proposes to destroy a file past its period, saying why. */
  public long proposeDestruction(long fileId, String reason, String actor) {
    RecordFile file = store.file(fileId, EVERY_LEVEL).map(this::file)
        .orElseThrow(() -> Refusal.NO_FILE.of(fileId));
    if (!file.pastRetention(LocalDate.now(clock))) {
      throw Refusal.WITHIN_RETENTION.of(file.code(), file.retention().label());
    }
    return store.propose(fileId, TypedText.required(reason, "Lý do hủy", TypedText.NOTE), actor);
  }

  public List<DestructionProposal> proposals() {
    return store.proposals();
  }

  public void rejectDestruction(long proposalId, String actor) {
    requireAdmin(actor);
    store.reject(proposalId, actor);
  }

  /**
   * An admin other than the proposer approves: the record of each document is kept, the documents leave the
   * database, then their originals, page images and index entries go. Returns how many documents were destroyed.
   */
  public int approveDestruction(long proposalId, String approver) {
    requireAdmin(approver);
    List<Gone> gone = store.approveAndDestroy(proposalId, approver);
    for (Gone document : gone) {
      try {
        files.delete(document.sha256());
      } catch (IOException e) {
        // the record says it was destroyed; the leftover bytes are named so an admin can remove them
        LOG.error("destroyed document {}: could not remove its original {}: {}", document.id(), document.sha256(), e.toString());
      }
      pageImages.deleteAll(document.id());
    }
    unindex.accept(gone.stream().map(Gone::id).toList());
    return gone.size();
  }

  /** The record of every destroyed document, the latest first. */
  public List<DestroyedDocument> destroyed() {
    return store.destroyed();
  }

  private void requireAdmin(String actor) {
    boolean admin = accounts.users().stream().anyMatch(u -> u.name().equals(actor) && u.role() == Role.ADMIN && !u.locked());
    if (!admin) {
      throw Refusal.ADMINISTRATORS_DECIDE.of();
    }
  }

  private RecordFile file(FileRow row) {
    boolean fromSchedule = row.retention() == null;
    Retention retention = fromSchedule ? schedule.ofFile(row.kinds()) : Retention.parse(row.retention());
    return new RecordFile(row.id(), row.seriesId(), row.fondsCode(), row.fondsName(), row.seriesCode(), row.seriesName(),
        row.code(), row.year(), row.number(), row.title(), retention, fromSchedule, row.accessRights(), row.language(),
        row.note(), row.documentCount(), row.startDate(), row.endDate(), row.createdBy(), row.createdAt(),
        row.destroyedAt());
  }

  private static void collect(ImplementationTree.Node node, Set<Long> into) {
    into.add(node.id());
    node.children().forEach(child -> collect(child, into));
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
