package vn.vankho.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;

/**
 * {@code vankho worker}: reads documents only, taking jobs from the shared database until stopped, beside one
 * {@code vankho serve} (which may read too, or not with {@code --workers 0}) that holds the index and catches it
 * up from what the workers save. See docs/scaling.md.
 */
@Command(name = "worker", description = "Read documents only: take jobs from the shared database (--database-url) "
    + "until stopped, beside a `vankho serve` that keeps the index. Originals and page images are read from and "
    + "written to the data folder, which must be the server's or a shared path.")
final class WorkerCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Option(names = "--threads", description = "Documents read at once (default: the number of cores).")
  Integer threads;

  @Option(names = "--lease-seconds", defaultValue = "" + ArchiveSettings.DEFAULT_LEASE_SECONDS,
      description = "How long a job of a worker that went silent (killed, cut off) waits before another worker "
          + "takes it over (default: ${DEFAULT-VALUE}).")
  double leaseSeconds;

  @Mixin ReadingOptions reading;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1 or more: a worker that reads nothing is no use");
    }
    Archive archive = Archive.open(reading.apply(parent.settings(), threads).withLeaseSeconds(leaseSeconds));
    String name = archive.startReading();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      archive.close(); // waits for the jobs under way
      stopped.countDown();
    }));
    System.out.println("Văn Khố worker " + name + " is reading documents");
    stopped.await();
    return 0;
  }
}
