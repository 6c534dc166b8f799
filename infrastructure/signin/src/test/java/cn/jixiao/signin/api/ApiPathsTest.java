package cn.jixiao.signin.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiPathsTest {
    private final ApiPaths api = new ApiPaths(List.of("/api/"));

    @Test
    void everythingUnderTheApiPrefixIsTheApi() {
        assertTrue(api.contains("/api"));
        assertTrue(api.contains("/api/me"));
        assertTrue(api.contains("/api/kiosks/devices/3/documents"));
    }

    @Test
    void pagesAndLookAlikePathsAreNot() {
        assertFalse(api.contains("/"));
        assertFalse(api.contains("/apis"));
        assertFalse(api.contains("/projects/api"));
        assertFalse(api.contains(null));
    }
}
