package vn.vankho.ingest;

import vn.vankho.model.Reason;

/**
 * A document failed because it is over its {@link ReadingBudget}: too many pages, or too long to read. Its
 * {@link #reason()} names the budget; the detail says by how much and what to do, for the log and the command line.
 */
public final class ReadingBudgetExceededException extends ReadException {
  /** The budget a document went over, with the reason archivists see. */
  public enum Budget {
    PAGES(Reason.TOO_MANY_PAGES),
    TIME(Reason.READING_TIME_EXCEEDED);

    private final Reason reason;

    Budget(Reason reason) {
      this.reason = reason;
    }
  }

  ReadingBudgetExceededException(Budget budget, String detail) {
    super(budget.reason, detail, null);
  }
}
