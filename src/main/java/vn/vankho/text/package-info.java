/**
 * Vietnamese text rules: normalization, folding, document numbers, dates. No I/O beyond reading its
 * own data tables from the classpath (index-config/), no storage, no Lucene: every other stage
 * builds on these rules, so they stay plain and testable.
 */
package vn.vankho.text;
