package vn.vankho.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.vankho.text.Diacritics;
import vn.vankho.text.VietnameseSyllables;

/**
 * Vietnamese-like text for load tests, from the syllable model of index-config/syllables.txt: every onset
 * with every rhyme and tone that {@link VietnameseSyllables} accepts, in a seeded random order, drawn with
 * Zipf frequencies (a few syllables very common, most rare, as in real text); the commonest are the archive's
 * own, index-config/common-syllables.txt in its order, the others follow shuffled. Words are one or two
 * syllables. Each document opens with a number line, cites other numbers in its text, and a share of its
 * pages come out as poor OCR (marks lost, ư read as w, Đ as P, ô as 6). The same seed gives the same corpus.
 */
public final class SyntheticCorpus {
  private static final String[] TONE_MARKS = {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};
  private static final String[] TYPES = {"KH", "CT", "QĐ", "NQ", "HD", "BC", "TB"};
  private static final String[] PARTY_ISSUERS = {"TW", "TU", "HU", "ĐU", "BTGTU"};
  private static final String[] STATE_ISSUERS = {"UBND", "HĐND", "SNV", "TTg"};
  private static final double ZIPF_EXPONENT = 1.0;
  private static final double POOR_PAGE_SHARE = 0.05;

  private final List<String> vocabulary;
  private final double[] cumulative;
  private final long seed;

  /** A corpus of the syllables the model allows, shuffled by {@code seed}. */
  public SyntheticCorpus(long seed) {
    this.seed = seed;
    List<String> syllables = syllables();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = syllables.size() - 1; i > 0; i--) {
      Collections.swap(syllables, i, random.nextInt(i + 1));
    }
    // the archive's commonest syllables take the top ranks, in their order, as "của" and "các" lead real text
    Set<String> ranked = new LinkedHashSet<>(commonSyllables());
    ranked.addAll(syllables);
    vocabulary = List.copyOf(ranked);
    cumulative = new double[vocabulary.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += 1 / Math.pow(i + 1, ZIPF_EXPONENT);
      cumulative[i] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
  }

  /**
   * One synthetic document: its number, its pages as written, and which of them (0-based) the OCR read
   * poorly; {@link #pages()} gives the text as read.
   */
  public record Document(long id, String number, int year, List<String> writtenPages, Set<Integer> poorPages) {
    public List<String> pages() {
      List<String> read = new ArrayList<>(writtenPages);
      for (int p : poorPages) {
        read.set(p, poorOcr(writtenPages.get(p), new SplittableRandom(id * 31 + p)));
      }
      return read;
    }
  }

  /** How many distinct syllables the model gives. */
  public int vocabularySize() {
    return vocabulary.size();
  }

  /** The {@code rank}-th commonest syllable (0 is the commonest). */
  public String syllable(int rank) {
    return vocabulary.get(rank);
  }

  /** Document {@code id}, the same for the same seed, with {@code pages} pages of 250 to 400 words. */
  public Document document(long id, int pages) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003 + id);
    String type = TYPES[random.nextInt(TYPES.length)];
    int year = 2010 + random.nextInt(16);
    String number = number(random, id, type, year);
    List<String> texts = new ArrayList<>(pages);
    Set<Integer> poor = new LinkedHashSet<>();
    for (int p = 0; p < pages; p++) {
      texts.add(page(random, p == 0 ? "Số: " + number + "\n\n" : ""));
      if (random.nextDouble() < POOR_PAGE_SHARE) {
        poor.add(p);
      }
    }
    return new Document(id, number, year, texts, poor);
  }

  /** A number as the style of its issuer writes it: Party "229-KH/HU", State "123/QĐ-UBND". */
  public String number(SplittableRandom random, long id, String type, int year) {
    int serial = (int) (id % 2000) + 1;
    if (random.nextBoolean()) {
      return serial + "-" + type + "/" + PARTY_ISSUERS[random.nextInt(PARTY_ISSUERS.length)];
    }
    return serial + "/" + (random.nextInt(4) == 0 ? year + "/" : "") + type + "-"
        + STATE_ISSUERS[random.nextInt(STATE_ISSUERS.length)];
  }

  /** A run of {@code words} words from the model: for phrase queries that occur in the text. */
  public String words(SplittableRandom random, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? "" : " ").append(vocabulary.get(draw(random)));
    }
    return out.toString();
  }

  private String page(SplittableRandom random, String opening) {
    StringBuilder page = new StringBuilder(opening);
    int words = 250 + random.nextInt(151);
    int sentence = 0;
    for (int w = 0; w < words; w++) {
      String syllable = vocabulary.get(draw(random));
      if (sentence == 0) {
        syllable = Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1);
      }
      page.append(syllable);
      if (random.nextInt(3) == 0) {
        page.append(' ').append(vocabulary.get(draw(random)));
      }
      sentence++;
      if (random.nextInt(400) == 0) {
        page.append(" Kế hoạch số ").append(number(random, random.nextInt(2000), "KH", 2010 + random.nextInt(16)));
      }
      if (sentence > 8 && random.nextInt(6) == 0) {
        page.append(random.nextInt(5) == 0 ? ".\n" : ". ");
        sentence = 0;
      } else {
        page.append(random.nextInt(10) == 0 ? ", " : " ");
      }
    }
    return page.append('.').toString();
  }

  /** The damage of an OCR engine without Vietnamese: most marks lost, letters it does not know replaced. */
  static String poorOcr(String page, SplittableRandom random) {
    StringBuilder out = new StringBuilder(page.length());
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      switch (c) {
        case 'ư' -> out.append('w');
        case 'Đ', 'đ' -> out.append(random.nextBoolean() ? 'P' : 'd');
        case 'ô' -> out.append(random.nextInt(4) == 0 ? '6' : 'o');
        default -> out.append(c < '\u0080' || random.nextInt(5) == 0 ? String.valueOf(c) : Diacritics.fold(String.valueOf(c)));
      }
    }
    return out.toString();
  }

  private int draw(SplittableRandom random) {
    int found = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
  }

  /** The syllables of index-config/common-syllables.txt, commonest first, as the exact form writes them. */
  private static List<String> commonSyllables() {
    return VietnameseSyllables.commonest().stream().map(Diacritics::exactForm).toList();
  }

  /** Every onset + rhyme + tone the syllable rules accept, with the tone mark where the exact form puts it. */
  private static List<String> syllables() {
    List<String> onsets = new ArrayList<>(List.of(""));
    onsets.addAll(VietnameseSyllables.onsets());
    List<String> rhymes = VietnameseSyllables.rhymes();
    Set<String> syllables = new LinkedHashSet<>();
    for (String onset : onsets) {
      for (String rhyme : rhymes) {
        for (String mark : TONE_MARKS) {
          // the mark after the rhyme's first letter; the exact form moves it where the spelling rules want it
          String bare = onset + rhyme;
          String toned = Normalizer.normalize(bare.substring(0, onset.length() + 1) + mark
              + bare.substring(onset.length() + 1), Normalizer.Form.NFC);
          String syllable = Diacritics.exactForm(toned);
          if (VietnameseSyllables.isValid(syllable)) {
            syllables.add(syllable);
          }
        }
      }
    }
    return new ArrayList<>(syllables);
  }
}
