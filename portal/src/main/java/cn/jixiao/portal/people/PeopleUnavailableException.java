package cn.jixiao.portal.people;

/** Keycloak could not be asked who someone is (unreachable, too slow, or refusing the service account). */
public class PeopleUnavailableException extends RuntimeException {
    PeopleUnavailableException(Throwable cause) {
        super("Keycloak could not be asked: " + cause, cause);
    }
}
