package vn.vankho.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.vankho.text.PageQuality;

/**
 * The readings a quality-score fit is made on, kept in a file: reading the pages takes most of an hour on a shared
 * machine, fitting them again (a sign defined anew, another threshold) takes a second ({@code bench-ocr realistic
 * refit}). One reading a row: part (development or held out), page, reader, CER, ink outside the lines, the words'
 * and the symbols' confidences, the text kept (back-slash escaped), the text-like ink outside the words, the median
 * line height, the lines' shapes ({@link RealisticOcrBenchmark#shapes}).
 */
final class QualityReadings {
  static final Path FILE = Path.of("target", "bench-ocr", "quality-readings.tsv");
  private static final String DEVELOPMENT = "development";
  private static final String HELD_OUT = "held-out";

  /** The development readings the weights are fitted on, and those kept aside to measure them. */
  record Saved(List<RealisticOcrBenchmark.Point> development, List<RealisticOcrBenchmark.Point> heldOut) {}

  private QualityReadings() {}

  static void save(Path file, List<RealisticOcrBenchmark.Point> development, List<RealisticOcrBenchmark.Point> heldOut)
      throws IOException {
    List<String> rows = new ArrayList<>();
    development.forEach(p -> rows.add(row(DEVELOPMENT, p)));
    heldOut.forEach(p -> rows.add(row(HELD_OUT, p)));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, rows, StandardCharsets.UTF_8);
  }

  static Saved load(Path file) throws IOException {
    List<RealisticOcrBenchmark.Point> development = new ArrayList<>();
    List<RealisticOcrBenchmark.Point> heldOut = new ArrayList<>();
    for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] c = row.split("\t", -1);
      RealisticOcrBenchmark.Point point = new RealisticOcrBenchmark.Point(c[1], c[2], unescape(c[7]), numbers(c[5]),
          numbers(c[6]), new PageQuality.Ink(Double.parseDouble(c[4]), Double.parseDouble(c[8]),
          Double.parseDouble(c[9])), c[10], Double.parseDouble(c[3]));
      (c[0].equals(DEVELOPMENT) ? development : heldOut).add(point);
    }
    return new Saved(development, heldOut);
  }

  private static String row(String part, RealisticOcrBenchmark.Point p) {
    return String.join("\t", part, p.page(), p.reader(), Double.toString(p.cer()),
        Double.toString(p.ink().uncovered()), joined(p.words()), joined(p.symbols()), escape(p.text()),
        Double.toString(p.ink().unreadText()), Double.toString(p.ink().lineHeight()), p.shapes());
  }

  private static String joined(List<Float> numbers) {
    return numbers.stream().map(f -> String.format(Locale.ROOT, "%.2f", f)).collect(Collectors.joining(","));
  }

  private static List<Float> numbers(String cell) {
    return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(",")).map(Float::parseFloat).toList();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String cell) {
    StringBuilder text = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != '\\' || i + 1 == cell.length()) {
        text.append(c);
        continue;
      }
      char next = cell.charAt(++i);
      text.append(switch (next) {
        case 't' -> '\t';
        case 'n' -> '\n';
        case 'r' -> '\r';
        default -> next;
      });
    }
    return text.toString();
  }
}
