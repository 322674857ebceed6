package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The name a file is shown and recorded under: whatever a client sends, a plain name that keeps its kind. */
class IntakeNameTest {
  @Test
  void aNameCutTo255CharactersKeepsItsExtension() {
    String name = Intake.displayName("Kế hoạch thực hiện Chỉ thị 41-CT-TW của Ban Bí thư ".repeat(10) + ".docx");
    assertEquals(255, name.length());
    assertTrue(name.endsWith(".docx"), name);
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String name = Intake.displayName("ab" + "𝐀".repeat(200) + ".pdf");
    assertTrue(name.endsWith("𝐀.pdf"), name);
    assertTrue(name.length() <= 255);
  }

  @Test
  void foldersControlAndDirectionCharactersAreDropped() {
    assertEquals("passwd.txt", Intake.displayName("../../etc/passwd.txt"));
    assertEquals("x.pdf", Intake.displayName("C:\\Users\\x.pdf"));
    assertEquals("báo cáo.txt", Intake.displayName("bá\u0007o\u001b cá\u0000o\u202e.txt"));
    assertEquals("unnamed", Intake.displayName("\u0001\u0002"));
  }
}
