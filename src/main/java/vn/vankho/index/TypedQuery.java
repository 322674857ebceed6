package vn.vankho.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumbers;

/**
 * A query as a person typed it, taken apart in this order: field filters ({@code so:}, {@code loai:},
 * {@code coquan:}, {@code nam:}, {@code ngay:}, {@code phongtrao:}, {@code dokhan:} (độ khẩn: "dokhan:khan",
 * "dokhan:\"hỏa tốc\""), their names also with marks: "loại:", "năm:"; a value in
 * quotes may hold spaces), document numbers ({@link DocumentNumbers#parseQuery}), "quoted phrases", and the
 * remaining words. A leading - excludes a filter, phrase or word.
 */
record TypedQuery(List<Filter> filters, DocumentNumbers.NumberQuery numbers, List<Part> phrases, String words,
    List<String> excludedWords) {

  /** One field filter: which field, the value as typed, and whether it excludes. */
  record Filter(Field field, String value, boolean excluded) {}

  /** One quoted phrase, and whether it excludes. */
  record Part(String text, boolean excluded) {}

  /** The fields a query can name, by their name folded ("loại" is typed as "loai" too). */
  enum Field { SO, LOAI, COQUAN, NAM, NGAY, PHONGTRAO, DOKHAN }

  private static final Pattern FILTER = Pattern.compile(
      "(?<![\\p{L}\\d])(-?)(\\p{L}+):(?:\"([^\"]*)\"|([^\\s\"]+))");
  private static final Pattern PHRASE = Pattern.compile("(-?)\"([^\"]*)\"");

  static TypedQuery parse(String typed) {
    String rest = Diacritics.nfc(typed);
    List<Filter> filters = new ArrayList<>();
    Matcher filter = FILTER.matcher(rest);
    StringBuilder unfiltered = new StringBuilder();
    while (filter.find()) {
      Field field = field(filter.group(2));
      if (field != null) {
        String value = filter.group(3) != null ? filter.group(3) : filter.group(4);
        filters.add(new Filter(field, value.strip(), !filter.group(1).isEmpty()));
        filter.appendReplacement(unfiltered, " ");
      }
    }
    filter.appendTail(unfiltered);
    DocumentNumbers.NumberQuery numbers = DocumentNumbers.parseQuery(unfiltered.toString());
    rest = numbers.hasNumber() ? numbers.remainder() : unfiltered.toString();

    List<Part> phrases = new ArrayList<>();
    Matcher phrase = PHRASE.matcher(rest);
    while (phrase.find()) {
      phrases.add(new Part(phrase.group(2), !phrase.group(1).isEmpty()));
    }
    rest = phrase.replaceAll(" ");

    StringBuilder words = new StringBuilder();
    List<String> excluded = new ArrayList<>();
    for (String word : rest.split("\\s+")) {
      if (word.startsWith("-") && word.length() > 1) {
        excluded.add(word.substring(1));
      } else {
        words.append(word).append(' ');
      }
    }
    return new TypedQuery(List.copyOf(filters), numbers, List.copyOf(phrases), words.toString().strip(),
        List.copyOf(excluded));
  }

  private static Field field(String name) {
    for (Field field : Field.values()) {
      if (field.name().equalsIgnoreCase(Diacritics.searchForm(name))) {
        return field;
      }
    }
    return null;
  }
}
