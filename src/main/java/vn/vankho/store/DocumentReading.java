package vn.vankho.store;

import java.util.List;
import vn.vankho.model.Award;
import vn.vankho.model.CampaignLink;
import vn.vankho.model.Citation;
import vn.vankho.model.Document;
import vn.vankho.model.Page;
import vn.vankho.model.Provenance;

/**
 * Everything one reading of a document produced, saved together or not at all: the document with the fields read
 * filled in, its pages, where each field was read, and what it cites, awards and takes part in.
 */
public record DocumentReading(Document document, List<Page> pages, List<Provenance> provenance,
    List<Citation> citations, List<Award> awards, List<CampaignLink> campaignLinks) {

  public DocumentReading {
    pages = List.copyOf(pages);
    provenance = List.copyOf(provenance);
    citations = List.copyOf(citations);
    awards = List.copyOf(awards);
    campaignLinks = List.copyOf(campaignLinks);
  }
}
