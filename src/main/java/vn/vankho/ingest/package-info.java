/**
 * Reading files: type detection, text layers, OCR, metadata. Knows {@code vn.vankho.text} and the
 * model; knows nothing of the database, the index or HTTP.
 */
package vn.vankho.ingest;
