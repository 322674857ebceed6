/**
 * The web UI and JSON API (Javalin). Parses requests, calls {@code vn.vankho.archive}, renders; no SQL,
 * no Lucene here.
 */
package vn.vankho.web;
