package vn.vankho.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A file (hồ sơ) with the fields of the electronic-file metadata (Nghị định 30/2020/NĐ-CP, Phụ lục VI):
 * its code (fonds identifier, year, number and series symbol), title, the dates of its first and last
 * documents, retention, access rights, language and number of documents. {@code retention} is what the
 * archivist set, or the longest period the retention schedule gives its documents' kinds.
 */
public record RecordFile(
    long id,
    long seriesId,
    String fondsCode,
    String fondsName,
    String seriesCode,
    String seriesName,
    String code,
    int year,
    int number,
    String title,
    Retention retention,
    boolean retentionFromSchedule,
    String accessRights,
    String language,
    String note,
    int documentCount,
    LocalDate startDate,
    LocalDate endDate,
    String createdBy,
    Instant createdAt,
    Instant destroyedAt) {

  /** The last day the file covers: its last document's date, or the end of its year when none is dated. */
  public LocalDate coveredUntil() {
    return endDate != null ? endDate : LocalDate.of(year, 12, 31);
  }

  /** Whether its retention period has run out by {@code today}, so it is due for appraisal. */
  public boolean pastRetention(LocalDate today) {
    return destroyedAt == null && retention.expiry(coveredUntil()).map(today::isAfter).orElse(false);
  }
}
