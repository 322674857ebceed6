package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, EditDistance.between("", ""));
    assertEquals(6, EditDistance.between("", "thuong"));
    assertEquals(2, EditDistance.between("thuong", "thuwéng"));
    assertEquals(3, EditDistance.between("kitten", "sitting"));
    assertEquals(5, EditDistance.between("abcde", "vwxyz"));
  }

  @Test
  void atMostStopsOneOverTheLimit() {
    assertEquals(2, EditDistance.atMost("thuong", "thuwéng", 2));
    assertEquals(2, EditDistance.atMost("thuong", "thuwéng", 1));
    assertEquals(4, EditDistance.atMost("a", "abcdefgh", 3));
  }
}
