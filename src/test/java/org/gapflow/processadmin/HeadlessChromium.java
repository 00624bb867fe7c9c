package org.gapflow.processadmin;

import java.net.URL;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A minimal browser harness for the workspace's browser test: Debian's chromium and chromedriver
 * (nothing downloaded), headless, logged in through the real login form. (The pages branch brings a
 * shared harness; this one can give way to it.)
 */
final class HeadlessChromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final URL base;

    HeadlessChromium(URL base) {
        this.base = base;
        System.setProperty("webdriver.chrome.driver", System.getProperty("gapflow.chromedriver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("gapflow.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=en");
        driver = new ChromeDriver(options);
    }

    WebDriver driver() {
        return driver;
    }

    HeadlessChromium open(String path) {
        driver.get(base.toString() + path);
        return this;
    }

    HeadlessChromium login(String user, String password) {
        open("app/home.xhtml");
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        // the home page, with the session cookie set, before anything else is opened
        await(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        return this;
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    Object script(String javascript, Object... args) {
        return driver.executeScript(javascript, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
