package vn.vankho.archive;

/** What a restore rebuilt: the documents indexed again, and the fixity check of the restored files. */
public record RestoreReport(String schemaVersion, long rows, int documentsIndexed, FixityReport fixity) {}
