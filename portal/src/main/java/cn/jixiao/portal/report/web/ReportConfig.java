package cn.jixiao.portal.report.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Settings of the report pages. */
@ConfigMapping(prefix = "portal.reports")
public interface ReportConfig {
    /**
     * Font files with Chinese glyphs for the PDF, tried in order (Debian's fonts-wqy-microhei, fonts-noto-cjk,
     * fonts-wqy-zenhei); the first that exists is embedded.
     */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,"
            + "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,"
            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    List<String> pdfFonts();
}
