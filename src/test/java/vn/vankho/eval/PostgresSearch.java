package vn.vankho.eval;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The alternative a user might pick instead of Lucene: PostgreSQL's own full-text search over the judged
 * collection, folded by {@code unaccent}, as its documentation suggests: a tsvector of
 * {@code unaccent(text)} with the 'simple' configuration under a GIN index, queried with
 * {@code websearch_to_tsquery('simple', unaccent(query))} (words, "phrases", -exclusions) and ranked by
 * {@code ts_rank}. The table is temporary: it lives as long as this connection.
 */
final class PostgresSearch implements RankedSearch {
  private static final String QUERY = """
      SELECT name FROM eval_documents, websearch_to_tsquery('simple', unaccent(?)) AS q
      WHERE searchable @@ q ORDER BY ts_rank(searchable, q) DESC, name LIMIT ?""";

  private final Connection connection;
  private final PreparedStatement query;

  PostgresSearch(String jdbcUrl, Map<String, String> documents) {
    try {
      connection = DriverManager.getConnection(jdbcUrl);
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
        // unaccent() is only STABLE, so the tsvector is computed on insert rather than as a generated column.
        s.execute("CREATE TEMPORARY TABLE eval_documents (name text PRIMARY KEY, searchable tsvector NOT NULL)");
        s.execute("CREATE INDEX ON eval_documents USING gin (searchable)");
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO eval_documents VALUES (?, to_tsvector('simple', unaccent(?)))")) {
        for (Map.Entry<String, String> document : documents.entrySet()) {
          insert.setString(1, document.getKey());
          insert.setString(2, document.getValue());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (Statement s = connection.createStatement()) {
        s.execute("ANALYZE eval_documents");
      }
      query = connection.prepareStatement(QUERY);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot set up PostgreSQL full-text search: " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "PostgreSQL FTS (unaccent, simple, ts_rank)";
  }

  @Override
  public List<String> search(String text, int limit) {
    try {
      query.setString(1, text);
      query.setInt(2, limit);
      List<String> ranked = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ranked.add(rows.getString(1));
        }
      }
      return ranked;
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL search failed for " + text + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
