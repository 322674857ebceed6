package vn.vankho.archive;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.vankho.model.Precedent;

/**
 * Precedent awards as CSV for a spreadsheet: a header in Vietnamese, codes as their labels, a byte order
 * mark so that spreadsheet programs read the marks as UTF-8. A cell that a spreadsheet would take for a
 * formula (=, +, -, @ first) is written with a leading apostrophe: the text came from documents.
 */
public final class PrecedentCsv {
  private static final String[] HEADER = {"Số quyết định", "Ngày", "Cơ quan ban hành", "Đối tượng",
      "Loại đối tượng", "Đơn vị, địa chỉ", "Địa bàn", "Hình thức khen thưởng", "Thẩm quyền", "Cấp khen thưởng", "Thành tích",
      "Đặc điểm", "Phong trào", "Mã văn bản"};

  private PrecedentCsv() {}

  public static void write(List<Precedent> awards, Writer out) throws IOException {
    AwardVocabulary words = AwardVocabulary.TABLES;
    out.write('\uFEFF');
    // not closed: the writer is the caller's
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    for (Precedent p : awards) {
      csv.printRecord(cells(p.documentNumber(), p.documentDate() == null ? "" : p.documentDate().toString(),
          p.issuer(), p.awardee(), AwardVocabulary.label(words.kinds(), p.awardeeKind()), p.unit(), p.place(), p.form(),
          p.authority(), AwardVocabulary.label(words.levels(), p.authorityLevel()), p.achievement(),
          p.attributes().stream().map(a -> AwardVocabulary.label(words.attributes(), a))
              .collect(Collectors.joining("; ")),
          p.campaign(), String.valueOf(p.documentId())));
    }
    csv.flush();
  }

  /** Cells for a spreadsheet: null as empty, a would-be formula behind an apostrophe. */
  static Object[] cells(String... values) {
    Object[] cells = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      String value = values[i] == null ? "" : values[i];
      cells[i] = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
    return cells;
  }
}
