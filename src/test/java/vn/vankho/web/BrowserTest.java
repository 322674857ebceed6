package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vankho.archive.Archive;
import vn.vankho.archive.Reader;
import vn.vankho.archive.Uploader;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.model.Job;
import vn.vankho.model.Role;
import vn.vankho.model.Secrecy;
import vn.vankho.ingest.ocr.PageRendering;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;

/**
 * The UI in headless Chromium (Debian's chromium and chromium-driver, from scripts/install-deps), as
 * an archivist and a reader use it. Screenshots of each page go to target/screenshots/.
 */
class BrowserTest {
  static final String PASSWORD = "mật khẩu đủ dài";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir Path data;
  @TempDir Path profile;
  Archive archive;
  Javalin server;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() {
    archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(1));
    archive.startProcessing();
    archive.accounts().addOrUpdate("luutru", PASSWORD, Role.ARCHIVIST);
    archive.accounts().addOrUpdate("bandoc", PASSWORD, Role.READER);
    server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 10 * 1024 * 1024)).start();
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
    // the console is read after each test, for anything the Content-Security-Policy blocked
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    browser = new ChromeDriver(driver, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void stop() {
    try {
      if (browser != null) {
        List<String> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
            .filter(message -> message.contains("Content Security Policy")).toList();
        assertTrue(blocked.isEmpty(), "the pages ask for what their own policy forbids: " + blocked);
      }
    } finally {
      if (browser != null) {
        browser.quit();
      }
      server.stop();
      archive.close();
    }
  }

  private void open(String path) {
    browser.get("http://127.0.0.1:" + server.port() + path);
  }

  /** The element, once the page that has it has loaded (a click returns before the next page does). */
  private WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private String here() {
    return browser.getCurrentUrl().replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "");
  }

  private void logIn(String name) {
    open("/login");
    browser.findElement(By.name("name")).sendKeys(name);
    browser.findElement(By.name("password")).sendKeys(PASSWORD);
    screenshot("login");
    browser.findElement(By.cssSelector("form.login button")).click();
    wait.until(ExpectedConditions.urlMatches(":\\d+/$"));
  }

  private void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Clicks a form's button and waits for the page the form leads to, whole, so no click lands on the old one. */
  private void submit(WebElement button) {
    button.click();
    wait.until(d -> isGone(button));
    wait.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
  }

  /**
   * Like {@code ExpectedConditions.stalenessOf}, but Chromium asked about a node while the next page replaces its
   * document answers "Node with given id does not belong to the document" instead of "stale": that is asked again.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException gone) {
      return true;
    } catch (WebDriverException midNavigation) {
      return false;
    }
  }

  private List<WebElement> proposedConfirmButtons() {
    return browser.findElements(By.xpath("//tr[contains(@class,'proposed')]//button[text()='Xác nhận']"));
  }

  private long imported(String resource) throws Exception {
    try (InputStream in = BrowserTest.class.getResourceAsStream(resource)) {
      var result = archive.intake().accept(resource.substring(resource.lastIndexOf('/') + 1), in,
          Uploader.account("test", "127.0.0.1"));
      archive.jobs().await(List.of(result.jobId()), Duration.ofMinutes(1));
      return result.documentId();
    }
  }

  @Test
  void anArchivistUploadsFindsWithoutDiacriticsAndFollowsACitation() throws Exception {
    logIn("luutru");
    // a scan: the plan's text rendered as a page and photographed, so only OCR can read it
    Path scan = PageRendering.writeJpeg(data.resolve("kế hoạch 229.jpg"),
        SamplePages.render(List.of(Samples.PLAN.split("\n")), SamplePages.Quality.CLEAN, 0));
    find(By.linkText("Tải lên")).click();
    find(By.cssSelector("input[type=file]")).sendKeys(scan.toAbsolutePath().toString());
    assertEquals("Đã nhận", find(By.cssSelector("li.upload.status-accepted .outcome")).getText(),
        "each file shows its own outcome once uploaded");
    screenshot("upload");

    find(By.cssSelector("li.upload a")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("dd.status"), "Đã đọc xong"));
    archive.jobs().await(archive.jobs().recent(10, Reader.commandLine("test")).stream().map(Job::id).toList(), Duration.ofSeconds(30));
    String uploaded = here();
    screenshot("document");

    open("/");
    find(By.name("q")).sendKeys("nguoi tot viec tot dam rong");
    browser.findElement(By.cssSelector("form.search button")).click();
    assertTrue(find(By.cssSelector("p.count")).getText().startsWith("1 kết quả"));
    screenshot("search");
    find(By.cssSelector("ol.hits a.title")).click();
    wait.until(ExpectedConditions.urlMatches(uploaded + "$"));

    long directive = imported("/eval/docs/ct-41-tw-2024.txt");
    long plan = imported("/eval/docs/kh-152-tu-2025.txt");
    open("/documents/" + plan);
    find(By.linkText("41-CT/TW")).click();
    wait.until(ExpectedConditions.urlMatches("/documents/" + directive + "$"));
    assertTrue(browser.getPageSource().contains("Thực hiện văn bản này"), "the directive shows the plan citing it");
    screenshot("cited-document");
    find(By.linkText("Cây văn bản thực hiện")).click();
    find(By.cssSelector("ul.tree"));
    screenshot("implementation");
  }

  @Test
  void anArchivistConfirmsADecisionsAwardsAndAnOfficialFindsThemAsPrecedents() throws Exception {
    long decision = imported("/eval/docs/qd-512-ubnd-2025.txt");
    logIn("luutru");
    open("/documents/" + decision);
    find(By.id("awards"));
    screenshot("decision-awards");
    // one misreading rejected, the rest confirmed, one button at a time as an archivist would
    var misread = browser.findElements(By.cssSelector("tr.award")).stream()
        .filter(row -> row.getText().contains("Cil Mup")).findFirst().orElseThrow();
    submit(misread.findElement(By.xpath(".//button[text()='Bác bỏ']")));
    for (var confirm = proposedConfirmButtons(); !confirm.isEmpty(); confirm = proposedConfirmButtons()) {
      submit(confirm.get(0));
    }
    assertEquals(7, browser.findElements(By.cssSelector("tr.award.confirmed")).size());
    submit(find(By.xpath("//ul[@class='campaign-links']//button[text()='Liên kết với phong trào']")));

    find(By.linkText("Khen thưởng")).click();
    new Select(find(By.name("kind"))).selectByVisibleText("Cá nhân");
    new Select(browser.findElement(By.name("attribute"))).selectByVisibleText("Người dân tộc thiểu số");
    browser.findElement(By.name("q")).sendKeys("hien dat");
    submit(browser.findElement(By.cssSelector("form.filters button")));
    assertTrue(find(By.cssSelector("p.count")).getText().startsWith("1 khen thưởng"), browser.getPageSource());
    assertTrue(browser.findElement(By.cssSelector("figure.chart svg")).isDisplayed(), "a chart of awards by year");
    screenshot("awards");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.navigate().refresh();
    find(By.cssSelector("form.filters"));
    assertEquals(Boolean.TRUE, ((ChromeDriver) browser).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth"), "on a phone the page does not scroll sideways");
    screenshot("awards-phone");
    browser.manage().window().setSize(new Dimension(1280, 1000));

    find(By.linkText("Ka Thị Huệ")).click();
    assertTrue(find(By.cssSelector("table.awards")).getText().contains("512/QĐ-UBND"));
    screenshot("awardee");

    find(By.linkText("Phong trào")).click();
    find(By.partialLinkText("Người tốt, việc tốt")).click();
    assertTrue(find(By.cssSelector("figure.chart svg")).isDisplayed());
    assertEquals(7, browser.findElements(By.cssSelector("table.awards tbody tr")).size());
    screenshot("campaign");
  }

  @Test
  void aReaderSeesNoChangeControlsAndTheApiRefusesThem() throws Exception {
    long directive = imported("/eval/docs/ct-41-tw-2024.txt");
    long decision = imported("/eval/docs/qd-512-ubnd-2025.txt");
    logIn("bandoc");
    assertTrue(browser.findElements(By.linkText("Tải lên")).isEmpty(), "no upload link");
    open("/documents/" + directive);
    assertTrue(browser.findElements(By.cssSelector("form[method=post][action^='/documents']")).isEmpty(),
        "no correction or reread forms");
    screenshot("reader-document");
    open("/documents/" + decision);
    find(By.id("awards"));
    assertTrue(browser.findElements(By.cssSelector("form[method=post]:not(.account)")).isEmpty(),
        "no confirm, reject or edit of awards");

    // the reader's own browser, with its session and a valid CSRF token, still cannot upload
    Object status = ((ChromeDriver) browser).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch('/api/csrf').then(r => r.json()).then(t => {
          const body = new FormData();
          body.append('files', new Blob(['Báo cáo']), 'a.txt');
          return fetch('/api/documents', {method: 'POST', headers: {'X-CSRF-Token': t.csrfToken}, body});
        }).then(r => done(r.status), e => done(String(e)));""");
    assertEquals(403L, status);
    open("/upload");
    assertTrue(find(By.cssSelector("p.error")).getText().contains("không được tải văn bản lên"));
  }

  @Test
  void aReaderWithoutClearanceFindsNoTraceOfAMatDocumentAndWithClearanceSeesItsStamp() throws Exception {
    String plan;
    try (InputStream in = BrowserTest.class.getResourceAsStream("/eval/docs/kh-152-tu-2025.txt")) {
      plan = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("Lâm Đồng, ngày 28 tháng 02 năm 2025\n", "Lâm Đồng, ngày 28 tháng 02 năm 2025\nMẬT\n");
    }
    var result = archive.intake().accept("kh-152-tu.txt", new ByteArrayInputStream(plan.getBytes(StandardCharsets.UTF_8)),
        Uploader.account("test", "127.0.0.1"));
    archive.jobs().await(List.of(result.jobId()), Duration.ofMinutes(1));
    logIn("bandoc");
    open("/?q=" + URLEncoder.encode("khát vọng", StandardCharsets.UTF_8));
    assertTrue(find(By.cssSelector("p.count")).getText().startsWith("0 kết quả"));
    open("/documents/" + result.documentId());
    assertEquals("Không có văn bản " + result.documentId() + ".", find(By.cssSelector("p.error")).getText());
    screenshot("classified-hidden");

    archive.accounts().addOrUpdate("quantri", PASSWORD, Role.ADMIN);
    archive.accounts().setClearance("bandoc", Secrecy.MAT, "quantri");
    open("/?q=" + URLEncoder.encode("khát vọng", StandardCharsets.UTF_8));
    assertEquals("MẬT", find(By.cssSelector("ol.hits strong.secrecy")).getText());
    find(By.cssSelector("ol.hits a.title")).click();
    assertEquals("MẬT", find(By.cssSelector("p.marks strong.secrecy")).getText());
    screenshot("classified-shown");
  }
}
