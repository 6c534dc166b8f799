package cn.jixiao.publicsite.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.TestStack;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A region's identity (kept in tenant-admin) in the footer of that region's report pages, and of no other's. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class RegionIdentityFooterTest {
    private static final String YIJINHUOLUO_REPORT = "11150627-X-/2023-0418001";
    private static final String BAOSHAN_REPORT = "57980172-X-/2022-0712008";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void theRegionsPagesShowItsSponsorRecordNumbersAndContactOthersDoNot() throws SQLException {
        PublicSiteStack.awaitSearchIndex();
        long ours = PublicSiteStack.idOf(YIJINHUOLUO_REPORT);
        long theirs = PublicSiteStack.idOf(BAOSHAN_REPORT);
        given().get("/reports/" + ours).then().statusCode(200).body(not(containsString("region-identity")));
        keep("""
                insert into region_identity (tenant_id, sponsor, site_code, icp_record, police_record, contact_phone,
                    contact_email, contact_address)
                values ('150627', '伊金霍洛旗财政局', '1506270001', '蒙ICP备12345678号-1', '蒙公网安备15062702000123号',
                    '0477-8612345', 'czj@yjhl.example.gov.cn', '伊金霍洛旗阿勒腾席热镇')
                on conflict (tenant_id) do update set sponsor = excluded.sponsor, site_code = excluded.site_code,
                    icp_record = excluded.icp_record, police_record = excluded.police_record,
                    contact_phone = excluded.contact_phone, contact_email = excluded.contact_email,
                    contact_address = excluded.contact_address""");
        try {
            given().get("/reports/" + ours)
                    .then()
                    .statusCode(200)
                    .body(containsString("主办单位：<span id=\"identity-sponsor\">伊金霍洛旗财政局</span>"))
                    .body(containsString("网站标识码：<span id=\"identity-site-code\">1506270001</span>"))
                    .body(containsString("蒙ICP备12345678号-1</a>"))
                    .body(containsString("code=15062702000123"))
                    .body(containsString("0477-8612345"));
            given().get("/reports/" + theirs)
                    .then()
                    .statusCode(200)
                    .body(not(containsString("伊金霍洛旗财政局")))
                    .body(not(containsString("region-identity")));
        } finally {
            keep("delete from region_identity where tenant_id = '150627'");
        }
    }

    private void keep(String sql) throws SQLException {
        try (var connection = owner.getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
