package vn.vankho.ingest.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.testing.TestOcr;
import vn.vankho.text.AwardeeNames;
import vn.vankho.text.Diacritics;

/**
 * The real award decisions printed and scanned poorly (150 dpi, skewed, speckled: {@link SamplePages.Quality#DEGRADED}),
 * read by OCR: the awards read from each scan against those read from the text printed on it. A scan may lose an
 * awardee, or misread its name by a slip or two (AwardeeNames.alike); it must not make one up.
 */
class ScannedRealAwardsTest {
  private static final Path SET = Path.of("src/test/resources/real-set/awards");

  /** An award as compared: the name without marks or punctuation (OCR loses marks), its kind and form. */
  private static Set<String> keys(List<ProposedAward> awards) {
    return awards.stream().map(a -> Diacritics.wordsForm(a.awardee()) + "|" + a.kind() + "|" + a.form())
        .collect(Collectors.toSet());
  }

  @Test
  void aPoorScanLosesFewAwardeesAndMakesNoneUp() throws IOException {
    int printed = 0;
    int whole = 0;
    int right = 0;
    List<String> madeUp = new ArrayList<>();
    try (OcrEngine engine = TestOcr.newEngine(); Stream<Path> files = Files.list(SET)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<String> lines = Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).split("\n"))
            .map(String::strip).filter(l -> !l.isEmpty()).toList();
        // from the decision's operative part, so that the awards fit on the one page rendered
        int from = Math.max(0, lines.indexOf("QUYẾT ĐỊNH:"));
        SamplePages.SamplePage page = SamplePages.render(lines.subList(from, lines.size()), SamplePages.Quality.DEGRADED, 0);
        Set<String> typed = keys(AwardReader.read(List.of(page.text())));
        whole += AwardReader.read(List.of(Files.readString(file, StandardCharsets.UTF_8))).size();
        Set<String> typedNames = typed.stream().map(k -> k.substring(0, k.indexOf('|'))).collect(Collectors.toSet());
        for (String scanned : keys(AwardReader.read(List.of(engine.read(page.image()).text())))) {
          if (typed.contains(scanned)) {
            right++;
          } else if (typedNames.stream().noneMatch(name -> AwardeeNames.alike(name, scanned.substring(0, scanned.indexOf('|'))))) {
            // a name OCR misread by a slip or two ("can ho" for "cán bộ") is an awardee lost, not one made up
            madeUp.add(file.getFileName() + ": " + scanned);
          }
        }
        printed += typed.size();
      }
    }
    System.out.printf("awards read from poor scans of the real decisions: %d of %d, %d made up%n",
        right, printed, madeUp.size());
    // the page rendered must hold every award the reader reads from the whole text (how many of the labelled awardees
    // that is, is AwardEvaluationTest's to say: a decision kept aside may hold some the reader misses)
    assertEquals(whole, printed, "the pages rendered must hold every award read from the whole text");
    assertTrue(printed > 0);
    assertTrue(madeUp.isEmpty(), madeUp.toString());
    assertTrue(right >= 0.85 * printed, right + " of " + printed);
  }
}
