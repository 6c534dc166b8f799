package cn.jixiao.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The portal's devices sheet (自助设备, {@code /api/transfer/devices/import}) as a region's staff fill
 * it: Chinese headers and labels, departments by code, points by 服务点编号. Kept under the sheet
 * framework's 10 MB per file at 50,000 rows (~8.5 MB).
 */
final class DeviceSheet {
    static final List<String> HEADERS = List.of(
            "设备编号", "设备类型", "型号", "序列号", "供应商", "单价（万元）", "购置部门", "服务点编号", "状态", "订购日期", "到货日期", "安装日期", "试运行日期",
            "验收日期", "验收结论", "投入使用日期", "联网验收日期", "付款日期");
    private static final Map<String, String> STATUS_LABELS =
            Map.of("IN_SERVICE", "投入使用", "ACCEPTED", "已验收", "TRIAL_RUN", "试运行", "INSTALLED", "已安装", "DELIVERED", "已到货");

    private DeviceSheet() {}

    static String row(int n, KioskFiles.Catalogue catalogue, KioskFiles.Lifecycle life) {
        return String.join(
                ",",
                KioskFiles.code(n),
                catalogue.type(n),
                "JZ-" + n % 7,
                "SN" + n,
                "厂商" + (1 + n % 5),
                (3 + n % 7) + ".5",
                catalogue.department(n),
                catalogue.point(n),
                STATUS_LABELS.get(life.status()),
                date(life.ordered()),
                date(life.delivered()),
                date(life.installed()),
                date(life.trialStarted()),
                date(life.accepted()),
                life.result() == null ? "" : "合格",
                date(life.inService()),
                date(life.networkSignedOff()),
                date(life.paid()));
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
