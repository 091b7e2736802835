package vn.cchc.portal.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver against the running
 * portal. Nothing is downloaded: both paths are given, so Selenium Manager never runs.
 * <p>
 * Every page it lands on is checked with axe-core (vendored under
 * {@code src/test/resources/axe}): no serious or critical WCAG 2.1 AA violation. Pictures
 * go to {@code target/journeys/<journey>/}.
 */
final class Chromium implements AutoCloseable {

	static final Path BINARY = Path.of(System.getProperty("cchc.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("cchc.chromedriver", "/usr/bin/chromedriver"));

	private static final String[] WCAG_21_AA = { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa" };

	private static String axeSource;

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path pictures;

	/** Pictures numbered per journey, across its browsers, in the order taken. */
	private static final Map<Path, java.util.concurrent.atomic.AtomicInteger> PICTURES = new java.util.concurrent.ConcurrentHashMap<>();

	static boolean installed() {
		return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
	}

	/**
	 * CI sets {@code cchc.journeys.required}: there a missing browser fails the journeys.
	 */
	static boolean required() {
		return Boolean.getBoolean("cchc.journeys.required");
	}

	static String missing() {
		return "Browser journeys: " + BINARY + " or " + DRIVER
				+ " is not installed (apt-get install chromium chromium-driver; .ci/run does it)";
	}

	/**
	 * Each journey is skipped, with the reason, where the browser is not installed
	 * (unless it is required): before its Spring context starts.
	 */
	static final class Installed implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return (context.getTestMethod().isEmpty() || installed() || required())
					? ConditionEvaluationResult.enabled("Chromium and chromedriver installed, or required")
					: ConditionEvaluationResult.disabled(missing());
		}

	}

	Chromium(int port, String journey) {
		this.baseUrl = "http://localhost:" + port;
		this.pictures = Path.of("target", "journeys", journey);
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1366,768", "--lang=vi", "--disable-extensions", "--no-first-run");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		// Bootstrap scrolls smoothly unless motion is reduced: a click must not land
		// while the page still moves.
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
		try {
			Files.createDirectories(this.pictures);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/** Opens a page of the portal and checks it. */
	Chromium open(String path) {
		this.driver.get(this.baseUrl + path);
		return loaded();
	}

	/** Signs in through the login page (every demo account's password is cchc-demo). */
	Chromium signIn(String username) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), "cchc-demo");
		return clickToLoad(By.cssSelector("form[action$='/login'] button[type=submit]"));
	}

	Chromium type(By field, String text) {
		WebElement element = find(field);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	/** Sets a field the way a date picker would (its value in ISO form). */
	Chromium setValue(By field, String value) {
		this.driver.executeScript("arguments[0].value = arguments[1];", find(field), value);
		return this;
	}

	/** Clicks something that leads to another page, waits for it and checks it. */
	Chromium clickToLoad(By target) {
		return clickToLoad(find(target));
	}

	Chromium clickToLoad(WebElement target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		// In the middle of the screen, not under anything fixed at its edges.
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
		target.click();
		waitFor(ExpectedConditions.stalenessOf(page));
		waitFor(() -> "complete".equals(script("return document.readyState")));
		return loaded();
	}

	/** Keys pressed on whatever has the focus, as a keyboard user would. */
	Chromium press(CharSequence... keys) {
		new org.openqa.selenium.interactions.Actions(this.driver).sendKeys(keys).perform();
		return this;
	}

	/** A key that leads to another page (Enter on a link), then the page's checks. */
	Chromium pressToLoad(CharSequence key) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		press(key);
		waitFor(ExpectedConditions.stalenessOf(page));
		return loaded();
	}

	/** What has the keyboard focus now, and how its focus ring is drawn. */
	@SuppressWarnings("unchecked")
	Map<String, Object> focus() {
		return (Map<String, Object>) script("const e = document.activeElement, style = getComputedStyle(e);"
				+ "return {id: e.id, tag: e.tagName, type: e.type, classes: e.className, href: e.getAttribute('href'),"
				+ " outline: style.outlineStyle, outlineWidth: style.outlineWidth};");
	}

	WebElement find(By what) {
		return waitFor(ExpectedConditions.presenceOfElementLocated(what));
	}

	List<WebElement> all(By what) {
		return this.driver.findElements(what);
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	String path() {
		String url = this.driver.getCurrentUrl();
		return url.substring(this.baseUrl.length());
	}

	<T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(condition);
	}

	void waitFor(Supplier<Boolean> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until((driver) -> condition.get());
	}

	Object script(String script, Object... args) {
		return this.driver.executeScript(script, args);
	}

	/**
	 * A phone's screen (emulated exactly, as a mobile viewport) or a laptop's (the
	 * headless window itself, which has no browser frame).
	 */
	Chromium viewport(int width, int height) {
		if (width < 600) {
			this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
		}
		else {
			this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
		}
		return this;
	}

	/** The page fits its width: nothing to scroll sideways. */
	Chromium assertFits(String what) {
		Map<?, ?> sizes = (Map<?, ?>) script("return {scroll: document.documentElement.scrollWidth,"
				+ " inner: window.innerWidth, wide: Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
				+ " && !e.closest('.table-responsive, .visually-hidden, .visually-hidden-focusable'))"
				+ ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')};");
		long scroll = ((Number) sizes.get("scroll")).longValue();
		long inner = ((Number) sizes.get("inner")).longValue();
		assertThat(scroll).as("%s at %d px: page wider than the screen (%s)", what, inner, sizes.get("wide"))
			.isLessThanOrEqualTo(inner);
		return this;
	}

	/** A picture of the page as it is now: target/journeys/journey/NN-name.png. */
	Path picture(String name) {
		Path file = this.pictures.resolve(String.format("%02d-%s.png",
				PICTURES.computeIfAbsent(this.pictures, (journey) -> new java.util.concurrent.atomic.AtomicInteger())
					.incrementAndGet(),
				name));
		try {
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * axe-core on the page as it is now: fails on any serious or critical violation of
	 * WCAG 2.0/2.1 A and AA, naming the rule and the elements.
	 */
	@SuppressWarnings("unchecked")
	Chromium checkAccessibility() {
		this.driver.executeScript(axe());
		Object result = this.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
				+ ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
				+ ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' → '"
				+ " + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')"
				+ ".replace(/\\s+/g, ' ')).join(' | '))))" + ".catch(e => done(['axe failed: ' + e]));",
				List.of(WCAG_21_AA));
		assertThat((List<String>) result).as("accessibility of %s", path()).isEmpty();
		return this;
	}

	/** The checks every page gets, once per page load. */
	Chromium loaded() {
		waitFor(() -> "complete".equals(script("return document.readyState")));
		checkAccessibility();
		return this;
	}

	private static synchronized String axe() {
		if (axeSource == null) {
			try (InputStream in = Chromium.class.getResourceAsStream("/axe/axe.min.js")) {
				assertThat(in).as("vendored axe-core").isNotNull();
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axeSource;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
