package vn.vankho.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.vankho.model.Document;
import vn.vankho.model.Field;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Urgency;

/** The fields of a document that reading fills in, and an archivist may correct. */
public record DocumentFields(
    long id,
    String number,
    String numberPrinted,
    List<String> numberKeys,
    String typeCode,
    String issuer,
    LocalDate issueDate,
    String place,
    String subject,
    String title,
    String signerTitle,
    String signerName,
    List<String> recipients,
    Secrecy secrecy,
    Urgency urgency) {

  public DocumentFields {
    numberKeys = List.copyOf(numberKeys);
    recipients = List.copyOf(recipients);
  }

  /** For binding: PostgreSQL arrays bind from Java arrays. */
  public String[] numberKeysArray() {
    return numberKeys.toArray(String[]::new);
  }

  public String[] recipientsArray() {
    return recipients.toArray(String[]::new);
  }

  /** These fields with each of {@code kept} taken from {@code current} instead: corrections survive a new reading. */
  public DocumentFields keeping(Set<Field> kept, Document current) {
    boolean number = kept.contains(Field.NUMBER);
    return new DocumentFields(id,
        number ? current.number() : this.number,
        number ? current.numberPrinted() : numberPrinted,
        number ? current.numberKeys() : numberKeys,
        kept.contains(Field.TYPE) ? current.typeCode() : typeCode,
        kept.contains(Field.ISSUER) ? current.issuer() : issuer,
        kept.contains(Field.DATE) ? current.issueDate() : issueDate,
        kept.contains(Field.PLACE) ? current.place() : place,
        kept.contains(Field.SUBJECT) ? current.subject() : subject,
        title,
        kept.contains(Field.SIGNER_TITLE) ? current.signerTitle() : signerTitle,
        kept.contains(Field.SIGNER_NAME) ? current.signerName() : signerName,
        kept.contains(Field.RECIPIENTS) ? current.recipients() : recipients,
        kept.contains(Field.SECRECY) ? current.secrecy() : secrecy,
        kept.contains(Field.URGENCY) ? current.urgency() : urgency);
  }
}
