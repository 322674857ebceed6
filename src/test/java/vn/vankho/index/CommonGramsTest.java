package vn.vankho.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Common grams (index-config/common-syllables.txt): the text fields also hold each pair of neighbours with a
 * common syllable, and a quoted phrase is searched by those pairs. Phrases must find exactly the documents
 * that hold the words in a row, as before the pairs.
 */
class CommonGramsTest {
  @TempDir Path folder;
  TestIndex index;

  @BeforeEach
  void open() {
    index = new TestIndex(folder);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void theListLoadsAndEachEntryIsOneWord() {
    // "của", "các" are in the list, "đơn", "vị" are not; loading fails loudly on an entry of two words
    assertEquals(List.of("cua_cac@0", "cac_don@1", "don@2", "vi@3"),
        positioned(VietnameseAnalyzers.foldedPhrase(), "Của các đơn vị"));
    assertEquals(List.of("của_các@0", "các_đơn@1", "đơn@2", "vị@3"),
        positioned(VietnameseAnalyzers.exactPhrase(), "Của các đơn vị"));
  }

  @Test
  void theTextIsIndexedWithThePairsBesideTheWords() {
    Analyzer text = VietnameseAnalyzers.perField();
    assertEquals(List.of("cua@0", "cua_cac@0", "cac@1", "cac_don@1", "don@2", "vi@3"),
        positioned(text, IndexFields.TEXT, "Của các đơn vị"));
    assertEquals(List.of("của@0", "của_các@0", "các@1", "các_đơn@1", "đơn@2", "vị@3"),
        positioned(text, IndexFields.TEXT_EXACT, "Của các đơn vị"));
    // other fields and single words keep one term a word
    assertEquals(List.of("cua@0", "cac@1", "don@2", "vi@3"), positioned(text, IndexFields.ISSUER_TEXT, "Của các đơn vị"));
    assertEquals(List.of("cua@0", "cac@1"), positioned(VietnameseAnalyzers.folded(), "Của các"));
  }

  @Test
  void aPhraseOfCommonWordsFindsOnlyTheDocumentsHoldingItInARow() {
    index.put(1, "Kế hoạch thực hiện của các cơ quan trong tỉnh")
        .put(2, "Các cơ quan của tỉnh thực hiện kế hoạch")
        .put(3, "Thực hiện. Của các đơn vị, cơ quan")
        .put(4, "Kế hoạch về việc thực hiện");
    assertEquals(List.of(1L), index.ids("\"thực hiện của các cơ quan\""));
    assertEquals(List.of(1L), index.ids("\"thuc hien cua cac co quan\""));
    assertEquals(List.of(1L, 3L), sorted(index.ids("\"của các\"")));
    assertEquals(List.of(1L, 2L, 3L, 4L), sorted(index.ids("\"thực hiện\"")));
    assertEquals(List.of(2L), index.ids("\"các cơ quan của tỉnh\""));
    assertEquals(List.of(1L, 2L, 3L), sorted(index.ids("\"cơ quan\"")));
    // the punctuation between words is not a word: "thực hiện. Của các" is a phrase, as it was before pairs
    assertEquals(List.of(3L), index.ids("\"thực hiện của các đơn vị\""));
    assertEquals(List.of(1L, 2L, 3L, 4L), sorted(index.ids("\"thực\"")));
  }

  @Test
  void aPhraseOfCommonWordsNotInADocumentIsNotFound() {
    index.put(1, "Kế hoạch thực hiện của các cơ quan trong tỉnh").put(2, "Các cơ quan của tỉnh thực hiện kế hoạch");
    assertEquals(List.of(), index.ids("\"các của\""));
    assertEquals(List.of(), index.ids("\"của các tỉnh\""));
    assertEquals(List.of(), index.ids("\"thực hiện các\""));
    assertEquals(List.of(), index.ids("\"trong tỉnh của\""));
    assertEquals(List.of(), index.ids("\"hoạch kế\""));
  }

  @Test
  void aPhraseTypedWithMarksStillRanksItsExactSpellingFirst() {
    index.put(1, "Thực hiện của các cơ quan").put(2, "Thuc hien cua cac co quan");
    assertEquals(List.of(1L, 2L), index.ids("\"thực hiện của các cơ quan\""));
    assertEquals(List.of(1L, 2L), sorted(index.ids("\"thuc hien cua cac co quan\"")));
  }

  @Test
  void theSnippetMarksAPhraseOfCommonWords() {
    index.put(1, "Mở đầu. Kế hoạch thực hiện của các cơ quan trong tỉnh. Kết thúc.");
    String snippet = index.search("\"thực hiện của các cơ quan\"").hits().get(0).snippet();
    assertTrue(snippet.contains("<mark>thực hiện của các cơ quan</mark>"), snippet);
    snippet = index.search("\"của các\"").hits().get(0).snippet();
    assertTrue(snippet.contains("<mark>của các</mark>"), snippet);
  }

  /**
   * Random texts over a few syllables, most of them common, and random phrases, half of them taken from the
   * texts: every phrase finds exactly the documents whose words hold it in a row, counted here without Lucene.
   */
  @Test
  void randomPhrasesFindExactlyTheDocumentsThatHoldThem() {
    String[] syllables = {"của", "các", "và", "trong", "thực", "hiện", "người", "có", "đơn", "vị", "lúa", "biển"};
    SplittableRandom random = new SplittableRandom(11);
    List<List<String>> texts = new ArrayList<>();
    for (long id = 1; id <= 40; id++) {
      List<String> words = new ArrayList<>();
      int length = 5 + random.nextInt(40);
      for (int w = 0; w < length; w++) {
        words.add(syllables[random.nextInt(syllables.length)]);
      }
      texts.add(words);
      index.put(id, String.join(" ", words));
    }
    int found = 0;
    for (int q = 0; q < 300; q++) {
      List<String> phrase = new ArrayList<>();
      int length = 1 + random.nextInt(4);
      if (q % 2 == 0) {
        List<String> text = texts.get(random.nextInt(texts.size()));
        int from = random.nextInt(Math.max(1, text.size() - length));
        phrase.addAll(text.subList(from, Math.min(text.size(), from + length)));
      } else {
        for (int w = 0; w < length; w++) {
          phrase.add(syllables[random.nextInt(syllables.length)]);
        }
      }
      TreeSet<Long> expected = new TreeSet<>();
      for (int d = 0; d < texts.size(); d++) {
        if (Collections.indexOfSubList(texts.get(d), phrase) >= 0) {
          expected.add(d + 1L);
        }
      }
      String query = "\"" + String.join(" ", phrase) + "\"";
      SearchResults results = index.index.search(new SearchRequest(query, 100, 0));
      assertEquals(expected, new TreeSet<>(results.hits().stream().map(SearchHit::id).toList()), query);
      assertEquals(expected.size(), results.total(), query);
      found += expected.size();
    }
    assertTrue(found > 300, "the phrases should find documents, found " + found);
  }

  private static List<Long> sorted(List<Long> ids) {
    return ids.stream().sorted().toList();
  }

  private static List<String> positioned(Analyzer analyzer, String text) {
    return positioned(analyzer, "", text);
  }

  /** Each term with its position: "cua_cac@0". */
  private static List<String> positioned(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      int position = -1;
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        terms.add(term + "@" + position);
      }
      tokens.end();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return terms;
  }
}
