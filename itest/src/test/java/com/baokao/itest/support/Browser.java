package com.baokao.itest.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Headless Debian chromium driven by Selenium through Debian's chromedriver (nothing is downloaded),
 * with small helpers for PrimeFaces pages and screenshots under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    public Browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("baokao.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--lang=zh-CN", "--window-size=" + width + "," + height);
        // the console, to catch what the Content-Security-Policy refused
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("baokao.it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * What the Content-Security-Policy refused since the last call (inline scripts, handlers, foreign sources), as
     * the console reported it. Reading drains the console log.
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement byId(String id) {
        // a page's first ajax answer on a server that has just started (pages compiled, start-up jobs running) can
        // take well over 20 s on a busy 2-core machine
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            // say where the browser is and what it shows: a CI failure is otherwise only "element not found"
            String shown;
            try {
                shown = driver.getCurrentUrl() + " showing: " + text();
            } catch (RuntimeException unreadable) {
                shown = "(page unreadable: " + unreadable.getMessage() + ")";
            }
            throw new org.openqa.selenium.TimeoutException("no element " + id + " at " + shown, e);
        }
    }

    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Types into a field once no PrimeFaces request is pending (an ajax update may replace the field). */
    public void type(String id, String text) {
        for (int attempt = 0; ; attempt++) {
            waitForAjax();
            try {
                WebElement field = byId(id);
                field.clear();
                // select-all + delete as well: masked inputs (PrimeFaces inputNumber) ignore clear()
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                field.sendKeys(text);
                return;
            } catch (StaleElementReferenceException | ElementNotInteractableException e) {
                // the blur of the previous field started an ajax update that moved or replaced this one
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Leaves a field as a person tabbing away would (fires its blur handlers), and waits for the ajax it starts. */
    public void leave(String id) {
        waitForAjax();
        ((JavascriptExecutor) driver).executeScript("$(PrimeFaces.escapeClientId(arguments[0])).trigger('blur');", id);
        waitForAjax();
    }

    /** Waits until the page's PrimeFaces widgets are bound, so a click reaches them (a cold server serves scripts slowly). */
    public void waitForWidgets() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !!window.PrimeFaces && !!PrimeFaces.widgets"
                        + " && Object.keys(PrimeFaces.widgets).length > 0;"));
    }

    /** Waits for PrimeFaces' ajax queue to drain; generous, because a CI machine with two cores can be slow for a while. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    /** PrimeFaces renders a checkbox as a styled box next to a hidden input: click the box. */
    public void tick(String checkboxId) {
        waitForAjax();
        byId(checkboxId).findElement(By.cssSelector(".ui-chkbox-box")).click();
    }

    /**
     * Chooses {@code label} in a PrimeFaces selectOneMenu through its widget (what a click on the item does),
     * since the menu's floating panel is re-created by every ajax update.
     */
    public void selectOne(String menuId, String label) {
        waitForAjax();
        Object chosen = ((JavascriptExecutor) driver).executeScript(
                "var id = arguments[0], label = arguments[1];"
                        + "var options = document.getElementById(id + '_input').options;"
                        + "for (var i = 0; i < options.length; i++) {"
                        + "  if (options[i].text.trim() === label) {"
                        + "    var menu = PrimeFaces.getWidgetById(id); menu.selectValue(options[i].value);"
                        // PF 15's selectValue does not fire the change a click fires; p:ajax listens to it
                        + "    menu.input.trigger('change'); return true; }"
                        + "}"
                        + "return false;", menuId, label);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new AssertionError("no option '" + label + "' in " + menuId);
        }
        waitForAjax();
    }

    /**
     * Fills the text input of a PrimeFaces date picker (matched by {@code css}) the way its pattern shows it;
     * set directly, because typing races with the picker's pop-up calendar.
     */
    public void setDate(String css, String text) {
        waitForAjax();
        WebElement input = driver.findElement(By.cssSelector(css + " input"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1];", input, text);
    }

    /** Clicks and waits for the PrimeFaces ajax request it starts. */
    /** Chooses the first real option of a PrimeFaces selectOneMenu (the demo catalogue has one per region). */
    public void selectFirstOption(String menuId) {
        waitForAjax();
        String label = (String) ((JavascriptExecutor) driver).executeScript(
                "var o = document.getElementById(arguments[0] + '_input').options;"
                        + "for (var i = 0; i < o.length; i++) { if (o[i].value) { return o[i].text.trim(); } } return null;", menuId);
        if (label == null) {
            throw new AssertionError("no option in " + menuId + " on " + currentPath());
        }
        selectOne(menuId, label);
    }

    public void clickAjax(String id) {
        waitForAjax();
        byId(id).click();
        waitForAjax();
    }

    /** Clicks and waits for the next page (full-page submit). */
    public void clickAndWaitForPage(String id) {
        for (int attempt = 0; ; attempt++) {
            waitForAjax();
            WebElement button = byId(id);
            try {
                button.click();
            } catch (org.openqa.selenium.WebDriverException e) {
                // an ajax update (e.g. the sign-in mode switch) replaced the button between finding and clicking it:
                // chromedriver then says the node "does not belong to the document"; find it again
                boolean replaced = e instanceof StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document");
                if (!replaced || attempt == 3) {
                    throw e;
                }
                continue;
            }
            // the old page's button is gone once the new page is in; chromedriver may say so with a stale element
            // or with "does not belong to the document", and stalenessOf only knows the first
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(button));
            return;
        }
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * The Cookie header this browser would send to Baokao: every cookie, as a browser does (a session replicated for a
     * cluster is found by JSESSIONID together with Payara's JSESSIONIDVERSION).
     */
    public String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path target = dir.resolve(name + ".png");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
