package vn.vankho.model;

/** A unit expected to implement what {@code parent} (an issuing body, as documents name it) issues. */
public record SubordinateUnit(long id, String name, String parent) {}
