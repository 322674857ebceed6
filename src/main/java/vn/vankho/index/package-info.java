/**
 * The Lucene index: Vietnamese analysis, entries derived from the database's records, search.
 * Knows {@code vn.vankho.text} and the model; nothing of HTTP or SQL.
 */
package vn.vankho.index;
