/**
 * Measures search: the judged collection (recall@10, MRR, nDCG@10 per kind of query, against PostgreSQL's
 * own full-text search as the alternative) and latency at scale on a synthetic corpus. Knows {@code index},
 * {@code text}, the model and, for PostgreSQL, {@code store}; only the command line calls it.
 */
package vn.vankho.eval;
