package vn.vankho.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.web.SecureCookies;
import vn.vankho.web.WebApp;
import vn.vankho.web.WebSettings;

/** {@code vankho serve}: the web UI and API, the workers and the inbox, until stopped. */
@Command(name = "serve", description = "Run the archive: web UI and API, workers, inbox folder.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--inbox", defaultValue = "${env:VANKHO_INBOX:-ingest/inbox}",
      description = "Folder whose new files are imported (default: ${DEFAULT-VALUE}).")
  Path inbox;

  @Option(names = "--workers", description = "Documents read at once (default: the number of cores); 0 to leave "
      + "the reading to `vankho worker` processes on the same database.")
  Integer workers;

  @Mixin ReadingOptions reading;

  @Option(names = "--anonymous-read", description = "Let people search and read without logging in (a public reading room).")
  boolean anonymousRead;

  @Option(names = "--max-upload-mb", defaultValue = "200", description = "Largest file accepted in one upload, in MB (default: ${DEFAULT-VALUE}).")
  long maxUploadMb;

  @Option(names = "--secure-cookies", defaultValue = "AUTO", description = "Mark the session cookie Secure: ${COMPLETION-CANDIDATES} "
      + "(default: ${DEFAULT-VALUE}, which is on over HTTPS and whenever the server is reached by a name other than localhost).")
  SecureCookies secureCookies;

  @Option(names = "--verify-every", defaultValue = "24h", converter = Every.class,
      description = "How often to check every stored file against its SHA-256 (as `vankho verify` does), e.g. 24h, "
          + "30m, 7d; 0 for never (default: ${DEFAULT-VALUE}). Admins see the last result at /fixity.")
  Duration verifyEvery;

  @Override
  public Integer call() throws InterruptedException {
    Archive archive = Archive.open(reading.apply(parent.settings(), workers));
    archive.startProcessing();
    archive.watchInbox(inbox);
    if (!verifyEvery.isZero()) {
      archive.verifyEvery(verifyEvery);
    }
    WebSettings web = new WebSettings(host, port, maxUploadMb * 1024 * 1024)
        .withAnonymousRead(anonymousRead).withSecureCookies(secureCookies);
    Javalin server = WebApp.create(archive, web);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      archive.close();
      stopped.countDown();
    }));
    server.start();
    System.out.println("Văn Khố is serving at http://localhost:" + port + "/ (inbox: " + inbox.toAbsolutePath() + ")");
    stopped.await();
    return 0;
  }

  /** A period as people write it: a number and s, m, h or d; 0 alone for none. */
  static final class Every implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      if (value.strip().equals("0")) {
        return Duration.ZERO;
      }
      Matcher period = Pattern.compile("(\\d+)\\s*([smhd])").matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!period.matches()) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a period such as 30m, 24h or 7d");
      }
      long amount = Long.parseLong(period.group(1));
      return switch (period.group(2)) {
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
  }
}
