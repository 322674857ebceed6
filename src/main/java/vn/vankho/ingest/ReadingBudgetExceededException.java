package vn.vankho.ingest;

/**
 * A document failed because it is over its {@link ReadingBudget}: too many pages, or too long to read. The
 * message says which, by how much, and what to do; {@link #code()} is the stable name of the reason.
 */
public final class ReadingBudgetExceededException extends ReadException {
  /** The budget a document went over, with the stable code of that reason. */
  public enum Budget {
    PAGES("too-many-pages"),
    TIME("reading-time-exceeded");

    private final String code;

    Budget(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final Budget budget;

  ReadingBudgetExceededException(Budget budget, String reason) {
    super(reason);
    this.budget = budget;
  }

  public Budget budget() {
    return budget;
  }

  /** {@code too-many-pages} or {@code reading-time-exceeded}. */
  public String code() {
    return budget.code();
  }
}
