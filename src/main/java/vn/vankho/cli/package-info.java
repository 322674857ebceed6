/** The {@code vankho} command line (picocli). Calls {@code vn.vankho.archive}; no SQL, no Lucene here. */
package vn.vankho.cli;
