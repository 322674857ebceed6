package vn.vankho.ingest.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumbers;

/**
 * Field-level precision and recall of {@link MetadataReader} over a labelled set: a directory of
 * {@code <id>.txt} (clean text) and {@code <id>.ocr.txt} (OCR text), pages split by form feeds, each
 * read against {@code <id>.json} (the shape of kh-229-hu.expected.json plus date, place, signer_name).
 * The one class of this package that reads files: it is a measuring tool, not part of extraction.
 *
 * <p>Precision is right answers over answers given, recall right answers over answers expected. Codes,
 * dates and names from closed lists must be equal; a subject counts when its folded similarity is at
 * least {@value #SUBJECT_SIMILARITY}, and on OCR text a signer's name when it is equal without marks,
 * since OCR loses marks that no list can restore. Citations count as (number, relation) pairs. A field the
 * labels list in {@code not_judged} (the text ends before it, or does not show it) counts neither way: what the
 * reader proposes for it cannot be called right or wrong.
 *
 * <p>Run: {@code java -cp target/classes:target/lib/* vn.vankho.ingest.metadata.ExtractionEvaluation
 * src/test/resources/metadata-set}
 */
public final class ExtractionEvaluation {
  static final double SUBJECT_SIMILARITY = 0.85;
  public static final List<String> FIELDS =
      List.of("number", "type", "issuer", "place", "date", "subject", "signer_title", "signer_name", "citations");

  /** Counts of one field: answers given, answers expected, right answers. */
  public record Score(int given, int expected, int right) {
    public double precision() {
      return given == 0 ? 1.0 : (double) right / given;
    }

    public double recall() {
      return expected == 0 ? 1.0 : (double) right / expected;
    }

    public Score plus(Score o) {
      return new Score(given + o.given, expected + o.expected, right + o.right);
    }
  }

  private ExtractionEvaluation() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ExtractionEvaluation <labelled-set directory>");
      System.exit(2);
    }
    System.out.println("set\tfield\tprecision\trecall\tgiven\texpected\tright");
    evaluate(Path.of(args[0])).forEach((key, s) -> System.out.printf("%s\t%.3f\t%.3f\t%d\t%d\t%d%n",
        key, s.precision(), s.recall(), s.given(), s.expected(), s.right()));
  }

  /** Scores keyed "set<TAB>field", set being "clean", "ocr" or "all". */
  public static Map<String, Score> evaluate(Path dir) {
    Map<String, Score> scores = new LinkedHashMap<>();
    for (String set : List.of("clean", "ocr", "all")) {
      FIELDS.forEach(f -> scores.put(set + "\t" + f, new Score(0, 0, 0)));
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = text.getFileName().toString();
        boolean ocr = name.endsWith(".ocr.txt");
        String id = name.substring(0, name.length() - (ocr ? ".ocr.txt" : ".txt").length());
        JsonNode expected = json.readTree(dir.resolve(id + ".json").toFile());
        DocumentMetadata read = MetadataReader.read(
            List.of(Files.readString(text, StandardCharsets.UTF_8).split("\f")));
        Map<String, Score> doc = score(read, expected, ocr);
        for (String set : List.of(ocr ? "ocr" : "clean", "all")) {
          doc.forEach((field, s) -> scores.merge(set + "\t" + field, s, Score::plus));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scores;
  }

  /**
   * The scores of one document read as {@code m} against its labels {@code e}, per field; {@code ocr} when
   * the text came from OCR (a signer's name then counts when equal without marks).
   */
  public static Map<String, Score> score(DocumentMetadata m, JsonNode e, boolean ocr) {
    Map<String, Score> s = new LinkedHashMap<>();
    s.put("number", exact(value(m.number()), canonical(text(e, "number"))));
    s.put("type", exact(value(m.typeName()), text(e, "type")));
    s.put("issuer", exact(value(m.issuer()), text(e, "issuer")));
    s.put("place", exact(value(m.place()), text(e, "place")));
    String date = text(e, "date");
    s.put("date", exact(m.date() == null ? null : m.date().value(), date == null ? null : LocalDate.parse(date)));
    String subject = text(e, "subject");
    String gotSubject = value(m.subject());
    s.put("subject", new Score(gotSubject == null ? 0 : 1, subject == null ? 0 : 1,
        gotSubject != null && subject != null && Similarity.folded(subject, gotSubject) >= SUBJECT_SIMILARITY ? 1 : 0));
    s.put("signer_title", exact(value(m.signerTitle()), text(e, "signer_title")));
    String name = value(m.signerName());
    String wantName = text(e, "signer_name");
    s.put("signer_name", ocr ? exact(name == null ? null : Diacritics.searchForm(name),
        wantName == null ? null : Diacritics.searchForm(wantName)) : exact(name, wantName));
    Set<String> want = new HashSet<>();
    e.path("citations").forEach(c -> want.add(canonical(c.get("number").asText()) + " " + c.get("relation").asText()));
    Set<String> got = new HashSet<>();
    m.citations().forEach(c -> got.add(c.number() + " " + c.relation().jsonName()));
    Set<String> right = new HashSet<>(got);
    right.retainAll(want);
    s.put("citations", new Score(got.size(), want.size(), right.size()));
    e.path("not_judged").forEach(field -> s.replace(field.asText(), new Score(0, 0, 0)));
    return s;
  }

  /**
   * What the reader got wrong or missed on one document, a line "field<TAB>labelled<TAB>read" per field that is not
   * wholly right (for citations, one line per pair missed or read wrongly); fields not judged are left out.
   */
  public static List<String> misses(DocumentMetadata m, JsonNode e) {
    Map<String, Score> scores = score(m, e, false);
    List<String> lines = new ArrayList<>();
    scores.forEach((field, s) -> {
      if (s.right() == Math.max(s.given(), s.expected())) {
        return;
      }
      if (field.equals("citations")) {
        Set<String> want = new TreeSet<>();
        e.path("citations").forEach(c ->
            want.add(canonical(c.get("number").asText()) + " " + c.get("relation").asText()));
        Set<String> got = new TreeSet<>();
        m.citations().forEach(c -> got.add(c.number() + " " + c.relation().jsonName()));
        want.stream().filter(c -> !got.contains(c)).forEach(c -> lines.add(field + "\t" + c + "\t-"));
        got.stream().filter(c -> !want.contains(c)).forEach(c -> lines.add(field + "\t-\t" + c));
        return;
      }
      String wanted = field.equals("number") ? canonical(text(e, field)) : text(e, field);
      lines.add(field + "\t" + wanted + "\t" + read(m, field));
    });
    return lines;
  }

  private static Object read(DocumentMetadata m, String field) {
    return switch (field) {
      case "number" -> value(m.number());
      case "type" -> value(m.typeName());
      case "issuer" -> value(m.issuer());
      case "place" -> value(m.place());
      case "date" -> m.date() == null ? null : m.date().value();
      case "subject" -> value(m.subject());
      case "signer_title" -> value(m.signerTitle());
      default -> value(m.signerName());
    };
  }

  private static <T> Score exact(T got, T want) {
    return new Score(got == null ? 0 : 1, want == null ? 0 : 1, got != null && Objects.equals(got, want) ? 1 : 0);
  }

  private static <T> T value(Extracted<T> e) {
    return e == null ? null : e.value();
  }

  private static String text(JsonNode e, String field) {
    JsonNode v = e.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The number in vn.vankho.text's canonical form, so "05-CT/TW" in a label meets "5-CT/TW" read. */
  private static String canonical(String number) {
    return number == null ? null : DocumentNumbers.parse(number).map(n -> n.canonical()).orElse(number);
  }
}
