package cn.jixiao.portal.web;

/**
 * The client edited an older version than the one stored. Services compare the version the client
 * read with the entity's before changing anything (Hibernate's own check covers concurrent commits).
 */
public class VersionMismatchException extends RuntimeException {
    public VersionMismatchException() {
        super("version mismatch");
    }

    public static void check(int expected, int actual) {
        if (expected != actual) {
            throw new VersionMismatchException();
        }
    }
}
