package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.claimgraph.TestData;
import org.claimgraph.network.Fixture;
import org.claimgraph.network.Network;
import org.claimgraph.network.SyntheticCorpus;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network page in a real browser: Debian's Chromium, headless, driven through chromedriver,
 * against Fuseki on a free port. Screenshots go to target/network-*.png.
 */
class NetworkPageIT {
    @TempDir
    static Path dir;
    static WebDriver driver;
    static Store fixtureStore;
    static Server fixtureServer;

    /** Chromium, from $CHROME_BIN or the usual places; null when none is installed. */
    static Path chromium() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("CHROME_BIN");
        if (env != null && !env.isBlank()) candidates.add(Path.of(env));
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            candidates.add(Path.of(d, "chromium"));
            candidates.add(Path.of(d, "chromium-browser"));
        }
        candidates.add(Path.of("/usr/bin/chromium"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    static Path chromedriver() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("CHROMEDRIVER");
        if (env != null && !env.isBlank()) candidates.add(Path.of(env));
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) candidates.add(Path.of(d, "chromedriver"));
        candidates.add(Path.of("/usr/bin/chromedriver"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    @BeforeAll
    static void start() throws Exception {
        Path chrome = chromium();
        assumeTrue(chrome != null, "No Chromium installed (apt-get install chromium chromium-driver): skipping the browser tests");
        Path cd = chromedriver();
        if (cd == null) fail("Chromium is installed at " + chrome + " but chromedriver is not: apt-get install chromium-driver");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chrome.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")), "--window-size=1500,950", "--lang=en-GB");
        ChromeDriverService svc = new ChromeDriverService.Builder().usingDriverExecutable(cd.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(svc, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180)); // the layout runs on the page's one thread
        fixtureStore = Fixture.store(dir.resolve("fixture"));
        fixtureServer = serve(fixtureStore);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (fixtureServer != null) fixtureServer.close();
        if (fixtureStore != null) fixtureStore.close();
    }

    static Server serve(Store s) {
        return Server.start(s.datasetGraph(), new Server.Options("127.0.0.1", 0, false, 60_000), NetworkPage.servlets());
    }

    static Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    /** Opens the page and waits until the network is drawn and laid out. */
    static void open(Server s) {
        driver.get(s.url() + "graph/");
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> !"loading".equals(js("return document.body.dataset.state")));
        assertEquals("ready", js("return document.body.dataset.state"), "the page says: " + driver.findElement(By.id("status")).getText());
    }

    /** Waits until the page has drawn the network under the filters just set (they run on the server). */
    static void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "ready".equals(js("return document.body.dataset.state")));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> drawn(String what) {
        return (List<Map<String, Object>>) js("return claimgraph.network()." + what + ";");
    }

    static Set<String> labels() {
        return drawn("nodes").stream().map(n -> (String) n.get("label")).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Clicks a node where it is drawn, with a real mouse event. */
    static void click(String nodeId) {
        // A focus (the search box) zooms with an animation: let it end, or it moves the node away from the pointer.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.FALSE.equals(js("return claimgraph.cy.animated();")));
        WebElement canvas = driver.findElement(By.id("cy"));
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) js(
                "var cy = claimgraph.cy, n = cy.getElementById(arguments[0]); cy.stop(true, true); cy.center(n); return n.renderedPosition();", nodeId);
        int dx = (int) Math.round(p.get("x").doubleValue() - canvas.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(p.get("y").doubleValue() - canvas.getRect().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
    }

    static List<WebElement> waitForClaims() {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> l = d.findElements(By.cssSelector("#details li.claim"));
            return l.isEmpty() ? null : l;
        });
    }

    static Path screenshot(String name) throws Exception {
        Path out = TestData.projectDir().resolve("target").resolve(name);
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return out;
    }

    @Test
    void drawsTheSameNetworkAsTheExportsAndListsClaimsOnClick() throws Exception {
        open(fixtureServer);
        Network expected = Network.read(fixtureStore.datasetGraph());
        Map<String, Integer> want = new TreeMap<>(), got = new TreeMap<>();
        expected.edges().forEach(e -> want.put(e.id(), e.weight()));
        drawn("edges").forEach(e -> got.put((String) e.get("id"), ((Number) e.get("weight")).intValue()));
        assertEquals(want, got, "page and export agree on every edge and weight");
        assertEquals(expected.nodes().stream().map(Network.Node::id).collect(Collectors.toSet()),
                drawn("nodes").stream().map(n -> n.get("id")).collect(Collectors.toSet()));
        assertTrue(driver.findElement(By.id("legend")).getText().contains("Unnamed source"), "a legend");

        click("actor/walid-al-moallem");
        List<WebElement> claims = waitForClaims();
        assertTrue(driver.findElement(By.cssSelector("#details h2")).getText().startsWith("Walid al-Moallem"));
        assertEquals(6, claims.size(), "his six claims");
        String text = driver.findElement(By.id("details")).getText();
        assertTrue(text.contains("Turkey trains terrorists, arms them and facilitates their infiltration into Syria"), "evidence cut from the body");
        assertFalse(driver.findElements(By.cssSelector("#details li.claim .src a[href='https://example.org/news/a02']")).isEmpty(), "a link to the article");
        screenshot("network-fixture.png");

        // An edge: the claims behind it.
        js("claimgraph.cy.getElementById('accuses:actor/walid-al-moallem->actor/turkey').emit('tap');");
        assertEquals(2, waitForClaims().size());
    }

    @Test
    void filtersAndSearch() throws Exception {
        open(fixtureServer);
        new Select(driver.findElement(By.id("stance"))).selectByValue("denies");
        settle();
        Set<String> kinds = drawn("edges").stream().map(e -> ((String) e.get("id")).split(":")[0]).collect(Collectors.toSet());
        assertFalse(kinds.contains("accuses"), kinds.toString());
        assertEquals(4, drawn("edges").stream().filter(e -> ((String) e.get("id")).startsWith("denies:")).count());
        driver.findElement(By.id("reset")).click();

        new Select(driver.findElement(By.id("outlet"))).selectByVisibleText("The Duran");
        settle();
        Set<String> duran = labels();
        assertTrue(duran.contains("Walid al-Moallem") && duran.contains("Sputnik"), duran.toString());
        assertFalse(duran.contains("Permanent Mission of Syria to the United Nations"), "a01 has no outlet: " + duran);
        driver.findElement(By.id("reset")).click();

        js("var f = document.getElementById('from'); f.value = '2017-11-10'; f.dispatchEvent(new Event('change'));");
        settle();
        Set<String> late = labels();
        assertTrue(late.contains("Russian Defense Ministry"), "a03 (2017-11-14) is in: " + late);
        assertFalse(late.contains("Sputnik"), "a04 (2017-09) is out: " + late);
        driver.findElement(By.id("reset")).click();

        js("var w = document.getElementById('minWeight'); w.value = 3; w.dispatchEvent(new Event('input'));");
        for (Map<String, Object> e : drawn("edges")) {
            String id = (String) e.get("id");
            assertTrue(id.startsWith("memberOf:") || ((Number) e.get("weight")).intValue() >= 3, id);
        }
        driver.findElement(By.id("reset")).click();

        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("moallem", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                Boolean.TRUE.equals(js("return claimgraph.cy.getElementById('actor/walid-al-moallem').hasClass('focus');")));
        Number faded = (Number) js("return claimgraph.cy.elements('.faded').length;");
        assertTrue(faded.intValue() > 10, "the rest of the network fades");
        assertTrue((Boolean) js("return !claimgraph.cy.getElementById('actor/turkey').hasClass('faded');"), "his neighbours stay");
        waitForClaims();
    }

    @Test
    void staysReadableWithAFewHundredActors() throws Exception {
        try (Store big = Store.open(dir.resolve("big"))) {
            SyntheticCorpus.write(big.datasetGraph(), 320, 24, 700, 7);
            Server s = serve(big);
            try {
                open(s);
                screenshot("network-large.png");
                int nodes = drawn("nodes").size();
                System.out.println("network page: " + nodes + " nodes, " + drawn("edges").size() + " edges laid out in "
                        + js("return document.body.dataset.layoutMs") + " ms");
                assertTrue(nodes > 250, "a few hundred actors drawn: " + nodes);
                // Laid out, not piled up: hardly any node's disc overlaps another's.
                Number overlapping = (Number) js(
                        "var ns = claimgraph.cy.nodes(':visible'), bad = 0;"
                        + "ns.forEach(function (a) { if (ns.some(function (b) { if (a === b) return false;"
                        + "  var dx = a.position('x') - b.position('x'), dy = a.position('y') - b.position('y');"
                        + "  return Math.sqrt(dx * dx + dy * dy) < (a.outerWidth() + b.outerWidth()) / 2; })) bad++; });"
                        + "return bad;");
                assertTrue(overlapping.intValue() <= nodes / 50, overlapping + " of " + nodes + " nodes overlap another");
            } finally {
                s.close();
            }
        }
    }

    /**
     * The check over the seeds: the actors, the Islamic State among them although the seeds' claims only
     * name it (cg:involves, drawn as "mentions" edges), and Walid al-Moallem's claims with their evidence.
     */
    @Test
    void drawsTheSeedsActorsAndTheirClaims() throws Exception {
        try (Store seeds = TestData.seededStore(dir.resolve("seeds"))) {
            Server s = serve(seeds);
            try {
                open(s);
                Set<String> labels = labels();
                for (String who : List.of("Islamic State", "US-led coalition", "Walid al-Moallem")) {
                    assertTrue(labels.stream().anyMatch(l -> l.equalsIgnoreCase(who)), who + " is drawn: " + labels);
                }
                assertTrue(drawn("edges").stream().anyMatch(e -> ((String) e.get("id")).startsWith("involves:") && ((String) e.get("id")).endsWith("->actor/islamic-state")),
                        "claims that name the Islamic State draw a mentions edge to it");
                String id = (String) js("return claimgraph.find('Walid al-Moallem');");
                assertTrue(id != null, "found by the search box");
                click(id);
                List<WebElement> claims = waitForClaims();
                assertTrue(driver.findElement(By.cssSelector("#details h2")).getText().startsWith("Walid al-Moallem"),
                        driver.findElement(By.id("details")).getText());
                assertTrue(claims.size() >= 5, "his claims are listed: " + claims.size());
                assertTrue(driver.findElement(By.id("details")).getText().toLowerCase().contains("turk"), "with their evidence");
                js("claimgraph.fit();"); // the whole picture, with his claims beside it
                screenshot("network-seeds.png");
            } finally {
                s.close();
            }
        }
    }
}
