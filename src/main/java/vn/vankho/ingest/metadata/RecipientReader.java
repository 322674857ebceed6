package vn.vankho.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The "Nơi nhận" list: one recipient a bulleted line, cleaned of the bullet, of notes in brackets
 * ("(báo cáo)", "(b/c)") and of what a merged signature column or a stamp left after the last comma
 * ("..., PHÓ BÍ THƯ", "..., -:LQ\—(?"): a tail with no word in lower case. The list ends with the
 * archive copy ("Lưu VT", "Lưu Văn phòng Huyện ủy"), written last by convention.
 */
final class RecipientReader {
  private static final Pattern NOTE = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{2,}");
  private static final Pattern ARCHIVE_COPY = Pattern.compile("(?i)^l[uư]u(?:[\\s:].*)?");

  private RecipientReader() {}

  static List<String> read(List<PageText> pages) {
    for (int p = pages.size() - 1; p >= 0; p--) {
      PageText page = pages.get(p);
      for (int i = page.lineCount() - 1; i >= 0; i--) {
        List<Token> words = page.lineTokens(i);
        if (Tables.documentCue("recipients").at(words, 0).isPresent()) {
          return items(pages, p, i + 1);
        }
      }
    }
    return List.of();
  }

  private static List<String> items(List<PageText> pages, int pageIndex, int fromLine) {
    List<String> items = new ArrayList<>();
    for (int p = pageIndex; p < pages.size(); p++) {
      PageText page = pages.get(p);
      for (int i = p == pageIndex ? fromLine : 0; i < page.lineCount(); i++) {
        String line = page.line(i).strip();
        if (line.startsWith("-") || line.startsWith("+") || line.startsWith("•")) {
          String item = clean(line.substring(1));
          if (!item.isEmpty()) {
            items.add(item);
          }
          if (ARCHIVE_COPY.matcher(item).matches()) {
            return items;
          }
        } else if (!items.isEmpty() && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
          items.set(items.size() - 1, clean(items.get(items.size() - 1) + " " + line));
        }
      }
    }
    return items;
  }

  private static String clean(String raw) {
    String item = raw.strip();
    int cut = Math.max(Math.max(item.lastIndexOf(','), item.lastIndexOf(';')), item.lastIndexOf('.'));
    if (cut >= 0 && !LOWER_WORD.matcher(NOTE.matcher(item.substring(cut + 1)).replaceAll("")).find()) {
      item = item.substring(0, cut);
    }
    return NOTE.matcher(item).replaceAll("").replaceAll("[\\s,;.:]+$", "").replaceAll("\\s+", " ").strip();
  }
}
