package vn.vankho.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.vankho.ingest.FieldReview;
import vn.vankho.ingest.FieldReview.Field;
import vn.vankho.ingest.metadata.DocumentMetadata;
import vn.vankho.ingest.metadata.Extracted;
import vn.vankho.text.Diacritics;

/**
 * The number, type, issuer and date of each of the shared corpus's real scans, read by eye
 * ({@code src/test/resources/real-scans/fields.tsv}), and how a reading of them is judged: the issue's goal is each
 * field read right or flagged for review, never wrong and never missing without a flag.
 */
final class RealScanFields {
  /** What became of a field: read right, flagged for review, read wrong, or not read and not flagged. */
  enum Outcome {
    RIGHT("R"), FLAGGED("F"), WRONG("W"), MISSING("M"), NOT_ON_PAGE("-");

    final String letter;

    Outcome(String letter) {
      this.letter = letter;
    }
  }

  /** A page's fields; a null field is not on the page (a second page has no header). */
  record Truth(String number, String type, List<String> issuers, LocalDate date) {}

  private static final String NOT_ON_PAGE = "-";
  /** A digit written by hand that the labeller could not make out. */
  private static final String UNREADABLE_DIGIT = "?";

  private RealScanFields() {}

  /** The fields of the scan {@code image} (named as in the corpus), if they have been labelled. */
  static Optional<Truth> of(Path image) throws IOException {
    String name = image.getFileName().toString();
    try (InputStream in = RealScanFields.class.getResourceAsStream("/real-scans/fields.tsv")) {
      if (in == null) return Optional.empty();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split("\t");
        if (line.startsWith("#") || cells.length < 5 || !cells[0].equals(name)) continue;
        return Optional.of(new Truth(given(cells[1]), given(cells[2]),
            given(cells[3]) == null ? null : List.of(cells[3].split("\\|")),
            given(cells[4]) == null ? null : LocalDate.parse(cells[4])));
      }
    }
    return Optional.empty();
  }

  private static String given(String cell) {
    return cell.strip().equals(NOT_ON_PAGE) ? null : cell.strip();
  }

  /** Each field's outcome: flagged wins (the value is not kept), then right, wrong, or missing. */
  static Map<Field, Outcome> judge(Truth truth, DocumentMetadata read, List<FieldReview.Flag> flags) {
    Map<Field, Outcome> outcomes = new EnumMap<>(Field.class);
    outcomes.put(Field.NUMBER, outcome(Field.NUMBER, read.number(), truth.number(), flags,
        (t, v) -> numberPattern(t).matcher(Diacritics.searchForm(v)).matches()));
    outcomes.put(Field.TYPE, outcome(Field.TYPE, read.type(), truth.type(), flags, String::equals));
    outcomes.put(Field.ISSUER, outcome(Field.ISSUER, read.issuer(), truth.issuers(), flags,
        (t, v) -> t.stream().anyMatch(name -> Diacritics.searchForm(name).equals(Diacritics.searchForm(v)))));
    outcomes.put(Field.DATE, outcome(Field.DATE, read.date(), truth.date(), flags, LocalDate::equals));
    return outcomes;
  }

  private interface Same<T, V> {
    boolean test(T truth, V read);
  }

  private static <T, V> Outcome outcome(Field field, Extracted<V> read, T truth, List<FieldReview.Flag> flags,
      Same<T, V> same) {
    if (flags.stream().anyMatch(f -> f.field() == field)) return Outcome.FLAGGED;
    if (read == null) return truth == null ? Outcome.NOT_ON_PAGE : Outcome.MISSING;
    return truth != null && same.test(truth, read.value()) ? Outcome.RIGHT : Outcome.WRONG;
  }

  /** The number in search form, each unreadable digit standing for any digit. */
  private static Pattern numberPattern(String number) {
    List<String> parts = List.of(Diacritics.searchForm(number).split(Pattern.quote(UNREADABLE_DIGIT), -1));
    return Pattern.compile(String.join("\\d", parts.stream().map(Pattern::quote).toList()));
  }
}
