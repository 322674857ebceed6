package vn.vankho.testing;

import java.nio.charset.StandardCharsets;

/**
 * Small text documents, each different (so none is a duplicate of another) and found by a word of its own: many
 * of them make many short jobs and frequent index commits.
 */
public final class NumberedNotes {
  private NumberedNotes() {}

  public static String fileName(int n) {
    return "bien-ban-" + n + ".txt";
  }

  /** The word only note {@code n} contains. */
  public static String word(int n) {
    return "luutru" + n + "x";
  }

  public static byte[] bytes(int n) {
    return ("ỦY BAN NHÂN DÂN XÃ ĐẠ TÔNG\nBIÊN BẢN\nHọp thôn lần thứ " + n
        + " về phong trào thi đua \"Người tốt, việc tốt\".\nMã lưu trữ: " + word(n) + ".\n")
        .getBytes(StandardCharsets.UTF_8);
  }
}
