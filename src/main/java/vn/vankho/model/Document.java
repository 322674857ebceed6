package vn.vankho.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An archived record: the original file it came from and what the archive read from it.
 * Metadata fields are null until read; {@code secrecy} and {@code urgency} are the marks it bears (none until read).
 */
public record Document(
    long id,
    String sha256,
    String fileName,
    String mediaType,
    long size,
    DocumentStatus status,
    String failureReason,
    String number,
    String numberPrinted,
    String type,
    String issuer,
    LocalDate date,
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

  /**
   * This reading of the document with each of {@code kept} taken from {@code current} instead: fields an archivist
   * corrected survive a new reading. The title is always the reading's (no archivist corrects it).
   */
  public Document keeping(Set<Field> kept, Document current) {
    boolean keepNumber = kept.contains(Field.NUMBER);
    return new Document(id, sha256, fileName, mediaType, size, status, failureReason,
        keepNumber ? current.number : number,
        keepNumber ? current.numberPrinted : numberPrinted,
        kept.contains(Field.TYPE) ? current.type : type,
        kept.contains(Field.ISSUER) ? current.issuer : issuer,
        kept.contains(Field.DATE) ? current.date : date,
        kept.contains(Field.PLACE) ? current.place : place,
        kept.contains(Field.SUBJECT) ? current.subject : subject,
        title,
        kept.contains(Field.SIGNER_TITLE) ? current.signerTitle : signerTitle,
        kept.contains(Field.SIGNER_NAME) ? current.signerName : signerName,
        kept.contains(Field.RECIPIENTS) ? current.recipients : recipients,
        keepNumber ? current.numberKeys : numberKeys,
        kept.contains(Field.SECRECY) ? current.secrecy : secrecy,
        kept.contains(Field.URGENCY) ? current.urgency : urgency,
        createdAt);
  }
}
