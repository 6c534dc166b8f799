package cn.jixiao.publicsite.feed;

import java.io.OutputStream;
import java.time.LocalDate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemap (sitemaps.org 0.9) URL by URL with the JDK's StAX writer: a {@code urlset}, or a
 * {@code sitemapindex} when the site holds more URLs than one sitemap may (50,000).
 */
public final class Sitemap implements AutoCloseable {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** sitemaps.org allows 50,000 URLs per file; leave room for the pages. */
    public static final int REPORTS_PER_FILE = 45_000;

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private final XMLStreamWriter xml;

    private Sitemap(OutputStream out, String root) throws XMLStreamException {
        xml = XML.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NS);
    }

    public static Sitemap urlset(OutputStream out) throws XMLStreamException {
        return new Sitemap(out, "urlset");
    }

    public static Sitemap index(OutputStream out) throws XMLStreamException {
        return new Sitemap(out, "sitemapindex");
    }

    /** A page, with the day it last changed (null: unknown). */
    public void url(String location, LocalDate lastModified) throws XMLStreamException {
        entry("url", location, lastModified);
    }

    /** A sitemap of the index. */
    public void sitemap(String location, LocalDate lastModified) throws XMLStreamException {
        entry("sitemap", location, lastModified);
    }

    private void entry(String element, String location, LocalDate lastModified) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified.toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
