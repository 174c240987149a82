package com.baokao.notification;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for 127.0.0.1, made with the JDK's keytool into the build folder (no key material is
 * committed). GreenMail's TLS server presents it; {@link #trustingSocketFactory()} is a client that trusts it and
 * nothing else, so TLS is tested with real certificate and host-name checks.
 */
final class TestCertificate {

    static final String PASSWORD = "changeit";
    private static Path keystore;

    private TestCertificate() {
    }

    /** Makes the certificate once and points GreenMail at it (before GreenMail starts its first TLS server). */
    static synchronized Path install() {
        if (keystore == null) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "test-tls"));
                Path file = dir.resolve("smtp-127.0.0.1.p12");
                Files.deleteIfExists(file);
                Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                        "-genkeypair", "-alias", "greenmail", "-keyalg", "EC", "-groupname", "secp256r1",
                        "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                        "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD))
                        .redirectErrorStream(true).start();
                String output = new String(keytool.getInputStream().readAllBytes());
                if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
                System.setProperty("greenmail.tls.keystore.file", file.toAbsolutePath().toString());
                System.setProperty("greenmail.tls.keystore.password", PASSWORD);
                System.setProperty("greenmail.tls.key.password", PASSWORD);
                keystore = file;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return keystore;
    }

    /** TLS sockets that trust this certificate only. */
    static SSLSocketFactory trustingSocketFactory() {
        try (InputStream in = Files.newInputStream(install())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
