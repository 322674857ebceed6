package vn.vankho.ingest.awards;

/**
 * A campaign a document names, as read: its quoted name, whether the document launches it ("phát động"),
 * the years that follow the name (null when none do), and the page and sentence it was read from.
 */
public record CampaignMention(String name, boolean launches, Integer periodFrom, Integer periodTo, int page,
    String sourceLine) {}
