package vn.vankho.model;

/** What confirming all that reading proposed in a document confirmed: how many awards and campaign links. */
public record Confirmation(int awards, int campaignLinks) {}
