package vn.vankho.archive;

import java.time.Instant;
import java.util.List;

/**
 * What one run of the fixity check found: how many originals and page images it checked against the
 * SHA-256 the records hold, and each one missing or changed.
 */
public record FixityReport(Instant startedAt, Instant finishedAt, int filesChecked, int imagesChecked,
    List<Problem> problems) {

  public FixityReport {
    problems = List.copyOf(problems);
  }

  /** A kept file that is not what the records say: {@code page} is null for a document's original. */
  public record Problem(long documentId, Integer page, String fileName, String path, State state) {
    /** What the page shows in the "what" column. */
    public String what() {
      return page == null ? "Bản gốc" : "Ảnh trang " + page;
    }
  }

  public enum State {
    MISSING("mất tệp"),
    CHANGED("nội dung đã thay đổi");

    private final String vietnamese;

    State(String vietnamese) {
      this.vietnamese = vietnamese;
    }

    public String vietnamese() {
      return vietnamese;
    }
  }

  public boolean intact() {
    return problems.isEmpty();
  }
}
