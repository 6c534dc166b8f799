package cn.jixiao.signin.api;

import cn.jixiao.signin.SigninConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Which request paths are the JSON API ({@code jixiao.signin.api-paths}, by default everything under /api). */
@ApplicationScoped
public class ApiPaths {
    private final List<String> prefixes;

    @Inject
    public ApiPaths(SigninConfig config) {
        this(config.apiPaths());
    }

    ApiPaths(List<String> prefixes) {
        this.prefixes = prefixes.stream()
                .map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p)
                .toList();
    }

    public boolean contains(String path) {
        if (path == null) {
            return false;
        }
        return prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
