package vn.vankho.model;

/**
 * A campaign a document names, proposed as a link between them until an archivist confirms it (then
 * {@code campaignId} is the campaign) or rejects it. {@code launches}: the document launches the campaign.
 */
public record CampaignLink(long id, long documentId, String name, boolean launches, Integer periodFrom,
    Integer periodTo, String status, String sourceLine, Integer page, Long campaignId) {}
