package vn.vankho.index;

import java.util.Locale;
import vn.vankho.model.Refusal;
import vn.vankho.model.Secrecy;

/**
 * A query as a person typed it, which page of results to show, in which order, and the clearance of who asks:
 * documents above it are not in the results at all. A request made without one is cleared for nothing classified;
 * the archive's search door sets the asker's ({@link #clearedFor}).
 */
public record SearchRequest(String query, int limit, int offset, Order order, Secrecy clearance) {
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
        throw Refusal.SORT.of(value);
      }
    }
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    order = order == null ? Order.RELEVANCE : order;
    clearance = clearance == null ? Secrecy.NONE : clearance;
    if (query.length() > MAX_QUERY_LENGTH) {
      throw Refusal.QUERY_TOO_LONG.of(MAX_QUERY_LENGTH);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw Refusal.SEARCH_LIMIT.of(MAX_LIMIT);
    }
    if (offset < 0) {
      throw Refusal.OFFSET.of();
    }
  }

  public SearchRequest(String query, int limit, int offset, Order order) {
    this(query, limit, offset, order, Secrecy.NONE);
  }

  /** Best match first. */
  public SearchRequest(String query, int limit, int offset) {
    this(query, limit, offset, Order.RELEVANCE);
  }

  /** This request for someone with {@code clearance}. */
  public SearchRequest clearedFor(Secrecy clearance) {
    return new SearchRequest(query, limit, offset, order, clearance);
  }
}
