/**
 * The archive's records (documents, pages, jobs). Plain data: they know nothing of storage, search or HTTP.
 */
package vn.vankho.model;
