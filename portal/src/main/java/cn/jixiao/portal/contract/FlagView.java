package cn.jixiao.portal.contract;

/** A flag as the API shows it: its code and a message in Chinese with English. */
public record FlagView(ContractFlag code, String label, String message) {

    static FlagView of(ContractFlag flag) {
        return new FlagView(flag, flag.label, flag.label + " (" + flag.english + ")");
    }
}
