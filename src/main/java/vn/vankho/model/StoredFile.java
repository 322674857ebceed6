package vn.vankho.model;

/** Bytes kept in the content-addressed file store, named by their SHA-256. */
public record StoredFile(String sha256, long size) {}
