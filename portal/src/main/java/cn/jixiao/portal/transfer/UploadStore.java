package cn.jixiao.portal.transfer;

import cn.jixiao.portal.tabular.TabularConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Keeps an uploaded file on the server between its preview and the user's confirmation, under a
 * random token that only the same user in the same region can redeem. Files are deleted when
 * committed or after {@code jixiao.tabular.preview-kept-for}. Kept on this instance's disk: with
 * several portal replicas the load balancer must send a user back to the same one (or the user
 * simply uploads again).
 */
@ApplicationScoped
public class UploadStore {
    public record Stored(
            String token,
            Path file,
            String tenant,
            String username,
            String sheet,
            String fileName,
            TransferFilter filter,
            Instant storedAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(UploadStore.class);

    @Inject
    TabularConfig config;

    private final Map<String, Stored> uploads = new ConcurrentHashMap<>();
    private volatile Path directory;

    public Stored keep(
            Path upload, String tenant, String username, String sheet, String fileName, TransferFilter filter)
            throws IOException {
        sweep();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path file = directory().resolve(token);
        Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        var stored = new Stored(token, file, tenant, username, sheet, fileName, filter, Instant.now());
        uploads.put(token, stored);
        return stored;
    }

    /** The stored upload, only for the user who made it, in the same region, before it expires. */
    public Optional<Stored> find(String token, String tenant, String username) {
        if (token == null) {
            return Optional.empty();
        }
        sweep();
        return Optional.ofNullable(uploads.get(token))
                .filter(s -> s.tenant().equals(tenant) && s.username().equals(username));
    }

    public void discard(String token) {
        Stored stored = uploads.remove(token);
        if (stored != null) {
            delete(stored.file());
        }
    }

    private void sweep() {
        Instant oldest = Instant.now().minus(config.previewKeptFor());
        uploads.values().removeIf(s -> {
            if (s.storedAt().isBefore(oldest)) {
                delete(s.file());
                return true;
            }
            return false;
        });
    }

    private Path directory() throws IOException {
        if (directory == null) {
            synchronized (this) {
                if (directory == null) {
                    directory = Files.createTempDirectory("jixiao-transfer-");
                }
            }
        }
        return directory;
    }

    @PreDestroy
    void removeAll() {
        uploads.keySet().forEach(this::discard);
        if (directory != null) {
            delete(directory);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warnf("could not delete the kept upload %s: %s", path, e.getMessage());
        }
    }
}
