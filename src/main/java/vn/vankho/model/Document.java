package vn.vankho.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An archived record: the original file it came from and what the archive read from it.
 * Metadata fields are null until read; {@code secrecy} and {@code urgency} are the marks it bears (none until read).
 */
public record Document(
    long id,
    String sha256,
    String fileName,
    String mediaType,
    long sizeBytes,
    DocumentStatus status,
    String failureReason,
    String number,
    String numberPrinted,
    String typeCode,
    String issuer,
    LocalDate issueDate,
    String place,
    String subject,
    String title,
    String signerTitle,
    String signerName,
    List<String> recipients,
    List<String> numberKeys,
    Secrecy secrecy,
    Urgency urgency,
    Instant createdAt) {

  public Document {
    secrecy = secrecy == null ? Secrecy.NONE : secrecy;
    urgency = urgency == null ? Urgency.NONE : urgency;
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    numberKeys = numberKeys == null ? List.of() : List.copyOf(numberKeys);
  }

  /** What to call the document in a list: its subject, else the title read from it, else its file name. */
  public String displayTitle() {
    if (subject != null && !subject.isBlank()) {
      return subject;
    }
    return title != null && !title.isBlank() ? title : fileName;
  }
}
