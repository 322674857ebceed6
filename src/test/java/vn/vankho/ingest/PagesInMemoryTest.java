package vn.vankho.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.OcrSettings;
import vn.vankho.model.Reason;
import vn.vankho.testing.TestFiles;
import vn.vankho.testing.TestOcr;

/**
 * However many documents are read at once, no more than the reader's few decoded pages exist at a time:
 * memory is a few pages, not a document (nor a document per worker).
 */
class PagesInMemoryTest {
  private static final int PAGES_AHEAD = 2;
  private static final int WORKERS = 3;

  @TempDir Path folder;

  @Test
  void documentsReadAtOnceNeverHoldMoreDecodedPagesThanTheReaderAllows() throws Exception {
    Path blank = folder.resolve("blank.pdf");
    Files.write(blank, TestFiles.blankPdf(12));
    // blank pages at a low resolution: quick to render and read, so pages pile up if nothing holds them back
    OcrSettings lowResolution = TestOcr.settingsAt(100);
    CountingPool pool = new CountingPool(2);
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    try (OcrEngine ocr = new OcrEngine(lowResolution)) {
      DocumentReader reader = new DocumentReader(ocr, pool, PAGES_AHEAD, ReadingBudget.defaults());
      AtomicInteger imagesKept = new AtomicInteger();
      List<Future<String>> reads = new ArrayList<>();
      for (int i = 0; i < WORKERS; i++) {
        Callable<String> read = () -> {
          try {
            reader.read(blank, "application/pdf", ReadProgress.NONE, (page, image) -> imagesKept.incrementAndGet());
            return "read";
          } catch (ReadException e) {
            return e.reason().code();
          }
        };
        reads.add(workers.submit(read));
      }
      for (Future<String> read : reads) {
        assertEquals(Reason.NO_TEXT_READ.code(), read.get(5, TimeUnit.MINUTES), "blank pages hold no text");
      }
      assertEquals(WORKERS * 12, imagesKept.get(), "every page was decoded and its image kept");
      assertEquals(WORKERS * 12, pool.handed.size(), "every page went to OCR");
      assertTrue(pool.handed.stream().allMatch(page -> page.isDone() && !page.isCancelled()), "and was read");
      assertTrue(pool.mostAtOnce.get() <= PAGES_AHEAD, "decoded pages at once: " + pool.mostAtOnce.get());
    } finally {
      workers.shutdownNow();
      pool.shutdownNow();
    }
  }

  /**
   * The page pool, counting at each new page the pages handed to it whose reading has not ended: each holds a
   * decoded image. A page's future is done before the reader learns of it, so the count is never early.
   */
  private static final class CountingPool extends ThreadPoolExecutor {
    final Queue<Future<?>> handed = new ConcurrentLinkedQueue<>();
    final Queue<Future<?>> unfinished = new ConcurrentLinkedQueue<>();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    CountingPool(int threads) {
      super(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    }

    @Override
    public void execute(Runnable page) {
      handed.add((Future<?>) page);
      unfinished.add((Future<?>) page);
      unfinished.removeIf(Future::isDone);
      mostAtOnce.accumulateAndGet(unfinished.size(), Math::max);
      super.execute(page);
    }
  }
}
