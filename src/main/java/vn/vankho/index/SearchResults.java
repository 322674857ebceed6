package vn.vankho.index;

import java.util.List;

/** A page of hits and how many documents matched in all. */
public record SearchResults(long total, List<SearchHit> hits) {}
