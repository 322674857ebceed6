package vn.vankho.model;

import java.time.LocalDate;

/**
 * A citation between two documents. {@code number}, {@code date} and {@code issuer} describe the cited
 * document as the citing one writes it; {@code relation} is basis, implements, proposal, supersedes,
 * amends, repeals or mentions; {@code resolvedId} is the archived document it resolves to, null
 * while that document is not in the archive (a placeholder).
 */
public record Citation(long citingId, String number, String numberKey, LocalDate date, String issuer,
    String relation, Integer page, String sourceText, Long resolvedId) {}
