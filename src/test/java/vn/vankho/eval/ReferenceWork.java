package vn.vankho.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The same work each time (SHA-256 over 64 MB), whose CPU tells how fast the machine runs code, apart from the code
 * measured: a round whose documents cost more while this cost more too ran on a slower machine (a virtual machine
 * whose host is busy elsewhere, or whose two cores share one physical core, counts the lost speed as the process's
 * own CPU), not on slower code.
 *
 * <p>Measured two ways: {@link #cpuNanos() once}, on an idle process before a round; and {@link #during() during}
 * the round, a megabyte at a time on a thread of its own, beside the archive's threads, so that what slows them while
 * they run (the host's other guests come and go within a round) slows it too.
 */
final class ReferenceWork implements AutoCloseable {
  static final int MEGABYTES = 64;
  /** A megabyte's work (about 0.6 ms) every this many ms: about 1% of a core, 20 samples a second. */
  private static final long PAUSE_MILLIS = 50;
  static final String THREAD_NAME = "reference-work";

  private final List<Long> megabyteNanos = new ArrayList<>();
  private final Thread thread;
  private volatile boolean stopped;
  private long threadCpuNanos;

  private ReferenceWork() {
    thread = new Thread(this::sample, THREAD_NAME);
    thread.setDaemon(true);
    thread.start();
  }

  /** The CPU the calling thread takes for the whole work. */
  static long cpuNanos() throws NoSuchAlgorithmException {
    return new Hashing().cpuNanos(MEGABYTES);
  }

  /** Starts doing the work a megabyte at a time until {@linkplain #close() closed}. */
  static ReferenceWork during() {
    return new ReferenceWork();
  }

  private void sample() {
    try {
      Hashing hashing = new Hashing();
      while (!stopped) {
        long took = hashing.cpuNanos(1);
        synchronized (megabyteNanos) {
          megabyteNanos.add(took);
        }
        Thread.sleep(PAUSE_MILLIS);
      }
    } catch (InterruptedException e) {
      // closed while pausing
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      threadCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
  }

  /** The work itself: SHA-256 over a block of one megabyte, as many times as asked, timed in the thread's CPU. */
  private static final class Hashing {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final byte[] block = new byte[1 << 20];
    private final MessageDigest sha = MessageDigest.getInstance("SHA-256");

    Hashing() throws NoSuchAlgorithmException {}

    long cpuNanos(int megabytes) {
      long before = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < megabytes; i++) {
        sha.update(block);
      }
      sha.digest();
      return threads.getCurrentThreadCpuTime() - before;
    }
  }

  /** Stops the work and waits for its thread to end. */
  @Override
  public void close() throws InterruptedException {
    stopped = true;
    thread.interrupt();
    thread.join();
  }

  /** The median megabyte's CPU, times {@link #MEGABYTES}, to compare with {@link #cpuNanos()}; 0 with no sample. */
  long medianCpuNanos() {
    synchronized (megabyteNanos) {
      if (megabyteNanos.isEmpty()) {
        return 0;
      }
      List<Long> sorted = megabyteNanos.stream().sorted().toList();
      return sorted.get(sorted.size() / 2) * MEGABYTES;
    }
  }

  /** How many megabytes it hashed. */
  int samples() {
    synchronized (megabyteNanos) {
      return megabyteNanos.size();
    }
  }

  /** All the CPU its thread used, for the process's CPU to be counted without it (once {@linkplain #close closed}). */
  long threadCpuNanos() {
    return threadCpuNanos;
  }
}
