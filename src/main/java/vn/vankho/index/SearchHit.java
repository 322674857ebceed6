package vn.vankho.index;

/**
 * One document in a result list. {@code snippet} is HTML: the document's own text escaped, with the
 * matched words in {@code <mark>}; everything else here is plain text, to be escaped where shown.
 */
public record SearchHit(long id, String number, String type, String issuer, String date, String title,
    String fileName, float score, String snippet) {}
