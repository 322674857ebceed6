package vn.vankho.model;

import java.time.Instant;

/** One change made by a person: who, when, what, and the value before and after. */
public record AuditEntry(long id, Instant at, String actor, String action, Long documentId, String field,
    String before, String after) {}
