package vn.vankho.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.ingest.ocr.OcrSettings;

/** {@code vankho}: the archive's command line. */
@Command(name = "vankho", mixinStandardHelpOptions = true, version = "Văn Khố 0.1",
    description = "Văn Khố: a records archive for Vietnamese Party and State offices.",
    subcommands = {ServeCommand.class, ImportCommand.class, SearchCommand.class, ShowCommand.class,
        ReindexCommand.class, RereadCommand.class, WorkerCommand.class, VerifyCommand.class, BackupCommand.class,
        RestoreCommand.class, AwardsCommand.class, ExportCommand.class, UserCommand.class, CommandLine.HelpCommand.class})
public final class VankhoCommand {

  @Option(names = "--data", scope = ScopeType.INHERIT, defaultValue = "${env:VANKHO_DATA:-data}",
      description = "Data folder: file store, index, embedded database (default: ${DEFAULT-VALUE}; env VANKHO_DATA).")
  Path data;

  @Option(names = "--database-url", scope = ScopeType.INHERIT, defaultValue = "${env:VANKHO_DATABASE_URL}",
      description = "An external PostgreSQL (jdbc:postgresql://… or postgresql://…) instead of the embedded one "
          + "(env VANKHO_DATABASE_URL).")
  String databaseUrl;

  @Option(names = "--store", scope = ScopeType.INHERIT, defaultValue = "${env:VANKHO_STORE}",
      description = "Keep the originals in S3-compatible object storage, s3://bucket/prefix, instead of DATA/files; "
          + "the server and credentials come from AWS_ENDPOINT_URL (MinIO, Ceph; unset for Amazon's), AWS_REGION, "
          + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (env VANKHO_STORE).")
  String store;

  @Option(names = "--solr", scope = ScopeType.INHERIT, defaultValue = "${env:VANKHO_SOLR}",
      description = "Keep the search index in the collection vankho of a SolrCloud, named by its ZooKeeper: "
          + "zk-host:port[,zk-host:port…][/chroot], instead of DATA/index (env VANKHO_SOLR; docs/scaling.md).")
  String solr;

  @Option(names = "--ocr-model", scope = ScopeType.INHERIT, defaultValue = "${env:VANKHO_OCR_MODEL:-fast}",
      description = "Tesseract model for scans: fast (Debian's, the default: as accurate here and a quarter cheaper, "
          + "see docs/benchmarks.md) or best (4.0.0_best_int, installed into DATA/tessdata-best by "
          + "scripts/fetch-ocr-models DATA/tessdata-best).")
  OcrSettings.Model ocrModel;

  Archive openArchive() {
    return Archive.open(settings());
  }

  ArchiveSettings settings() {
    OcrSettings ocr = ocrModel == OcrSettings.Model.BEST ? OcrSettings.best(data.resolve("tessdata-best")) : OcrSettings.defaults();
    return ArchiveSettings.of(data, databaseUrl == null || databaseUrl.isBlank() ? null : databaseUrl).withOcr(ocr)
        .withStore(store, System.getenv()).withSolr(solr);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new VankhoCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("vankho: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    return cli;
  }
}
