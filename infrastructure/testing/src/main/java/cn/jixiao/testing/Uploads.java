package cn.jixiao.testing;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import org.apache.http.entity.mime.HttpMultipartMode;

/**
 * Multipart uploads sent as browsers send them: file names in UTF-8 in the part header. RestAssured's
 * default writes them in the platform charset, which turns 预算.csv into ???.csv on a C-locale machine.
 */
public final class Uploads {

    private Uploads() {}

    public static RestAssuredConfig asBrowsersDo() {
        return RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));
    }
}
