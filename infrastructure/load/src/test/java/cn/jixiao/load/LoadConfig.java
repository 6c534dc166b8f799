package cn.jixiao.load;

import java.time.Year;

/** The load's settings, from system properties (the module's pom passes its {@code load.*} properties). */
record LoadConfig(
        int users,
        int citizens,
        int durationSeconds,
        int rampSeconds,
        String portalUrl,
        String publicUrl,
        String keycloakUrl,
        int year) {

    static LoadConfig fromSystemProperties() {
        return new LoadConfig(
                Integer.getInteger("load.users", 200),
                Integer.getInteger("load.citizens", 50),
                Integer.getInteger("load.durationSeconds", 300),
                Integer.getInteger("load.rampSeconds", 120),
                System.getProperty("load.portalUrl", "http://localhost:8080"),
                System.getProperty("load.publicUrl", "http://localhost:8081"),
                System.getProperty("load.keycloakUrl", "http://localhost:8180"),
                // the budget and evaluation year edited: last year, the one being evaluated
                Integer.getInteger("load.year", Year.now().getValue() - 1));
    }

    String tokenUrl() {
        return keycloakUrl + "/realms/jixiao/protocol/openid-connect/token";
    }
}
