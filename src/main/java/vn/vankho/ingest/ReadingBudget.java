package vn.vankho.ingest;

import java.time.Duration;

/**
 * How much one document may cost to read: at most {@code maxPages} pages and {@code maxTime} of reading.
 * A document over either is failed with {@link ReadingBudgetExceededException}, which names the budget;
 * it is never read in part. Its original is kept, so it can be split, or read again once an administrator
 * raises the budget ({@code serve --max-pages}, {@code --max-reading-minutes}).
 *
 * <p>The defaults are what an archive of official records needs: a decision, plan or report has from one
 * to a few dozen pages, and a whole bound dossier rarely over two hundred; 300 pages of scans take about
 * five minutes of a two-core machine (a second or more of CPU a page). Twenty minutes leaves room for a
 * long scan read while other documents share the cores, and stops a file whose pages each take Tesseract
 * minutes (noise read as text) before it holds a worker for hours.
 */
public record ReadingBudget(int maxPages, Duration maxTime) {
  public static final int DEFAULT_MAX_PAGES = 300;
  public static final int DEFAULT_MAX_MINUTES = 20;
  public static final Duration DEFAULT_MAX_TIME = Duration.ofMinutes(DEFAULT_MAX_MINUTES);

  public ReadingBudget {
    if (maxPages < 1) throw new IllegalArgumentException("a document must be allowed at least one page");
    if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
      throw new IllegalArgumentException("the reading time must be positive");
    }
  }

  public static ReadingBudget defaults() {
    return new ReadingBudget(DEFAULT_MAX_PAGES, DEFAULT_MAX_TIME);
  }

  /** Fails a document of {@code pages} pages when that is over the page budget; {@code kind} is "PDF", "image". */
  void checkPages(int pages, String kind) throws ReadingBudgetExceededException {
    if (pages > maxPages) {
      throw new ReadingBudgetExceededException(ReadingBudgetExceededException.Budget.PAGES,
          "the " + kind + " has " + pages + " pages, more than the " + maxPages + " a document may have here;"
              + " split it into its documents, or ask an administrator to raise the limit (serve --max-pages)"
              + " and read it again");
    }
  }

  /** A clock for one document's reading, started now. */
  Deadline start() {
    return new Deadline(System.nanoTime() + maxTime.toNanos());
  }

  /** When one document's reading must end. */
  final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
      this.endNanos = endNanos;
    }

    /** Nanoseconds left, at least zero. */
    long remainingNanos() {
      return Math.max(0, endNanos - System.nanoTime());
    }

    /** Fails the reading when its time has run out, telling how far it got. */
    void check(int pagesDone, int pagesTotal) throws ReadingBudgetExceededException {
      if (remainingNanos() == 0) {
        throw exceeded(pagesDone, pagesTotal);
      }
    }

    ReadingBudgetExceededException exceeded(int pagesDone, int pagesTotal) {
      return new ReadingBudgetExceededException(ReadingBudgetExceededException.Budget.TIME,
          "reading stopped after " + minutes(maxTime) + ", the most one document may take here, with "
              + pagesDone + " of " + pagesTotal + " pages read, so none of its text was kept. Split it into its"
              + " documents, or ask an administrator to raise the limit (serve --max-reading-minutes) and read"
              + " it again");
    }
  }

  private static String minutes(Duration time) {
    long seconds = time.toSeconds();
    return seconds % 60 == 0 ? seconds / 60 + (seconds == 60 ? " minute" : " minutes")
        : seconds + (seconds == 1 ? " second" : " seconds");
  }
}
