package vn.vankho.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vankho.testing.RealCorpus;
import vn.vankho.text.Diacritics;

/**
 * The reader's cleaning of a text, made one pass, gives what its three passes of replacing gave, character for
 * character: on every corpus text as it is, with Windows line ends and with blanks and empty lines thrown in, and on
 * random strings of the characters it looks at.
 */
class DocumentReaderCleanTest {

  /** The cleaning as it was: NFC, CR LF as LF, no blanks before a line end, at most two line ends in a row. */
  private static String threePasses(String text) {
    return Diacritics.nfc(text)
        .replace("\r\n", "\n")
        .replaceAll("[ \\t\\u00A0]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  @Test
  void everyCorpusTextIsCleanedAsTheThreePassesCleanedIt() {
    List<RealCorpus.Text> texts = new ArrayList<>(RealCorpus.vbpl());
    texts.addAll(RealCorpus.congbao());
    Random random = new Random(18);
    for (RealCorpus.Text text : texts) {
      for (String variant : List.of(text.text(), text.text().replace("\n", "\r\n"), roughened(text.text(), random))) {
        assertEquals(threePasses(variant), DocumentReader.clean(variant), text.id());
      }
    }
  }

  @Test
  void randomStringsOfBlanksAndLineEndsAreCleanedAsTheThreePassesCleanedThem() {
    String[] pieces = {" ", "\t", "\u00A0", "\r", "\n", "\r\n", "a", "ế", "e\u0301", "\u3000", "\f"};
    Random random = new Random(26);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertEquals(threePasses(text.toString()), DocumentReader.clean(text.toString()), text.toString());
    }
  }

  /** The text with blanks, lone CRs and empty lines put in at random places. */
  private static String roughened(String text, Random random) {
    StringBuilder rough = new StringBuilder();
    String[] noise = {" ", "\t ", "\u00A0", "\n\n\n", " \r\n", "\r", "\n \n"};
    for (int i = 0; i < text.length(); i++) {
      if (random.nextInt(40) == 0) {
        rough.append(noise[random.nextInt(noise.length)]);
      }
      rough.append(text.charAt(i));
    }
    return rough.toString();
  }
}
