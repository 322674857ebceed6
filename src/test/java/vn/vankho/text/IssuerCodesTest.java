package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssuerCodesTest {
  @Test
  void testResourcesAvailable() {
    assertTrue(IssuerCodes.all().size() >= 30);
    assertEquals(Optional.of("Huyện ủy"), IssuerCodes.name("HU"));
  }

  @Test
  void testAsWritten() {
    assertEquals(Optional.of("TTg"), IssuerCodes.canonical("TTg"));
    assertEquals(Optional.of("HĐND"), IssuerCodes.canonical("HĐND"));
  }

  @Test
  void testCaseAndMarksIgnored() {
    assertEquals(Optional.of("HU"), IssuerCodes.canonical("HỦ"));
    assertEquals(Optional.of("TTg"), IssuerCodes.canonical("TTG"));
    assertEquals(Optional.of("HĐND"), IssuerCodes.canonical("hdnd"));
  }

  @Test
  void testPReadForD() {
    assertEquals(Optional.of("HĐND"), IssuerCodes.canonical("HPND"));
    assertEquals(Optional.of("ĐU"), IssuerCodes.canonical("PU"));
    assertEquals(Optional.empty(), IssuerCodes.canonical("UBNP"), "UBND has no Đ: a P there is no misread Đ");
  }

  @Test
  void testUnknown() {
    assertEquals(Optional.empty(), IssuerCodes.canonical("XYZ"));
  }
}
