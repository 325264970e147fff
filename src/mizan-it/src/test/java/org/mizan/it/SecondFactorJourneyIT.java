package org.mizan.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-step sign-in in a real browser: set up an authenticator from the QR code and the secret
 * the page shows, sign in with a code the test computes from that secret, then with a recovery code; and
 * after an administrator's reset, the user is held on the enrolment page (in Arabic, right to left) until
 * they set up a new one.
 */
@ExtendWith(MizanServerExtension.class)
class SecondFactorJourneyIT {

    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);
    private static final Messages ARABIC = Messages.in(Locale.forLanguageTag("ar"));

    @Test
    void enrolThenSignInWithAnAppCodeAndThenWithARecoveryCode(MizanServer server, Api api) throws Exception {
        String username = api.createUser("phone", "ADVOCATE");
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(username, Api.USER_PASSWORD);
                assertEquals(ENGLISH.get("home.title"), browser.pageTitle(), "no code asked before one is set up");

                browser.open("/account/second-factor.xhtml");
                assertEquals(ENGLISH.get("twoFactor.title"), browser.pageTitle());
                String secret = browser.find("secret").getText();
                assertEquals("otpauth://totp/Mizan:" + username + "?secret=" + secret.replace(" ", "")
                                + "&issuer=Mizan&algorithm=SHA1&digits=6&period=30",
                        decodeQr(browser.find("qr").getAttribute("src")), "the QR code holds the secret shown beside it");
                AuthenticatorApp app = new AuthenticatorApp(secret);
                List<String> recoveryCodes = enrol(browser, app);
                assertEquals(10, recoveryCodes.size());

                signOut(browser);
                signInWithPassword(browser, username);
                assertTrue(browser.text().contains(ENGLISH.get("login.codeHint")), browser.text());
                browser.open("/cases/list.xhtml");
                assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "a password alone opens nothing");
                browser.type("code:otp", "000000".equals(app.codeAt(AuthenticatorApp.currentStep())) ? "111111" : "000000");
                browser.clickAndWaitForPage("code:submit");
                assertTrue(browser.text().contains(ENGLISH.get("login.codeWrong")), browser.text());
                browser.type("code:otp", app.freshCode());
                browser.clickAndWaitForPage("code:submit");
                assertEquals(ENGLISH.get("home.title"), browser.pageTitle());
                assertTrue(browser.find("nav:signedInAs").getText().contains(username));

                signOut(browser);
                signInWithPassword(browser, username);
                browser.type("code:otp", recoveryCodes.get(0));
                browser.clickAndWaitForPage("code:submit");
                assertEquals(ENGLISH.get("home.title"), browser.pageTitle(), "a recovery code stands in for the phone");

                signOut(browser);
                signInWithPassword(browser, username);
                browser.type("code:otp", recoveryCodes.get(0));
                browser.clickAndWaitForPage("code:submit");
                assertTrue(browser.text().contains(ENGLISH.get("login.codeWrong")), "but only once: " + browser.text());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("second-factor-journey");
                throw e;
            }
        }
    }

    @Test
    void afterAnAdministratorsResetTheUserIsHeldOnEnrolmentUntilTheySetUpANewPhone(MizanServer server, Api api) {
        String username = api.createUser("lostphone", "ADVOCATE");
        try (Browser browser = new Browser(server)) {
            try {
                browser.signIn(username, Api.USER_PASSWORD);
                browser.open("/account/second-factor.xhtml");
                enrol(browser, new AuthenticatorApp(browser.find("secret").getText()));
                signOut(browser);

                browser.signIn(MizanServer.ADMIN, server.adminPassword());
                browser.open("/admin/users.xhtml");
                browser.clickAndAwaitAjax(By.cssSelector("button[id$=':resetSecondFactor'][data-username='" + username + "']"));
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), username));
                signOut(browser);

                browser.signIn(username, Api.USER_PASSWORD);
                assertTrue(browser.driver().getCurrentUrl().contains("/account/second-factor.xhtml"),
                        "led to enrolment at sign-in: " + browser.driver().getCurrentUrl());
                assertTrue(browser.find("enrol:required").isDisplayed());
                browser.open("/cases/list.xhtml");
                assertTrue(browser.driver().getCurrentUrl().contains("/account/second-factor.xhtml"),
                        "nothing else opens before enrolment");

                browser.switchLanguage("ar");
                assertEquals("rtl", browser.htmlAttribute("dir"));
                assertEquals(ARABIC.get("twoFactor.title"), browser.pageTitle());
                assertTrue(browser.text().contains(ARABIC.get("twoFactor.required")));
                enrol(browser, new AuthenticatorApp(browser.find("secret").getText()));
                browser.clickAndWaitForPage("enrol:continue");
                assertEquals(ARABIC.get("home.title"), browser.pageTitle());
                browser.open("/cases/list.xhtml");
                assertTrue(browser.driver().getCurrentUrl().contains("/cases/list.xhtml"), "free to go on once enrolled");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("second-factor-reset");
                throw e;
            }
        }
    }

    /** Types the app's code into the enrolment page and returns the recovery codes it then shows. */
    private static List<String> enrol(Browser browser, AuthenticatorApp app) {
        browser.type("enrol:code", app.freshCode());
        browser.clickAndAwaitAjax("enrol:confirm");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryCodes")));
        List<String> codes = browser.driver().findElements(By.cssSelector("#recoveryCodes .mizan-recovery-code")).stream()
                .map(WebElement::getText).toList();
        assertFalse(browser.present("secret"), "the secret is gone from the page once confirmed");
        return codes;
    }

    private static void signInWithPassword(Browser browser, String username) {
        browser.signIn(username, Api.USER_PASSWORD);
        browser.find("code:otp");
    }

    private static void signOut(Browser browser) {
        WebElement signOut = browser.driver().findElement(By.id("nav:signout"));
        WebElement account = signOut.findElement(By.xpath("ancestor::li[contains(@class,'ui-menu-parent')][1]/a"));
        new Actions(browser.driver()).moveToElement(account).perform();
        browser.await().until(ExpectedConditions.elementToBeClickable(signOut));
        browser.clickAndWaitForPage(By.id("nav:signout"));
    }

    private static String decodeQr(String dataUri) throws IOException, com.google.zxing.NotFoundException,
            com.google.zxing.ChecksumException, com.google.zxing.FormatException {
        assertTrue(dataUri.startsWith("data:image/png;base64,"), dataUri);
        byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
