package vn.vankho.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker threads that take jobs from the queue until stopped. An idle worker looks again every
 * second (jobs may come from other processes) or at once when this process accepts a file.
 */
final class WorkerPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
  private static final long IDLE_POLL_MILLIS = 1000;

  private final List<Thread> threads = new ArrayList<>();
  private final ScheduledExecutorService heartbeats;
  private final Object wakeUp = new Object();
  private final LongConsumer afterJob;
  private volatile boolean stopped;

  /**
   * {@code size} workers named after the {@code run} of this process ({@link ProcessingRun}), which their leases carry;
   * {@code afterJob} is given the id of each job they do.
   */
  WorkerPool(int size, String run, WorkerFactory factory, LongConsumer afterJob) {
    this.afterJob = afterJob;
    this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "lease-heartbeat"));
    for (int i = 1; i <= size; i++) {
      Worker worker = factory.create(run + "/worker-" + i, heartbeats);
      threads.add(daemon(() -> loop(worker), "worker-" + i));
    }
    threads.forEach(Thread::start);
  }

  /** Builds a worker with its name and the shared heartbeat scheduler. */
  @FunctionalInterface
  interface WorkerFactory {
    Worker create(String name, ScheduledExecutorService heartbeats);
  }

  /** Tells idle workers that there is work. */
  void wakeUp() {
    synchronized (wakeUp) {
      wakeUp.notifyAll();
    }
  }

  private void loop(Worker worker) {
    while (!stopped) {
      try {
        OptionalLong done = worker.doNext();
        if (done.isPresent()) {
          afterJob.accept(done.getAsLong());
          continue;
        }
        synchronized (wakeUp) {
          wakeUp.wait(IDLE_POLL_MILLIS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (stopped) {
          return;
        }
        // the database may be restarting: keep the worker alive and try again shortly
        LOG.warn("worker loop: {}", e.toString());
        sleepQuietly();
      }
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(IDLE_POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stops taking jobs and waits for the jobs under way: interrupting a reader mid-file would turn a
   * good document into a failed one. A job that outlasts the wait is left to its lease.
   */
  @Override
  public void close() {
    stopped = true;
    wakeUp();
    for (Thread thread : threads) {
      try {
        thread.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    heartbeats.shutdownNow();
  }

  static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
