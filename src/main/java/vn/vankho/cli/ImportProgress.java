package vn.vankho.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.vankho.model.Job;

/**
 * Shows how far an import has got, in pages read of pages known: a bar with rate and time left on a
 * terminal, a plain line every few seconds otherwise (a log, a pipe), so scripts are not flooded.
 */
final class ImportProgress implements AutoCloseable {
  private static final Duration PLAIN_LINE_EVERY = Duration.ofSeconds(5);

  private final ProgressBar bar;
  private final PrintStream plain;
  private Instant lastLine = Instant.EPOCH;

  ImportProgress(int files, boolean terminal, PrintStream err) {
    this.bar = terminal
        ? new ProgressBarBuilder().setTaskName("Đọc").setUnit(" trang", 1).setInitialMax(files)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).showSpeed().setMaxRenderedLength(100).build()
        : null;
    this.plain = terminal ? null : err;
  }

  /** Takes the jobs as they are now. */
  void show(List<Job> jobs) {
    long done = 0;
    long total = 0;
    int ended = 0;
    for (Job job : jobs) {
      boolean over = job.status().ended();
      ended += over ? 1 : 0;
      // a job not yet counted stands for one page until its worker has counted them
      long pages = job.pagesTotal() == null ? 1 : Math.max(1, job.pagesTotal());
      total += pages;
      done += over ? pages : Math.min(pages, job.pagesDone());
    }
    if (bar != null) {
      bar.maxHint(total);
      bar.stepTo(done);
      bar.setExtraMessage(ended + "/" + jobs.size() + " tệp");
    } else if (Duration.between(lastLine, Instant.now()).compareTo(PLAIN_LINE_EVERY) >= 0 || ended == jobs.size()) {
      lastLine = Instant.now();
      plain.printf("read %d of %d pages; %d of %d files done%n", done, total, ended, jobs.size());
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
