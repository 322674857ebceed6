package vn.vankho.index;

import vn.vankho.model.Secrecy;

/**
 * One document in a result list. {@code snippet} is HTML: the document's own text escaped, with the
 * matched words in {@code <mark>}; everything else here is plain text, to be escaped where shown.
 * {@code secrecy} is its độ mật: a list shows the mark of a classified document, as its page does.
 */
public record SearchHit(long id, String number, String type, String issuer, String date, String title,
    String fileName, float score, String snippet, Secrecy secrecy) {}
