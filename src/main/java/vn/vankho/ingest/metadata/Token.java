package vn.vankho.ingest.metadata;

import vn.vankho.text.Phrases;

/**
 * A word of a page, in the form phrases are compared on, and where it stands in the page text.
 *
 * @param norm lower case, no marks, with OCR slips undone (see {@link PageText})
 */
record Token(String norm, int start, int end) implements Phrases.Word {}
