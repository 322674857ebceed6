package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.DestroyedDocument;
import vn.vankho.model.DestructionProposal;
import vn.vankho.model.Fonds;
import vn.vankho.model.Series;
import vn.vankho.store.ArrangementDao.FileRow;
import vn.vankho.store.ArrangementDao.Gone;
import vn.vankho.model.Refusal;

/**
 * The arrangement of the archive (fonds, series, files) and the destruction of files, each change in one
 * transaction with its audit entry.
 */
public final class ArrangementStore {
  private final Jdbi jdbi;
  /** For the looks at a file that need only its code and state, not what it holds. */
  private static final String[] COUNTING_NONE = {};

  public ArrangementStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Adds a fonds; a {@link ConstraintViolation} when its code is taken. */
  public Fonds addFonds(String code, String name, String actor) {
    return ConstraintViolation.translated(() -> jdbi.inTransaction(h -> {
      Fonds fonds = h.attach(ArrangementDao.class).addFonds(code, name);
      h.attach(AuditDao.class).record(actor, "add fonds", null, null, null, fonds.code() + " " + fonds.name());
      return fonds;
    }));
  }

  /** Adds a series; a {@link ConstraintViolation} when the fonds has its symbol already, or is not there. */
  public Series addSeries(long fondsId, String code, String name, String actor) {
    return ConstraintViolation.translated(() -> jdbi.inTransaction(h -> {
      Series series = h.attach(ArrangementDao.class).addSeries(fondsId, code, name);
      h.attach(AuditDao.class).record(actor, "add series", null, null, null, series.code() + " " + series.name());
      return series;
    }));
  }

  public List<Fonds> fonds() {
    return jdbi.withExtension(ArrangementDao.class, ArrangementDao::fonds);
  }

  public List<Series> series() {
    return jdbi.withExtension(ArrangementDao.class, ArrangementDao::series);
  }

  /**
   * Creates the next file of a series for a year; returns it. Files of one series and year are numbered from 1.
   * A {@link ConstraintViolation} when its code is another file's.
   */
  public FileRow createFile(long seriesId, int year, String title, String retention, String accessRights,
      String language, String note, String actor) {
    return ConstraintViolation.translated(() -> jdbi.inTransaction(h -> {
      // files of one series are numbered one at a time, so two archivists never take the same number
      h.execute("SELECT pg_advisory_xact_lock(hashtext('record_files'), CAST(? AS integer))", (int) seriesId);
      ArrangementDao dao = h.attach(ArrangementDao.class);
      long id = dao.addFile(seriesId, year, title, retention, accessRights, language, note, actor)
          .orElseThrow(() -> Refusal.NO_SERIES.of(seriesId));
      FileRow created = dao.file(id, COUNTING_NONE).orElseThrow();
      h.attach(AuditDao.class).record(actor, "create file", null, null, null, created.code() + " " + created.title());
      return created;
    }));
  }

  /** A file, its documents counted among those whose độ mật is in {@code readable}. */
  public Optional<FileRow> file(long id, String[] readable) {
    return jdbi.withExtension(ArrangementDao.class, dao -> dao.file(id, readable));
  }

  public Optional<FileRow> fileByCode(String code, String[] readable) {
    return jdbi.withExtension(ArrangementDao.class, dao -> dao.fileByCode(code, readable));
  }

  /** The files not destroyed, of one fonds or (null) of all, counted as {@link #file} counts. */
  public List<FileRow> files(Long fondsId, String[] readable) {
    return jdbi.withExtension(ArrangementDao.class, dao -> dao.files(fondsId, readable));
  }

  public List<Long> documentsOf(long fileId) {
    return jdbi.withExtension(ArrangementDao.class, dao -> dao.documentsOf(fileId));
  }

  /** Moves documents into a file, each move in the audit log; returns the ids that were not in it already. */
  public List<Long> move(List<Long> documentIds, long fileId, String actor) {
    return jdbi.inTransaction(h -> {
      ArrangementDao dao = h.attach(ArrangementDao.class);
      FileRow file = dao.file(fileId, COUNTING_NONE).filter(f -> f.destroyedAt() == null)
          .orElseThrow(() -> Refusal.NO_FILE.of(fileId));
      if (dao.awaitsDestruction(fileId)) {
        // what the admin approves is the file as it was proposed
        throw Refusal.FILE_AWAITS_DESTRUCTION.of(file.code());
      }
      List<Long> moved = dao.move(documentIds.stream().mapToLong(Long::longValue).toArray(), fileId);
      AuditDao audit = h.attach(AuditDao.class);
      moved.forEach(id -> audit.record(actor, "move to file", id, "file", null, file.code()));
      return moved;
    });
  }

  public long propose(long fileId, String reason, String actor) {
    return jdbi.inTransaction(h -> {
      FileRow file = h.attach(ArrangementDao.class).file(fileId, COUNTING_NONE).filter(f -> f.destroyedAt() == null)
          .orElseThrow(() -> Refusal.NO_FILE.of(fileId));
      long id = h.attach(ArrangementDao.class).propose(fileId, reason, actor);
      h.attach(AuditDao.class).record(actor, "propose destruction", null, null, null, file.code() + ": " + reason);
      return id;
    });
  }

  public List<DestructionProposal> proposals() {
    return jdbi.withExtension(ArrangementDao.class, ArrangementDao::proposals);
  }

  public void reject(long proposalId, String actor) {
    jdbi.useTransaction(h -> {
      DestructionProposal proposal = open(h.attach(ArrangementDao.class), proposalId);
      h.attach(ArrangementDao.class).decide(proposalId, "REJECTED", actor);
      h.attach(AuditDao.class).record(actor, "reject destruction", null, null, null, proposal.fileCode());
    });
  }

  /**
   * Approves a proposal and destroys the file's documents in one transaction: the record of each is written,
   * then the rows go. Returns what went, so that their bytes, page images and index entries go too. The
   * approver must be another account than the proposer (the table checks it as well).
   */
  public List<Gone> approveAndDestroy(long proposalId, String approver) {
    return jdbi.inTransaction(h -> {
      ArrangementDao dao = h.attach(ArrangementDao.class);
      DestructionProposal proposal = open(dao, proposalId);
      if (proposal.proposedBy().equals(approver)) {
        throw Refusal.OWN_PROPOSAL.of();
      }
      dao.decide(proposalId, "DESTROYED", approver);
      dao.recordDestroyed(proposalId, proposal.fileId());
      List<Gone> gone = dao.deleteDocuments(proposal.fileId());
      dao.markDestroyed(proposal.fileId());
      AuditDao audit = h.attach(AuditDao.class);
      audit.record(approver, "approve destruction", null, null, null, proposal.fileCode() + ": " + proposal.reason());
      gone.forEach(g -> audit.record(approver, "destroy", null, "document", "#" + g.id() + " " + g.sha256(), null));
      return gone;
    });
  }

  public List<DestroyedDocument> destroyed() {
    return jdbi.withExtension(ArrangementDao.class, ArrangementDao::destroyed);
  }

  private static DestructionProposal open(ArrangementDao dao, long proposalId) {
    DestructionProposal proposal = dao.lockProposal(proposalId)
        .orElseThrow(() -> Refusal.NO_PROPOSAL.of(proposalId));
    if (!proposal.open()) {
      throw Refusal.PROPOSAL_DECIDED.of(proposalId);
    }
    return proposal;
  }
}
