package vn.vankho.index;

/** A query as a person typed it, and which page of results to show. */
public record SearchRequest(String query, int limit, int offset) {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_QUERY_LENGTH = 1000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
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
}
