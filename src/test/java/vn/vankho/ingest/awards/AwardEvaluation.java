package vn.vankho.ingest.awards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vankho.text.Diacritics;

/**
 * How well {@link AwardReader} reads a labelled set of award decisions: a directory of {@code <id>.txt} (pages
 * split by form feeds) and {@code awardees.tsv} (id, awardee, kind, form; a document without rows awards no one
 * its text names). The one class of this package that reads files: a measuring tool, not part of reading.
 *
 * <p>A proposed award is right when its awardee, kind and form are a labelled awardee's of the same document
 * (names compared in {@link Diacritics#wordsForm}, each labelled awardee met once); precision is right over
 * proposed, recall right over labelled. A proposal whose name is no labelled awardee of its document, whatever its
 * form, is not an awardee ("Ủy ban", "Điều 2", a heading). The figures are given for all documents, for the fifth
 * kept aside and for the rest. Documents join the set in batches ({@code batches.tsv}: id, batch); the fifth kept aside
 * of a batch is its documents first in the order of the SHA-256 of {@value #HOLDOUT_SEED} and their id, a fifth rounded
 * up, fixed before the reader was first run on them. Choosing within each batch keeps the earlier batches' fifth as it
 * was chosen when later documents join.
 */
public final class AwardEvaluation {
  static final String HOLDOUT_SEED = "awards-holdout-2026:";
  static final List<String> SETS = List.of("all", "held-out", "development");

  /** Counts over some documents: awards proposed, awardees labelled, proposed right, proposed that are no awardee. */
  public record Score(int proposed, int expected, int right, int notAwardees) {
    public double precision() {
      return proposed == 0 ? 1.0 : (double) right / proposed;
    }

    public double recall() {
      return expected == 0 ? 1.0 : (double) right / expected;
    }

    /** The share of proposed awardees that are not awardees; 0 when none is proposed. */
    public double notAwardeeShare() {
      return proposed == 0 ? 0.0 : (double) notAwardees / proposed;
    }

    Score plus(Score o) {
      return new Score(proposed + o.proposed, expected + o.expected, right + o.right, notAwardees + o.notAwardees);
    }
  }

  /** One labelled awardee: its name in words form, its kind and its form. */
  private record Label(String name, AwardeeKind kind, String form) {}

  private AwardEvaluation() {}

  public static void main(String[] args) {
    if (args.length == 2 && args[1].equals("--development-misses")) {
      printDevelopmentMisses(Path.of(args[0]));
      return;
    }
    if (args.length != 1) {
      System.err.println("usage: AwardEvaluation <directory of award decisions with awardees.tsv> [--development-misses]");
      System.exit(2);
    }
    print(Path.of(args[0]));
  }

  /** Prints {@link #developmentMisses}, one line each. */
  public static void printDevelopmentMisses(Path dir) {
    developmentMisses(dir).forEach(System.out::println);
  }

  /**
   * For the development documents only, each labelled awardee the reader missed ("missed", id, name in words form, kind,
   * form) and each proposal that is not a labelled awardee with its kind and form ("extra", id, name, kind, form): what
   * rules are written from. The fifth kept aside is never read here, so that no rule is written from its output.
   */
  static List<String> developmentMisses(Path dir) {
    Map<String, List<Label>> labels = labels(dir.resolve("awardees.tsv"));
    List<String> ids = ids(dir);
    Set<String> heldOut = heldOut(batches(dir, ids));
    List<String> lines = new ArrayList<>();
    for (String id : ids) {
      if (heldOut.contains(id)) {
        continue;
      }
      List<Label> open = new ArrayList<>(labels.getOrDefault(id, List.of()));
      List<String> extra = new ArrayList<>();
      for (ProposedAward award : read(dir.resolve(id + ".txt"))) {
        if (!open.remove(new Label(Diacritics.wordsForm(award.awardee()), award.kind(), award.form()))) {
          extra.add(String.join("\t", "extra", id, award.awardee(), award.kind().name(), award.form()));
        }
      }
      open.forEach(l -> lines.add(String.join("\t", "missed", id, l.name(), l.kind().name(), l.form())));
      lines.addAll(extra);
    }
    return lines;
  }

  /** Prints the figures of the set in {@code dir}, one line a subset. */
  public static void print(Path dir) {
    System.out.println("awards\tset\tprecision\trecall\tnot-awardee\tproposed\texpected\tright\tdocuments");
    Map<String, Integer> documents = documentCounts(dir);
    evaluate(dir).forEach((set, s) -> System.out.printf("awards\t%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d%n", set,
        s.precision(), s.recall(), s.notAwardeeShare(), s.proposed(), s.expected(), s.right(), documents.get(set)));
  }

  /** Scores keyed by set: "all", "held-out", "development". */
  public static Map<String, Score> evaluate(Path dir) {
    Map<String, List<Label>> labels = labels(dir.resolve("awardees.tsv"));
    List<String> ids = ids(dir);
    Set<String> heldOut = heldOut(batches(dir, ids));
    Map<String, Score> scores = new LinkedHashMap<>();
    SETS.forEach(set -> scores.put(set, new Score(0, 0, 0, 0)));
    for (String id : ids) {
      Score doc = score(read(dir.resolve(id + ".txt")), labels.getOrDefault(id, List.of()));
      scores.merge("all", doc, Score::plus);
      scores.merge(heldOut.contains(id) ? "held-out" : "development", doc, Score::plus);
    }
    return scores;
  }

  /** The ids of the fifth kept aside of the set in {@code dir}. */
  public static Set<String> heldOut(Path dir) {
    return heldOut(batches(dir, ids(dir)));
  }

  /** The fifth kept aside of each batch: its ids first in the order of the SHA-256 of the seed and the id, a fifth rounded up. */
  static Set<String> heldOut(Map<String, List<String>> batches) {
    return batches.values().stream().flatMap(ids -> ids.stream().sorted(Comparator.comparing(AwardEvaluation::digest))
        .limit((ids.size() + 4) / 5L)).collect(Collectors.toSet());
  }

  /** The ids of {@code dir} by the batch {@code batches.tsv} puts them in; a document in no batch fails loudly. */
  static Map<String, List<String>> batches(Path dir, List<String> ids) {
    Map<String, String> batchOf = new LinkedHashMap<>();
    try {
      for (String row : Files.readAllLines(dir.resolve("batches.tsv"), StandardCharsets.UTF_8)) {
        if (!row.startsWith("#") && !row.isBlank()) {
          String[] cells = row.split("\t");
          batchOf.put(cells[0], cells[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> batches = new LinkedHashMap<>();
    for (String id : ids) {
      String batch = batchOf.get(id);
      if (batch == null) {
        throw new IllegalStateException(id + " is in no batch of batches.tsv: add it to a new batch before reading it");
      }
      batches.computeIfAbsent(batch, b -> new ArrayList<>()).add(id);
    }
    return batches;
  }

  private static Score score(List<ProposedAward> proposed, List<Label> labels) {
    List<Label> open = new ArrayList<>(labels);
    Set<String> names = labels.stream().map(Label::name).collect(Collectors.toSet());
    int right = 0;
    int notAwardees = 0;
    for (ProposedAward award : proposed) {
      Label read = new Label(Diacritics.wordsForm(award.awardee()), award.kind(), award.form());
      if (open.remove(read)) {
        right++;
      }
      if (!names.contains(read.name())) {
        notAwardees++;
      }
    }
    return new Score(proposed.size(), labels.size(), right, notAwardees);
  }

  private static List<ProposedAward> read(Path text) {
    try {
      return AwardReader.read(List.of(Files.readString(text, StandardCharsets.UTF_8).split("\f")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<Label>> labels(Path tsv) {
    Map<String, List<Label>> labels = new LinkedHashMap<>();
    try {
      for (String row : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        if (row.startsWith("#") || row.isBlank()) {
          continue;
        }
        String[] cells = row.split("\t");
        AwardeeKind kind = AwardeeKind.valueOf(cells[2].toUpperCase(Locale.ROOT)); // a mistyped kind fails loudly
        labels.computeIfAbsent(cells[0], id -> new ArrayList<>())
            .add(new Label(Diacritics.wordsForm(cells[1]), kind, cells[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return labels;
  }

  private static List<String> ids(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Integer> documentCounts(Path dir) {
    List<String> ids = ids(dir);
    int heldOut = heldOut(batches(dir, ids)).size();
    return Map.of("all", ids.size(), "held-out", heldOut, "development", ids.size() - heldOut);
  }

  private static String digest(String id) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((HOLDOUT_SEED + id).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
