package cn.jixiao.portal.evidence;

import static cn.jixiao.portal.evidence.EvidenceFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.evidence.EvidenceFixtures.pdf;
import static cn.jixiao.portal.evidence.EvidenceFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.minio.RemoveObjectArgs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Evidence of a contract (no evaluation: its department's editors add and delete files at any time), and
 * the evidence partial on the contract page: editable for the department's editor, read-only for the
 * finance reviewer.
 */
@QuarkusTest
public class EvidenceContractTest {
    @Inject
    ObjectStorage storage;

    private Long created;
    private String key;

    @AfterEach
    void remove() throws Exception {
        if (created != null) {
            BookFixtures.execute("delete from evidence_file where lineage_id = ?", created);
            storage.client()
                    .removeObject(RemoveObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .build());
        }
    }

    private static long contract() {
        return BookFixtures.queryLong(
                "select min(c.id) from contract c join department d on d.id = c.department_id"
                        + " where c.tenant_id = ? and d.code = 'zwfwj'",
                YIJINHUOLUO);
    }

    @Test
    void theContractsDepartmentAddsAndDeletesEvidenceAndItsPageShowsThePartial() {
        long contract = contract();
        String dept = Tokens.accessToken("yijinhuoluo-dept");
        created = upload(dept, "CONTRACT", contract, "合同扫描件.pdf", pdf(5_000, 30))
                .then()
                .statusCode(201)
                .body("ownerKind", equalTo("CONTRACT"))
                .extract()
                .jsonPath()
                .getLong("id");
        key = keyOf(created);
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/evidence?ownerKind=CONTRACT&ownerId=" + contract)
                .then()
                .statusCode(200)
                .body("", hasSize(1));

        given().auth()
                .oauth2(dept)
                .get("/contracts/" + contract)
                .then()
                .statusCode(200)
                .body(containsString("data-evidence-kind=\"CONTRACT\""))
                .body(containsString("data-evidence-owner=\"" + contract + "\""))
                .body(containsString("data-evidence-editable=\"true\""))
                .body(containsString("data-evidence-file"))
                .body(containsString("/static/evidence.js"));
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/contracts/" + contract)
                .then()
                .statusCode(200)
                .body(containsString("data-evidence-editable=\"false\""))
                .body(not(containsString("data-evidence-file")));
        given().get("/static/evidence.js").then().statusCode(200).body(containsString("upload.onprogress"));

        given().auth().oauth2(dept).delete("/api/evidence/" + created).then().statusCode(204);
        given().auth()
                .oauth2(dept)
                .get("/api/evidence?ownerKind=CONTRACT&ownerId=" + contract)
                .then()
                .statusCode(200)
                .body("", hasSize(0));
        created = null;
    }

    private static String keyOf(long id) {
        try (var c = io.quarkus.arc.Arc.container()
                        .instance(
                                io.agroal.api.AgroalDataSource.class,
                                new io.quarkus.agroal.DataSource.DataSourceLiteral("owner"))
                        .get()
                        .getConnection();
                var s = c.prepareStatement("select object_key from evidence_file where id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
