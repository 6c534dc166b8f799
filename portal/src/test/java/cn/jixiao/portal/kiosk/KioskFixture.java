package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.BookFixtures.execute;
import static cn.jixiao.portal.BookFixtures.queryLong;

import cn.jixiao.portal.BookFixtures;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A small kiosk roll-out in 岳阳 (430600) in 2005, written as the database owner, where every figure
 * of the summary is known. Codes start with "KS-" so a run that died half-way is cleaned up by the next.
 *
 * <pre>
 * points: P1 in service (kept by 政务服务中心 Z), P2 under construction (kept by 财政局 C), P3 closed (C)
 * contracts: K1 (Z) trial P1M + 15 working days; K2 (C) 50 万元, paid 20 + 30 by 2005-06-01 (fully
 *            paid); K3 (C) 80 万元, paid 10; K4 (C) amount 0, trial P1M + 10 working days
 * holidays: 2005-12-26 and 2005-12-27
 * D1 Z P1 T1 K1 trial 02-01, accepted 03-01, in service 03-05, paid 03-10   accepted, in use
 * D2 Z P1 T1 K1 trial 09-01                                                 in use, overdue (due 10-21)
 * D3 C P2 T2 K2 trial 03-01, accepted 04-01 (point not open)                accepted, not in use
 * D4 C P2 T2 K2 delivered only                                              paid (contract), not accepted
 * D5 C -- T1 K4 trial 11-15                                                 in use, due 2006-01-02: on time
 * D6 C P1 T1 K4 trial 11-01, paid 11-20                                     in use, overdue (due 12-15), paid
 * D7 Z P1 T2    retired 2004-06-30                                          not counted
 * D8 Z P1 T2    accepted 2003, retired 2005-06-30                           counted, neither
 * D9 Z P1 T1    ordered 2006-01-05                                          not counted
 * D10 C P2 T2 K3 ordered 05-01, paid 2006-01-10                             counted, nothing else
 * faults open at 2005-12-31: one on D1, one on D3 (a third on D1 closed in May)
 * usage 2005: D1 3650/300 days, D2 610/120, D6 100/40, D5 40/10 (and D1 9999/200 in 2004)
 * </pre>
 * Yijinhuoluo (150627) gets one point and one device counted in 2005 only, which 岳阳 must never see.
 */
final class KioskFixture {
    static final String YUEYANG = "430600";
    static final String YIJINHUOLUO = "150627";
    static final int YEAR = 2005;

    final String tag = UUID.randomUUID().toString().substring(0, 6);
    long zwfwzx;
    long czj;
    long p1;
    long p2;
    long p3;
    long t1;
    long t2;
    long k1;
    long k2;
    long k4;
    long d1;
    long d2;
    long d3;
    long d4;
    long d5;
    long d6;
    long d7;
    long d8;
    long otherPoint;
    long otherDevice;

    static KioskFixture create() {
        removeAll();
        var f = new KioskFixture();
        f.insert();
        return f;
    }

    private void insert() {
        zwfwzx = BookFixtures.departmentId(YUEYANG, "zwfwzx");
        czj = BookFixtures.departmentId(YUEYANG, "czj");
        p1 = point(YUEYANG, "KS-P1-" + tag, "KS测试服务点一" + tag, "IN_SERVICE", zwfwzx);
        p2 = point(YUEYANG, "KS-P2-" + tag, "KS测试服务点二" + tag, "UNDER_CONSTRUCTION", czj);
        p3 = point(YUEYANG, "KS-P3-" + tag, "KS测试服务点三" + tag, "CLOSED", czj);
        t1 = type(YUEYANG, "KS测试一体机" + tag);
        t2 = type(YUEYANG, "KS测试文件柜" + tag);
        k1 = contract(zwfwzx, "100", "P1M", 15);
        k2 = contract(czj, "50", null, null);
        long k3 = contract(czj, "80", null, null);
        k4 = contract(czj, "0", "P1M", 10);
        payment(k2, "2005-03-01", "20");
        payment(k2, "2005-06-01", "30");
        payment(k3, "2005-04-01", "10");
        execute(
                "insert into working_calendar_day (tenant_id, day, kind, name) values (?, ?, 'HOLIDAY', 'KS测试假日'),"
                        + " (?, ?, 'HOLIDAY', 'KS测试假日')",
                YUEYANG,
                LocalDate.parse("2005-12-26"),
                YUEYANG,
                LocalDate.parse("2005-12-27"));

        d1 = device(
                "D1",
                zwfwzx,
                p1,
                t1,
                k1,
                "IN_SERVICE",
                "2005-01-10",
                "2005-02-01",
                "2005-03-01",
                "2005-03-05",
                null,
                "2005-03-10");
        d2 = device("D2", zwfwzx, p1, t1, k1, "TRIAL_RUN", "2005-08-01", "2005-09-01", null, null, null, null);
        d3 = device("D3", czj, p2, t2, k2, "ACCEPTED", "2005-02-01", "2005-03-01", "2005-04-01", null, null, null);
        d4 = device("D4", czj, p2, t2, k2, "DELIVERED", "2005-02-01", null, null, null, null, null);
        d5 = device("D5", czj, null, t1, k4, "TRIAL_RUN", "2005-10-01", "2005-11-15", null, null, null, null);
        d6 = device("D6", czj, p1, t1, k4, "TRIAL_RUN", "2005-10-01", "2005-11-01", null, null, null, "2005-11-20");
        d7 = device(
                "D7",
                zwfwzx,
                p1,
                t2,
                null,
                "RETIRED",
                "2001-01-01",
                "2001-02-01",
                "2001-03-01",
                "2001-03-02",
                "2004-06-30",
                null);
        d8 = device(
                "D8",
                zwfwzx,
                p1,
                t2,
                null,
                "RETIRED",
                "2003-01-01",
                "2003-01-15",
                "2003-02-01",
                "2003-02-02",
                "2005-06-30",
                null);
        device("D9", zwfwzx, p1, t1, null, "ORDERED", "2006-01-05", null, null, null, null, null);
        device("D10", czj, p2, t2, k3, "ORDERED", "2005-05-01", null, null, null, null, "2006-01-10");

        for (String[] step : new String[][] {
            {"ORDERED", "2005-01-10"},
            {"TRIAL_RUN", "2005-02-01"},
            {"ACCEPTED", "2005-03-01"},
            {"IN_SERVICE", "2005-03-05"}
        }) {
            execute(
                    "insert into device_event (tenant_id, device_id, status, on_date, actor, note) values (?, ?, ?, ?, ?, ?)",
                    YUEYANG,
                    d1,
                    step[0],
                    day(step[1]),
                    "yueyang-dept",
                    "KS " + step[0]);
        }
        execute(
                "insert into device_event (tenant_id, device_id, status, kind, on_date, actor, note)"
                        + " values (?, ?, 'TRIAL_RUN', 'ACCEPTANCE_FAILED', ?, 'yueyang-dept', 'KS 屏幕坏点')",
                YUEYANG,
                d2,
                day("2005-10-20"));
        execute("""
                insert into device_document (tenant_id, device_id, kind, file_name, content_type, size_bytes, object_key,
                    sha256, uploaded_by)
                values (?, ?, 'ACCEPTANCE', 'KS验收报告.pdf', 'application/pdf', 20480, 'ks/none', repeat('0', 64),
                    'yueyang-dept')""", YUEYANG, d1);
        fault(d1, "2005-05-01", "2005-05-03");
        fault(d1, "2005-12-01", "2006-01-05");
        fault(d3, "2005-11-01", null);
        usage(d1, 2005, 3650, 300);
        usage(d1, 2004, 9999, 200);
        usage(d2, 2005, 610, 120);
        usage(d6, 2005, 100, 40);
        usage(d5, 2005, 40, 10);

        long bureau = BookFixtures.departmentId(YIJINHUOLUO, "zwfwj");
        long otherType = type(YIJINHUOLUO, "KS测试一体机" + tag);
        // closed and retired by the end of 2005, so that even a left-over never touches the demo's 2022
        otherPoint = point(YIJINHUOLUO, "KS-P9-" + tag, "KS伊旗测试服务点" + tag, "CLOSED", bureau);
        otherDevice = queryLong("""
                insert into device (tenant_id, code, type_id, department_id, point_id, status, ordered_on,
                    trial_started_on, accepted_on, in_service_on, retired_on)
                values (?, ?, ?, ?, ?, 'RETIRED', date '2005-02-01', date '2005-03-01', date '2005-04-01',
                    date '2005-04-02', date '2005-12-31') returning id""", YIJINHUOLUO, "KS-D99-" + tag, otherType, bureau, otherPoint);
    }

    /** Removes every row a fixture ever wrote, this run's and any earlier run's. */
    static void removeAll() {
        for (String tenant : new String[] {YUEYANG, YIJINHUOLUO}) {
            execute("delete from device where tenant_id = ? and code like 'KS-%'", tenant);
            execute("delete from service_point where tenant_id = ? and code like 'KS-%'", tenant);
            execute("delete from device_type where tenant_id = ? and name like 'KS测试%'", tenant);
        }
        execute("delete from contract where tenant_id = ? and title like 'KS测试合同%'", YUEYANG);
        execute("delete from working_calendar_day where tenant_id = ? and name = 'KS测试假日'", YUEYANG);
    }

    private static long point(String tenant, String code, String name, String status, long keeper) {
        return queryLong("""
                insert into service_point (tenant_id, code, name, address, status, responsible_department_id)
                values (?, ?, ?, '测试地址', ?, ?) returning id""", tenant, code, name, status, keeper);
    }

    private static long type(String tenant, String name) {
        return queryLong(
                "insert into device_type (tenant_id, name, services) values (?, ?, '{办税,社保查询}') returning id",
                tenant,
                name);
    }

    private long contract(long department, String amount, String trialPeriod, Integer workingDays) {
        return queryLong("""
                insert into contract (tenant_id, department_id, title, vendor, amount, signed_on, procurement_method,
                    trial_period, acceptance_working_days)
                values (?, ?, ?, '测试供应商', cast(? as numeric), date '2005-01-05', 'OPEN_TENDER', ?, ?) returning id""", YUEYANG, department, "KS测试合同" + tag, amount, trialPeriod, workingDays);
    }

    private static void payment(long contract, String on, String amount) {
        execute(
                "insert into payment (tenant_id, contract_id, paid_on, amount) values (?, ?, ?, cast(? as numeric))",
                YUEYANG,
                contract,
                LocalDate.parse(on),
                amount);
    }

    private long device(
            String name,
            long buyer,
            Long point,
            long type,
            Long contract,
            String status,
            String ordered,
            String trial,
            String accepted,
            String inService,
            String retired,
            String paid) {
        return queryLong(
                """
                insert into device (tenant_id, code, type_id, model, department_id, contract_id, point_id, status,
                    ordered_on, delivered_on, trial_started_on, accepted_on, acceptance_result, in_service_on,
                    retired_on, paid_on)
                values (?, ?, ?, 'KS-100', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                YUEYANG,
                "KS-" + name + "-" + tag,
                type,
                buyer,
                contract,
                point,
                status,
                day(ordered),
                day(ordered),
                day(trial),
                day(accepted),
                accepted == null ? null : "PASSED",
                day(inService),
                day(retired),
                day(paid));
    }

    private static void fault(long device, String opened, String closed) {
        execute("""
                insert into device_fault (tenant_id, device_id, opened_on, closed_on, description, reported_by)
                values (?, ?, ?, ?, '屏幕无响应', 'fixture')""", YUEYANG, device, day(opened), day(closed));
    }

    private static void usage(long device, int year, long transactions, int days) {
        execute(
                "insert into device_usage_year (tenant_id, device_id, year, transactions, days) values (?, ?, ?, ?, ?)",
                YUEYANG,
                device,
                year,
                transactions,
                days);
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
