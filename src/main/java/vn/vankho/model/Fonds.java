package vn.vankho.model;

/** A fonds (phông lưu trữ): the records of one body, under its identifier, the first part of every file code. */
public record Fonds(long id, String code, String name) {}
