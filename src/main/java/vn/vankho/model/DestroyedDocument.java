package vn.vankho.model;

import java.time.Instant;
import java.time.LocalDate;

/** The record kept for ever of a destroyed document: what it was, in which file, who proposed, who approved, when, why. */
public record DestroyedDocument(long id, long documentId, String number, String title, LocalDate date, String sha256,
    String fileCode, String fileTitle, String reason, String proposedBy, String approvedBy, Instant destroyedAt) {}
