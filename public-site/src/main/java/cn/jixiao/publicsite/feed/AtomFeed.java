package cn.jixiao.publicsite.feed;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) with the JDK's StAX writer, which escapes every text and
 * attribute (no XML is put together from strings).
 */
public final class AtomFeed {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private AtomFeed() {}

    /**
     * @param base     the site's address, e.g. https://jx.example.gov.cn (no trailing slash)
     * @param selfPath the feed's own path, e.g. /regions/150627/feed.xml
     * @param alternatePath the page the feed follows, e.g. /regions/150627
     */
    public static void write(
            OutputStream out, String base, String selfPath, String alternatePath, String title, List<FeedEntry> entries)
            throws XMLStreamException {
        XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", "zh-CN");
        text(xml, "id", base + selfPath);
        text(xml, "title", title);
        text(
                xml,
                "updated",
                timestamp(entries.stream()
                        .map(AtomFeed::updated)
                        .max(Comparator.naturalOrder())
                        .orElse(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))));
        link(xml, "self", base + selfPath, "application/atom+xml");
        link(xml, "alternate", base + alternatePath, "text/html");
        xml.writeStartElement("author");
        text(xml, "name", "预算绩效信息公开");
        xml.writeEndElement();
        for (FeedEntry entry : entries) {
            xml.writeStartElement("entry");
            text(xml, "id", base + "/reports/" + entry.id());
            text(xml, "title", entry.title());
            link(xml, "alternate", base + "/reports/" + entry.id(), "text/html");
            text(
                    xml,
                    "published",
                    timestamp(entry.publishedOn().atStartOfDay(CHINA).toOffsetDateTime()));
            text(xml, "updated", timestamp(updated(entry)));
            xml.writeStartElement("author");
            text(xml, "name", entry.publisher());
            xml.writeEndElement();
            xml.writeStartElement("category");
            xml.writeAttribute("term", entry.region());
            xml.writeEndElement();
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(clean(entry.summary()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** The later of the publication day and the last change (a report is never older than its 发布日期). */
    private static OffsetDateTime updated(FeedEntry entry) {
        OffsetDateTime published = entry.publishedOn().atStartOfDay(CHINA).toOffsetDateTime();
        return entry.updatedAt() == null || entry.updatedAt().isBefore(published) ? published : entry.updatedAt();
    }

    static String timestamp(OffsetDateTime time) {
        return time.atZoneSameInstant(CHINA)
                .toOffsetDateTime()
                .withNano(0)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    /** Characters XML 1.0 cannot hold (control characters a pasted text may carry) are left out. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        return value.codePoints()
                .filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }
}
