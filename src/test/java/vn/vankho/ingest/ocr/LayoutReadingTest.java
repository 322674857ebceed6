package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.vankho.ingest.awards.AwardReader;
import vn.vankho.ingest.awards.ProposedAward;
import vn.vankho.ingest.metadata.MetadataReader;
import vn.vankho.testing.TestOcr;
import vn.vankho.text.Diacritics;

/**
 * Generated realistic scans read by the real Tesseract with the layout reading: the header's columns come as the
 * issuing body, then the motto; the foot's as "Nơi nhận" and its list, then the signer's block; a ruled award table comes as rows, and each row is an awardee with its form
 * (docs/ocr.md, "Layout", has the benchmark's figures).
 */
class LayoutReadingTest {
  @RegisterExtension static final TestOcr OCR = TestOcr.perClass();


  @Test
  void theHeaderIsReadAsTheBodysColumnThenTheMottos() {
    // a district committee: its name is two lines, beside the motto's two
    RealisticScans.Scan scan = RealisticScans.page(2);
    String text = OCR.engine().read(scan.image()).text();
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();

    int committee = indexOf(lines, "ỦY BAN NHÂN DÂN");
    int district = indexOf(lines, "HUYỆN ĐAM RÔNG");
    int number = indexOf(lines, "Số:");
    int motto = indexOf(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    int place = indexOf(lines, "Đam Rông, ngày");
    assertTrue(0 <= committee && committee < district && district < number && number < motto && motto < place,
        "header lines out of order:\n" + text);
    assertEquals("Ủy ban nhân dân huyện Đam Rông",
        MetadataReader.read(List.of(Diacritics.nfc(text))).issuer().value());
  }

  @Test
  void theFootIsReadAsTheRecipientsThenTheSignersBlock() {
    // a plain page: the signer's block beside "Nơi nhận", a scribbled signature between its title and the name
    RealisticScans.Scan scan = RealisticScans.page(0);
    String text = OCR.engine().read(scan.image()).text();
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();

    int recipients = indexOf(lines, "Nơi nhận:");
    int filed = indexOf(lines, "- Lưu: VT.");
    int authority = indexOf(lines, "KT. THỦ TƯỚNG");
    int signer = indexOf(lines, scan.truth().signer());
    assertTrue(0 <= recipients && recipients < filed && filed < authority && authority < signer
        && signer == lines.size() - 1, "foot lines out of order:\n" + text);
  }

  @Test
  void everyRowOfARuledAwardTableIsItsAwardeeWithItsForm() {
    for (int index : new int[] {3, 9}) {
      RealisticScans.Scan scan = RealisticScans.page(index);
      assertEquals(RealisticScans.Kind.TABLE, scan.kind());
      String text = OCR.engine().read(scan.image()).text();
      List<ProposedAward> awards = AwardReader.read(List.of(Diacritics.nfc(text)));

      for (RealisticScans.Awardee truth : scan.truth().awardees()) {
        String name = Diacritics.searchForm(truth.name().split(",")[0].replaceFirst("^(Ông|Bà|Cô giáo) ", ""));
        assertTrue(awards.stream().anyMatch(a -> Diacritics.searchForm(a.awardee()).contains(name)
                && a.form().equals(truth.form())),
            "page " + index + ": " + truth + " not read with its form from:\n" + text);
      }
    }
  }

  private static int indexOf(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) return i;
    }
    return -1;
  }
}
