package vn.vankho.store;

/**
 * A file the archive keeps and can check against the SHA-256 its records hold: a document's original
 * ({@code page} null) or the image of one of its pages.
 */
public record KeptFile(long documentId, Integer page, String fileName, String sha256) {}
