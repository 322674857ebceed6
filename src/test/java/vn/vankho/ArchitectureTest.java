package vn.vankho;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of the product, read from its sources: what each package may name, by import or written out
 * in full. Each rule lists the offending files and the names they use, so a failure says what to move.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path PRODUCT = MAIN.resolve("vn/vankho");
  private static final Pattern STORE = Pattern.compile("\\bvn\\.vankho\\.store\\.\\w+");

  @Test
  void webAndTheCommandLineGoThroughTheArchiveNotTheStore() throws IOException {
    assertEquals(Map.of(), uses("web", STORE), "web sees archive and model, not store");
    assertEquals(Map.of(), uses("cli", STORE), "cli sees archive and model, not store");
  }

  /** ConfigTables reads the archive's own tables from the classpath, the one read text makes. */
  @Test
  void textDoesNoInputOrOutput() throws IOException {
    Map<String, List<String>> found = uses("text", Pattern.compile("\\bjava\\.(io|nio\\.file|sql)\\.\\w+"));
    found.remove("vn/vankho/text/ConfigTables.java");
    assertEquals(Map.of(), found);
  }

  @Test
  void theIndexKnowsNothingOfHttp() throws IOException {
    assertEquals(Map.of(), uses("index", Pattern.compile("\\b(io\\.javalin|vn\\.vankho\\.web)\\.\\w+")));
  }

  @Test
  void webHoldsNoSql() throws IOException {
    assertEquals(Map.of(), uses("web", Pattern.compile("\\b(java\\.sql|org\\.jdbi)\\.\\w+")));
  }

  /**
   * Measuring code (search and extraction evaluations, OCR benchmarks and the pages they render) lives with
   * the tests: the product's jar neither holds it nor names it.
   */
  @Test
  void theProductHoldsNoMeasuringCode() throws IOException {
    Pattern measuring = Pattern.compile("\\bvn\\.vankho\\.eval\\b|\\b(OcrBenchmark|SamplePages|CharacterErrorRate|RealisticScans"
        + "|HandDigits|ExtractionEvaluation|AwardEvaluation|MeasuringCommands)\\b");
    assertEquals(Map.of(), uses("", measuring));
  }

  /** Each table of index-config/ is named by one class of the product: it has one loader, one format. */
  @Test
  void eachIndexConfigTableIsReadInOnePlace() throws IOException {
    Map<String, List<String>> readers = new TreeMap<>();
    try (Stream<Path> tables = Files.list(Path.of("index-config"))) {
      for (Path table : tables.toList()) {
        String literal = "\"" + table.getFileName() + "\"";
        for (Map.Entry<String, String> source : sources("").entrySet()) {
          if (source.getValue().contains(literal)) {
            readers.computeIfAbsent(table.getFileName().toString(), t -> new ArrayList<>()).add(source.getKey());
          }
        }
      }
    }
    readers.values().removeIf(classes -> classes.size() == 1);
    assertEquals(Map.of(), readers, "tables read by more than one class");
  }

  /** For each source file of the package (and its subpackages) that names {@code pattern}: the names it uses. */
  private static Map<String, List<String>> uses(String layer, Pattern pattern) throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    sources(layer).forEach((file, text) -> {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        found.computeIfAbsent(file, f -> new ArrayList<>()).add(m.group());
      }
    });
    return found;
  }

  /** The Java sources under vn/vankho/{@code layer}, by their path below src/main/java. */
  private static Map<String, String> sources(String layer) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(PRODUCT.resolve(layer))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(MAIN.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return sources;
  }
}
