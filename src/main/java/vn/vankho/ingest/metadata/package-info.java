/**
 * Reads the structure of a Vietnamese official document from its page texts: number, type, issuer,
 * place and date, subject, signature, recipients and the documents it cites. Pure code: it imports
 * {@code vn.vankho.text} and its own data tables (index-config/), no I/O, no storage, no Lucene.
 * Every value it returns says on which page and from which line it was read, so an archivist can check it.
 */
package vn.vankho.ingest.metadata;
