package cn.jixiao.portal.evidence;

import java.util.Arrays;
import java.util.Optional;

/** What an evidence file proves: an evaluation, one of its indicators or items, a target, a contract or a device. */
public enum OwnerKind {
    EVALUATION,
    INDICATOR,
    ITEM,
    TARGET,
    CONTRACT,
    DEVICE;

    public static Optional<OwnerKind> parse(String code) {
        return code == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(k -> k.name().equalsIgnoreCase(code.strip()))
                        .findFirst();
    }
}
