package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.testkit.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader in a real browser on a phone-sized window with JavaScript off: subscribe, confirm from the mail, change categories. */
class SubscribeInBrowserIT extends AbstractNotifierIT {

    @LocalServerPort
    private int port;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.startWithoutJavaScript(HeadlessChromium.PHONE_WIDTH, HeadlessChromium.PHONE_HEIGHT);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderSubscribesThroughTheFormConfirmsFromTheMailAndChangesCategoriesOnTheManagePage() {
        String email = uniqueAddress("browser");
        browser.get(here("/subscribe"));
        browser.findElement(By.id("email")).sendKeys(email);
        checkbox("Sleep").click();
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your inbox");

        browser.get(here(local(confirmLink(awaitMails(email, 1).get(0)))));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You are subscribed");
        String manage = browser.findElement(By.linkText("Change your categories")).getAttribute("href");

        browser.get(here(local(manage)));
        assertThat(browser.getPageSource()).contains(email);
        assertThat(checkbox("Sleep").isSelected()).isTrue();
        checkbox("Nutrition").click();
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.xpath("//button[text()='Save my choice']")));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Your choice is saved.");
        assertThat(checkbox("Nutrition").isSelected()).isTrue();
        assertThat(jdbcTemplate.queryForList("select c.category from subscriber_category c join subscriber s"
                + " on s.id = c.subscriber_id where s.email = ? order by c.category", String.class, email))
                .containsExactly("nutrition", "sleep");
    }

    private WebElement checkbox(String category) {
        String id = browser.findElement(By.xpath("//label[text()='" + category + "']")).getAttribute("for");
        return browser.findElement(By.id(id));
    }

    private String here(String path) {
        return "http://localhost:" + port + path;
    }
}
