/**
 * The plugin SolrCloud loads for the archive's collection (index-config/solr): the query parser and the ranking of
 * the embedded index. With the analysis factories of {@code vn.vankho.index}, it is what makes SolrCloud search as the
 * embedded index does. Solr loads it from vankho.jar; nothing of the archive's own process uses it.
 */
package vn.vankho.index.solr;
