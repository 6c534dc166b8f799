package cn.jixiao.tenantadmin.keycloak;

/** Keycloak could not be reached or refused a call it should have accepted. */
public class KeycloakFailure extends RuntimeException {
    public KeycloakFailure(String action, Throwable cause) {
        super(action + ": " + cause.getMessage(), cause);
    }

    public KeycloakFailure(String action, int status, String body) {
        super(action + ": HTTP " + status + " " + body);
    }
}
