package vn.vankho.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The archive's PostgreSQL database: a connection pool, the schema brought up to date by Flyway,
 * and Jdbi over both. Works the same against the embedded server and an external one.
 */
public final class Database implements AutoCloseable {
  /**
   * Every data access interface of the store, described once when the database opens; {@code DatabaseDaosTest}
   * fails when one is left out.
   */
  static final List<Class<?>> DAOS = List.of(ArrangementDao.class, AuditDao.class, AwardDao.class,
      AwardeeDao.class, CampaignDao.class, CampaignLinkDao.class, CitationDao.class, ClaimDao.class, DocumentDao.class,
      FieldDao.class, FixityDao.class, IntakeDao.class, JobDao.class, PageDao.class, ReadingDao.class, SessionDao.class,
      UnitDao.class, UserDao.class);

  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(HikariDataSource pool) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    describeDaos();
  }

  /**
   * Jdbi describes an interface (its statements, mappers, handlers) the first time a handle attaches it, and keeps
   * the description in that handle's copy of the configuration, which dies with the handle: described here, in the
   * configuration every handle copies, it is made once instead of at each attach (7.7% of an import's CPU).
   */
  private void describeDaos() {
    Extensions extensions = jdbi.getConfig(Extensions.class);
    ExtensionFactory sqlObjects = extensions.findFactory(SqlObjectFactory.class).orElseThrow();
    DAOS.forEach(dao -> extensions.findMetadata(dao, sqlObjects));
  }

  /**
   * Connects to {@code url} and migrates the schema. Accepts a JDBC URL or the libpq form
   * ({@code postgresql://user:password@host:5432/db}).
   */
  public static Database open(String url) {
    return open(url, null);
  }

  /**
   * Connects to {@code url} and migrates the schema only up to {@code version}: a backup made at that version
   * is loaded into it, then {@link #migrate()} brings it up to date.
   */
  public static Database openAt(String url, String version) {
    return open(url, version);
  }

  private static Database open(String url, String targetVersion) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl(url));
    config.setMaximumPoolSize(Math.max(8, Runtime.getRuntime().availableProcessors() * 2 + 2));
    config.setPoolName("vankho");
    // a batch of inserts (a document's pages, fields, citations) goes as one multi-row statement, not one per row
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      migrate(pool, targetVersion);
      return new Database(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Applies the migrations not applied yet. */
  public void migrate() {
    migrate(pool, null);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    pool.close();
  }

  private static void migrate(DataSource dataSource, String targetVersion) {
    var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    if (targetVersion != null) {
      flyway.target(targetVersion);
    }
    flyway.load().migrate();
  }

  static String jdbcUrl(String url) {
    if (url.startsWith("jdbc:")) {
      return url;
    }
    URI uri = URI.create(url);
    if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
      throw new IllegalArgumentException("not a PostgreSQL URL: " + url);
    }
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append(uri.getPath() == null || uri.getPath().isEmpty() ? "/postgres" : uri.getPath());
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      String[] parts = userInfo.split(":", 2);
      jdbc.append("?user=").append(parts[0]);
      if (parts.length == 2) {
        jdbc.append("&password=").append(parts[1]);
      }
    }
    return jdbc.toString();
  }
}
