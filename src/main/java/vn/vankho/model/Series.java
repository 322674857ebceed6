package vn.vankho.model;

/** A series of a fonds (ISAD(G)): files of one kind or one unit, under the symbol their codes end with. */
public record Series(long id, long fondsId, String code, String name) {}
