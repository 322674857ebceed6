package vn.vankho.ingest.metadata;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document says about itself. A field is null when the text does not show it (a scan without
 * its header has no issuer line); lists are empty, never null.
 *
 * @param number canonical number ("229-KH/HU", "123/QĐ-UBND")
 * @param numberAsPrinted the number as the text prints it ("229 - KH/HU")
 * @param type type code ("KH")
 * @param typeName type name ("Kế hoạch")
 * @param issuer issuing body ("Ban Thường vụ Huyện ủy Đam Rông")
 * @param place place of issue ("Đam Rông")
 * @param subject trích yếu, NFC, lines joined
 * @param signerTitle signature prefix, body and title ("T/M Ban Thường vụ, Phó Bí thư")
 * @param signerName the signer's name in title case
 * @param recipients the "Nơi nhận" list, cleaned of bullets and notes
 * @param citations the documents cited, each once, in order of first appearance
 * @param secrecy the code of the độ mật mark under the number ("MAT", "TOI_MAT", "TUYET_MAT"), null when unmarked
 * @param urgency the code of the độ khẩn mark ("KHAN", "THUONG_KHAN", "HOA_TOC"), null when unmarked
 */
public record DocumentMetadata(
    Extracted<String> number,
    Extracted<String> numberAsPrinted,
    Extracted<String> type,
    Extracted<String> typeName,
    Extracted<String> issuer,
    Extracted<String> place,
    Extracted<LocalDate> date,
    Extracted<String> subject,
    Extracted<String> signerTitle,
    Extracted<String> signerName,
    List<String> recipients,
    List<Citation> citations,
    Extracted<String> secrecy,
    Extracted<String> urgency) {

  public DocumentMetadata {
    recipients = List.copyOf(recipients);
    citations = List.copyOf(citations);
  }
}
