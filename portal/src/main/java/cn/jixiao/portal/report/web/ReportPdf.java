package cn.jixiao.portal.report.web;

import cn.jixiao.portal.web.Refusals;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a report's print page (well-formed XHTML) to PDF with openhtmltopdf, embedding a subset of
 * the first CJK font found on the configured paths (a .ttc collection's first face, or a .ttf/.otf).
 * Without one, Chinese would come out as empty boxes: that is a 503 saying which font to install.
 */
@ApplicationScoped
public class ReportPdf {
    static final String FAMILY = "ReportCJK";

    @Inject
    ReportConfig config;

    public Optional<Path> font() {
        return config.pdfFonts().stream()
                .map(Path::of)
                .filter(Files::isReadable)
                .findFirst();
    }

    /** The font to embed, or a 503 that says what to install. */
    public Path requireFont() {
        return font().orElseThrow(() -> Refusals.unavailable(
                "no-cjk-font",
                "服务器缺少中文字体，无法生成 PDF；请安装 fonts-wqy-microhei 或 fonts-noto-cjk（apt-get install fonts-wqy-microhei），"
                        + "或在 portal.reports.pdf-fonts 中配置字体路径 (no CJK font found at " + config.pdfFonts() + ")"));
    }

    public void write(String xhtml, OutputStream out) {
        Path font = requireFont();
        boolean collection = font.toString().endsWith(".ttc");
        // the collection is read until the subset is embedded on save, so it closes after the document
        try (TrueTypeCollection faces = collection ? new TrueTypeCollection(font.toFile()) : null;
                PDDocument document = new PDDocument()) {
            var builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            if (faces != null) {
                TrueTypeFont face = firstFace(faces, font.toFile());
                PDType0Font pdFont = PDType0Font.load(document, face, true);
                builder.useFont(new com.openhtmltopdf.pdfboxout.PDFontSupplier(pdFont), FAMILY);
            } else {
                builder.useFont(font.toFile(), FAMILY);
            }
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont firstFace(TrueTypeCollection collection, File file) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        if (first[0] == null) {
            throw new IOException("no font in " + file);
        }
        return first[0];
    }
}
