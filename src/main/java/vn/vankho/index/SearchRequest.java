package vn.vankho.index;

import java.util.Locale;

/** A query as a person typed it, which page of results to show, and in which order. */
public record SearchRequest(String query, int limit, int offset, Order order) {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_QUERY_LENGTH = 1000;

  /** Best match first, or newest first (undated documents last; equal dates by relevance). */
  public enum Order {
    RELEVANCE, DATE;

    /** "relevance" or "date", any case; null or blank is relevance. */
    public static Order parse(String value) {
      if (value == null || value.isBlank()) {
        return RELEVANCE;
      }
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("sort must be relevance or date");
      }
    }
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    order = order == null ? Order.RELEVANCE : order;
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("the query is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
  }

  /** Best match first. */
  public SearchRequest(String query, int limit, int offset) {
    this(query, limit, offset, Order.RELEVANCE);
  }
}
