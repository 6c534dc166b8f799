package cn.jixiao.publicsite.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the connection {@link PublicationListener} LISTENs on: the app's database and role, but outside the
 * pool, as a pooled connection handed back would go on collecting notifications for whoever borrows it next.
 */
@ApplicationScoped
public class ListenConnections {
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    Connection open() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "public-site listen");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true"); // a connection lost without a word is found out
        return DriverManager.getConnection(url, properties);
    }
}
