package cn.jixiao.platform.web.proxy;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start with a trusted proxy that Quarkus would look up in DNS on every request. Quarkus
 * reads a bare IPv6 address such as {@code ::1} as the host name ":" with port 1 and asks the DNS
 * server for it before each request is handled; where that server drops queries, requests waited 5 s
 * for its time-out. Addresses ({@code [::1]} in brackets) and CIDRs are compared without DNS.
 */
@ApplicationScoped
public class TrustedProxies {
    static final String PROPERTY = "quarkus.http.proxy.trusted-proxies";
    private static final Pattern CIDR = Pattern.compile(".+/\\d+");

    void check(@Observes StartupEvent started) {
        var lookedUp = namesToLookUp(ConfigProvider.getConfig()
                .getOptionalValues(PROPERTY, String.class)
                .orElse(List.of()));
        if (!lookedUp.isEmpty()) {
            throw new IllegalStateException("可信代理须写成地址或网段，IPv6 地址加方括号，如 [::1] (" + PROPERTY
                    + " / JIXIAO_TRUSTED_PROXIES must hold addresses or CIDRs, IPv6 in brackets such as [::1];"
                    + " these would be looked up in DNS on every request: " + lookedUp + ")");
        }
    }

    /** The entries Quarkus would resolve by name rather than compare as an address or a CIDR. */
    static List<String> namesToLookUp(List<String> proxies) {
        return proxies.stream()
                .map(String::strip)
                .filter(proxy -> !proxy.isEmpty() && !CIDR.matcher(proxy).matches() && !"localhost".equals(proxy))
                .filter(proxy -> new InetSocketAddressConverter().convert(proxy).isUnresolved())
                .toList();
    }
}
