/**
 * Measures search: the judged collection (recall@10, MRR, nDCG@10 per kind of query, against PostgreSQL's
 * own full-text search as the alternative) and latency at scale on a synthetic corpus. Knows {@code index},
 * {@code text}, the model and, for PostgreSQL, {@code store}. It lives with the tests, outside the product's
 * jar: tests and the measuring commands ({@code vn.vankho.cli.MeasuringCommands}) call it.
 */
package vn.vankho.eval;
