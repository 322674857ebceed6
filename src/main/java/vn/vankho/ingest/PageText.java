package vn.vankho.ingest;

import vn.vankho.model.PageSource;

/** The text read from one page, where it came from, and the OCR engine's confidence (null for a text layer). */
public record PageText(int number, String text, PageSource source, Float confidence) {}
