package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.index.SearchResults;
import vn.vankho.model.AwardEdit;
import vn.vankho.model.Awardee;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Precedent;
import vn.vankho.model.PrecedentQuery;

/**
 * Archivists confirm, edit and reject the awards reading proposes; confirmed ones are precedents to search by
 * every filter, with their awardees and campaigns; the same awardee written differently is offered for merging.
 */
class AwardsTest {
  private static final String ARCHIVIST = "luutru";

  @TempDir Path data;
  Archive archive;
  Awards awards;

  @BeforeEach
  void open() {
    archive = Archive.open(ArchiveTestSupport.settings(data));
    archive.startProcessing();
    awards = archive.awards();
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private long read(String name) throws IOException, InterruptedException {
    try (InputStream in = AwardsTest.class.getResourceAsStream("/eval/docs/" + name)) {
      return readText(name, in.readAllBytes());
    }
  }

  private long readText(String name, byte[] text) throws InterruptedException {
    Job job = ArchiveTestSupport.importAndWait(archive, name, text);
    assertEquals(JobStatus.DONE, job.status(), job.error());
    return job.documentId();
  }

  private List<DocumentView.AwardView> awardsOf(long documentId) {
    return archive.documents().view(documentId, Reader.commandLine("test")).orElseThrow().awards();
  }

  private DocumentView.AwardView award(long documentId, String awardee) {
    return awardsOf(documentId).stream().filter(a -> a.awardee().equals(awardee)).findFirst().orElseThrow();
  }

  private static PrecedentQuery query(String form, String level, String kind, String attribute, String campaign,
      String unit, Integer from, Integer to, String text) {
    return new PrecedentQuery(form, level, kind, attribute, campaign, null, null, unit, from, to, text, 50);
  }

  private List<String> found(PrecedentQuery query) {
    return awards.precedents(query, Reader.commandLine("test")).stream().map(Precedent::awardee).toList();
  }

  @Test
  void readingAgainKeepsWhatArchivistsDecidedAndOnlyConfirmedAwardsArePrecedents() throws Exception {
    long province = read("qd-512-ubnd-2025.txt");
    long district = read("qd-845-ubnd-2024.txt");
    awards.confirm(award(province, "Ka Thị Huệ").id(), Reader.commandLine("test", ARCHIVIST));
    awards.confirm(award(province, "Đoàn Thanh niên xã Rô Men, huyện Đam Rông").id(), Reader.commandLine("test", ARCHIVIST));
    awards.reject(award(province, "Cil Mup").id(), Reader.commandLine("test", ARCHIVIST));
    awards.confirm(award(district, "Ka Thị Huệ").id(), Reader.commandLine("test", ARCHIVIST));
    awards.confirm(award(district, "Kră Jăn Ha Vy").id(), Reader.commandLine("test", ARCHIVIST));

    long reread = archive.corrections().reread(province, Reader.commandLine("test", ARCHIVIST));
    Job job = archive.jobs().await(List.of(reread), Duration.ofMinutes(1)).get(0);
    assertEquals(JobStatus.DONE, job.status(), job.error());
    List<DocumentView.AwardView> after = awardsOf(province);
    assertEquals(8, after.size(), "a decided award is not proposed a second time: " + after);
    assertEquals("confirmed", award(province, "Ka Thị Huệ").status());
    assertEquals("rejected", award(province, "Cil Mup").status());
    assertEquals("proposed", award(province, "Nguyễn Văn Thắng").status());
    assertTrue(archive.records().audit(20).stream().anyMatch(e -> e.action().equals("reject award") && e.actor().equals(ARCHIVIST)
        && e.documentId() == province && e.before().equals("proposed") && e.after().equals("rejected")
        && e.field().contains("Cil Mup")), archive.records().audit(20).toString());

    PrecedentQuery all = query(null, null, null, null, null, null, null, null, null);
    assertEquals(List.of("Ka Thị Huệ", "Đoàn Thanh niên xã Rô Men, huyện Đam Rông", "Ka Thị Huệ", "Kră Jăn Ha Vy"),
        found(all), "the latest decision first; proposed and rejected left out");
    assertEquals(List.of("Ka Thị Huệ", "Kră Jăn Ha Vy"), found(query("Giấy khen", null, null, null, null, null, null, null, null)));
    assertEquals(List.of("Ka Thị Huệ", "Kră Jăn Ha Vy"), found(query(null, "district", null, null, null, null, null, null, null)));
    assertEquals(List.of("Đoàn Thanh niên xã Rô Men, huyện Đam Rông"),
        found(query(null, null, "collective", null, null, null, null, null, null)));
    assertEquals(List.of("Ka Thị Huệ", "Ka Thị Huệ"),
        found(query(null, null, null, "ethnic-minority", "nguoi tot", null, null, null, null)));
    assertEquals(List.of("Ka Thị Huệ", "Đoàn Thanh niên xã Rô Men, huyện Đam Rông"),
        found(query(null, null, null, null, null, "huyện Đam Rông", null, null, null)), "the unit or the collective's name");
    assertEquals(List.of("Ka Thị Huệ", "Kră Jăn Ha Vy"), found(query(null, null, null, null, null, null, 2024, 2024, null)));
    assertEquals(List.of("Kră Jăn Ha Vy"), found(query(null, null, null, null, null, null, null, null, "CỦA RƠI")));
    assertEquals(List.of("Kră Jăn Ha Vy"), found(query(null, null, null, null, null, null, null, null, "roi cua")),
        "every word, in any order");
    assertEquals(List.of(), found(query(null, null, null, null, null, null, null, null, "100%")), "% is a literal");
    assertThrows(IllegalArgumentException.class, () -> found(query(null, null, "family", null, null, null, null, null, null)));

    Awards.Found everything = awards.search(all, Reader.commandLine("test"));
    assertEquals(4, everything.total());
    AwardCounts counts = everything.counts();
    assertEquals(List.of(2024, 2025), counts.years());
    assertEquals(2, counts.count(2024, "Giấy khen"));
    assertEquals(2, counts.count(2025, "Bằng khen"));
  }

  @Test
  void aConfirmedAwardHasItsAwardeeAndCampaignAndTheCampaignHasItsDocuments() throws Exception {
    long plan = readText("kh-7-hu-2024.txt", ("HUYỆN ỦY ĐAM RÔNG\nSố 7-KH/HU\nĐam Rông, ngày 05 tháng 01 năm 2024\n"
        + "KẾ HOẠCH\nPhát động phong trào \"Người tốt, việc tốt\" giai đoạn 2024 - 2026.\n"
        + "Gắn với phong trào thi đua \"Dân vận khéo\" và \"Cả nước chung tay vì người nghèo\".\n")
        .getBytes(StandardCharsets.UTF_8));
    List<DocumentView.CampaignLinkView> links = archive.documents().view(plan, Reader.commandLine("test")).orElseThrow().campaigns();
    assertEquals(List.of("Người tốt, việc tốt", "Dân vận khéo", "Cả nước chung tay vì người nghèo"),
        links.stream().map(DocumentView.CampaignLinkView::name).toList());
    assertTrue(links.get(0).launches() && !links.get(1).launches(), links.toString());
    links.forEach(link -> awards.confirmLink(link.id(), Reader.commandLine("test", ARCHIVIST)));
    awards.rejectLink(links.get(2).id(), Reader.commandLine("test", ARCHIVIST));

    long decision = read("qd-845-ubnd-2024.txt");
    awards.confirmAllProposed(decision, ARCHIVIST);

    Awards.CampaignSummary goodDeeds = awards.campaigns(Reader.commandLine("test")).stream()
        .filter(c -> c.campaign().name().equals("Người tốt, việc tốt")).findFirst().orElseThrow();
    assertEquals(2, goodDeeds.documents(), "the plan and the decision");
    assertEquals(5, goodDeeds.awards());
    Awards.CampaignView view = awards.campaign(goodDeeds.campaign().id(), Reader.commandLine("test")).orElseThrow();
    assertEquals(plan, view.launchedBy().id(), "the plan launches it");
    assertEquals(2024, view.campaign().periodFrom());
    assertEquals(2026, view.campaign().periodTo());
    assertEquals(Set.of(2024), view.awardsByYear().keySet());
    assertEquals(5, view.counts().count(2024, "Giấy khen"));
    assertEquals(Set.of("Người tốt, việc tốt", "Dân vận khéo"),
        awards.campaigns(Reader.commandLine("test")).stream().map(c -> c.campaign().name()).collect(Collectors.toSet()),
        "a link confirmed, then rejected, leaves no campaign in the list");

    SearchResults inCampaign = archive.search().find(new SearchRequest("phongtrao:\"nguoi tot viec tot\"", 10, 0), Reader.commandLine("test"));
    assertEquals(Set.of(plan, decision), inCampaign.hits().stream().map(SearchHit::id).collect(Collectors.toSet()),
        "the documents of the campaign, found by its name without marks");
    assertTrue(inCampaign.facets().get("campaign").stream().anyMatch(f -> f.value().equals("Người tốt, việc tốt")
        && f.count() == 2), inCampaign.facets().toString());
    assertEquals(List.of(plan), archive.search().find(new SearchRequest("phongtrào:\"Dân vận khéo\"", 10, 0), Reader.commandLine("test")).hits().stream()
        .map(SearchHit::id).toList());

    long vy = awards.precedents(query(null, null, null, null, null, null, null, null, "Kră Jăn"), Reader.commandLine("test"))
        .get(0).awardeeId();
    Awards.AwardeeView awardee = awards.awardee(vy, Reader.commandLine("test")).orElseThrow();
    assertEquals("individual", awardee.awardee().kind());
    assertEquals(Set.of("student"), Set.copyOf(awardee.awardee().attributes()));
    assertEquals(List.of("845/QĐ-UBND"), awardee.awards().stream().map(Precedent::documentNumber).toList());
  }

  @Test
  void anArchivistsEditIsWhatIsConfirmedAndAudited() throws Exception {
    long decision = read("qd-845-ubnd-2024.txt");
    DocumentView.AwardView read = award(decision, "Hoàng Văn Sùng");
    awards.edit(read.id(), new AwardEdit("Hoàng Văn Sùng", "individual", "Trưởng thôn Đạ Sa, xã Đạ Long",
        "thôn Đạ Sa, xã Đạ Long", "Giấy khen",
        read.authority(), "district", read.achievement(), List.of("ethnic-minority", "grassroots"),
        "Dân vận khéo"), Reader.commandLine("test", ARCHIVIST));

    DocumentView.AwardView edited = award(decision, "Hoàng Văn Sùng");
    assertEquals("confirmed", edited.status());
    assertEquals("Dân vận khéo", edited.campaign());
    assertNotNull(edited.campaignId());
    assertEquals(List.of("Hoàng Văn Sùng"),
        found(query(null, null, null, "grassroots", "dan van kheo", "Đạ Long", null, null, null)));
    assertTrue(archive.records().audit(5).stream().anyMatch(e -> e.action().equals("edit award")
        && e.before().contains("Người tốt, việc tốt") && e.after().contains("Dân vận khéo")), archive.records().audit(5).toString());
    assertThrows(IllegalArgumentException.class, () -> awards.edit(read.id(),
        new AwardEdit(" ", "individual", "", "", "Giấy khen", null, null, null, List.of(), null), Reader.commandLine("test", ARCHIVIST)));
  }

  private static byte[] decisionFor(String number, String awardeeLine) {
    return ("ỦY BAN NHÂN DÂN HUYỆN LẠC DƯƠNG\nSố: " + number + "\nLạc Dương, ngày 10 tháng 6 năm 2025\n"
        + "QUYẾT ĐỊNH\nVề việc tặng Giấy khen\n"
        + "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 1 cá nhân đã có thành tích trong phong trào "
        + "\"Người tốt, việc tốt\" năm 2025:\n" + awardeeLine + "\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void oneNameWrittenThreeWaysIsOfferedForMergingAndMergedOnlyWhenAsked() throws Exception {
    for (var decision : List.of(
        List.of("101/QĐ-UBND", "1. Ông Nguyễn Văn Hùng, công nhân Công ty Chè Cầu Đất: cứu người đuối nước."),
        List.of("102/QĐ-UBND", "1. Ong Nguyen Van Hung, cong nhan Cong ty Che Cau Dat: hien mau tinh nguyen."),
        List.of("103/QĐ-UBND", "1. Ông Nguyễn Vãn Hùmg, tổ trưởng tổ dân phố 3, thị trấn Lạc Dương: giữ gìn an ninh."),
        List.of("104/QĐ-UBND", "1. Ông Nguyễn Văn Hải, nông dân xã Lát: hiến đất làm đường."))) {
      awards.confirmAllProposed(readText(decision.get(0) + ".txt", decisionFor(decision.get(0), decision.get(1))),
          ARCHIVIST);
    }
    assertEquals(4, awards.awardees(Reader.commandLine("test")).size(), "nothing merged silently: " + awards.awardees(Reader.commandLine("test")));

    List<Awards.MergeProposal> proposals = awards.proposals(Reader.commandLine("test"));
    assertEquals(1, proposals.size(), proposals.toString());
    List<Awardee> hung = proposals.get(0).awardees();
    assertEquals(Set.of("Nguyễn Văn Hùng", "Nguyen Van Hung", "Nguyễn Vãn Hùmg"),
        hung.stream().map(Awardee::name).collect(Collectors.toSet()), "not Nguyễn Văn Hải");

    Awardee kept = hung.stream().filter(a -> a.name().equals("Nguyễn Văn Hùng")).findFirst().orElseThrow();
    Awardee sameButUnmarked = hung.stream().filter(a -> a.name().equals("Nguyen Van Hung")).findFirst().orElseThrow();
    Awardee otherPerson = hung.stream().filter(a -> a.name().equals("Nguyễn Vãn Hùmg")).findFirst().orElseThrow();
    assertEquals(Set.of(sameButUnmarked.id(), otherPerson.id()),
        awards.awardee(kept.id(), Reader.commandLine("test")).orElseThrow().alike().stream().map(Awardee::id).collect(Collectors.toSet()));

    awards.merge(sameButUnmarked.id(), kept.id(), Reader.commandLine("test", ARCHIVIST));
    awards.keepApart(kept.id(), otherPerson.id(), Reader.commandLine("test", ARCHIVIST));

    Awards.AwardeeView merged = awards.awardee(kept.id(), Reader.commandLine("test")).orElseThrow();
    assertEquals(Set.of("101/QĐ-UBND", "102/QĐ-UBND"),
        merged.awards().stream().map(Precedent::documentNumber).collect(Collectors.toSet()), "both decisions on one history");
    assertTrue(awards.awardee(sameButUnmarked.id(), Reader.commandLine("test")).isEmpty());
    assertEquals(List.of(), awards.proposals(Reader.commandLine("test")), "kept apart is not offered again");
    assertTrue(archive.records().audit(5).stream().anyMatch(e -> e.action().equals("merge awardee")
        && e.before().startsWith("Nguyen Van Hung")), archive.records().audit(5).toString());
    assertThrows(IllegalArgumentException.class, () -> awards.merge(kept.id(), kept.id(), Reader.commandLine("test", ARCHIVIST)));
  }
}
