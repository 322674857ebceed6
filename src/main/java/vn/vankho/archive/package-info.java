/**
 * The archive put together: intake, workers, indexer, inbox, fixity check, backup and restore, and the
 * views the web and the command line show. Knows every stage before it; holds no SQL (that is
 * {@code store}) and no Lucene (that is {@code index}).
 */
package vn.vankho.archive;
