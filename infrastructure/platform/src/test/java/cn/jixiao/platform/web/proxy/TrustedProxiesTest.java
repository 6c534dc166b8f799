package cn.jixiao.platform.web.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void addressesBracketedIpv6AndCidrsAreComparedWithoutDns() {
        assertEquals(
                List.of(),
                TrustedProxies.namesToLookUp(
                        List.of("127.0.0.1", "[::1]", "10.0.0.0/8", "fd00::/8", "localhost", "192.168.1.5:8080")));
    }

    @Test
    void aBareIpv6AddressOrAHostNameWouldBeLookedUpOnEveryRequest() {
        assertEquals(
                List.of("::1", "proxy.internal"),
                TrustedProxies.namesToLookUp(List.of("127.0.0.1", "::1", "proxy.internal")));
    }
}
