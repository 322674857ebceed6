package vn.vankho.model;

import java.time.Instant;

/**
 * One change made by a person: who, when, what, and the value before and after; {@code origin} says
 * from where (a client address, a host and folder, the inbox), null where it was not recorded.
 */
public record AuditEntry(long id, Instant at, String actor, String action, Long documentId, String field,
    String before, String after, String origin) {}
