package cn.jixiao.portal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The scanner {@code jixiao.evidence.scanner} names: builtin (here) or clamd (production). */
@ApplicationScoped
public class Scanners {
    @Produces
    @ApplicationScoped
    EvidenceScanner scanner(EvidenceConfig config) {
        return switch (config.scanner().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "clamd" -> new ClamdScanner(config.clamd());
            case "builtin" -> new BuiltinScanner();
            default ->
                throw new IllegalStateException(
                        "jixiao.evidence.scanner must be builtin or clamd, not " + config.scanner());
        };
    }
}
