package vn.vankho.store;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A write the database refused because it would break one of the tables' rules: a value another row has
 * (a fonds code, a series symbol), a row it names that is not there, or a check. The archive turns it into a
 * refusal that says what clashed; nothing was written, since the transaction was rolled back.
 */
public final class ConstraintViolation extends RuntimeException {
  /** PostgreSQL's SQLSTATE codes for the three kinds (Appendix A, class 23). */
  public enum Kind {
    UNIQUE("23505"), FOREIGN_KEY("23503"), CHECK("23514");

    private final String sqlState;

    Kind(String sqlState) {
      this.sqlState = sqlState;
    }
  }

  private final Kind kind;
  private final String constraint;

  private ConstraintViolation(Kind kind, String constraint, Throwable cause) {
    super(kind + " constraint " + constraint + " violated", cause);
    this.kind = kind;
    this.constraint = constraint;
  }

  public Kind kind() {
    return kind;
  }

  /** The constraint's name in the schema, e.g. {@code fonds_code_key}. */
  public String constraint() {
    return constraint;
  }

  /** Runs a write, turning the database's refusal by a constraint into a {@link ConstraintViolation}. */
  static <T> T translated(Supplier<T> write) {
    try {
      return write.get();
    } catch (JdbiException e) {
      throw of(e).orElseThrow(() -> e);
    }
  }

  private static Optional<ConstraintViolation> of(JdbiException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (Kind kind : Kind.values()) {
          if (kind.sqlState.equals(sql.getSQLState())) {
            ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
            return Optional.of(new ConstraintViolation(kind, server == null ? "" : server.getConstraint(), e));
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
