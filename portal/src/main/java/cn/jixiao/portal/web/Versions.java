package cn.jixiao.portal.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Optimistic locking as every editable record uses it: the client sends the version it read, and a
 * save is refused when someone saved in between (Hibernate's own check covers concurrent commits).
 */
public final class Versions {
    public static final String REQUIRED = "请提供读取时的版本号 (version is required)";

    private Versions() {}

    /** 400 when the client sent no version, 409 (naming {@code stored}) when it read another one. */
    public static void require(Integer given, int stored) {
        if (given == null) {
            throw Refusals.invalid("version", REQUIRED);
        }
        if (given != stored) {
            throw Refusals.staleVersion(stored);
        }
    }

    /**
     * Saves and flushes a record; when its first save collides with another person's first save of the
     * same key (a unique constraint), the loser gets the same 409 as a stale edit.
     */
    public static void persistAndFlush(PanacheEntityBase entity) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException) {
                    throw Refusals.staleVersion();
                }
            }
            throw e;
        }
    }
}
