package vn.vankho.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.store.JobQueue;

/**
 * The name of one run of the process that works on a data folder, which its workers' leases carry
 * ("host:12345@2026-11-30T09:15:02.345Z/worker-1"), kept in the folder. The next run to process there reads it and puts
 * back in the queue, at once, the jobs that run still held: it stopped (killed, power cut), so nobody
 * will finish them, and waiting out their leases would hold them a minute. Only that run's jobs: workers of
 * other data folders, on other machines sharing the database, and of {@code vankho worker} processes (which
 * record no run here, and whose jobs are taken over when their leases run out), keep theirs.
 *
 * <p>Begun only while holding the index for writing, which one process per data folder can: the run
 * named in the file is then certainly not running.
 */
final class ProcessingRun {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessingRun.class);
  /** The file in the data folder that names the last run. */
  static final String FILE = "processing-run";

  private ProcessingRun() {}

  /**
   * A new run's name as the jobs page shows it: host, pid and the time the run began
   * ("host:12345@2026-11-30T09:15:02.345Z"), the time because a pid comes back after a reboot, and one JVM may
   * run an archive more than once.
   */
  static String name() {
    RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    String[] pidAtHost = runtime.getName().split("@", 2);
    String host = pidAtHost.length == 2 ? pidAtHost[1] : "?";
    return host + ":" + runtime.getPid() + "@" + Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Releases the jobs of the run last recorded in {@code dataFolder} and records a new one; returns its name. */
  static String begin(Path dataFolder, JobQueue jobs) {
    Path file = dataFolder.resolve(FILE);
    try {
      Optional<String> previous = Files.exists(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty())
          : Optional.empty();
      if (previous.isPresent()) {
        int released = jobs.releaseJobsOf(previous.get());
        if (released > 0) {
          LOG.warn("put back in the queue {} jobs the previous run ({}) was reading when it stopped",
              released, previous.get());
        }
      }
      String run = name();
      Path written = Files.writeString(dataFolder.resolve(FILE + ".new"), run, StandardCharsets.UTF_8);
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record this run in " + file, e);
    }
  }
}
