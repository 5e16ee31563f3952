package org.sathach.bank.format;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One element of a Moodle XML file and the line it is on: the small tree {@link MoodleXmlReader}
 * walks. It is built with SAX rather than DOM because SAX tells the line of every element, so that
 * each problem can point at its line.
 *
 * <p>Uploaded files are untrusted: the parser refuses any DOCTYPE outright, so no entity is ever
 * declared or expanded (billion laughs) and no external file or URL is ever read (XXE); XInclude is
 * off and the JDK's secure-processing limits apply. Such a file fails with a {@link SAXException}.
 */
final class MoodleXmlElement {
  final String name;
  final int line;
  private final Map<String, String> attributes;
  private final StringBuilder text = new StringBuilder();
  private final List<MoodleXmlElement> children = new ArrayList<>();

  private MoodleXmlElement(String name, Map<String, String> attributes, int line) {
    this.name = name;
    this.attributes = attributes;
    this.line = line;
  }

  /** The attribute's value, or null when absent. */
  String attribute(String attributeName) {
    return attributes.get(attributeName);
  }

  /** The element's own character data (CDATA included), untrimmed. */
  String text() {
    return text.toString();
  }

  List<MoodleXmlElement> children() {
    return children;
  }

  List<MoodleXmlElement> children(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** The first child of that name, or null. */
  MoodleXmlElement child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
  }

  /** The trimmed text of the child {@code <text>}, as Moodle reads it; "" when absent. */
  String textChild() {
    MoodleXmlElement t = child("text");
    return t == null ? "" : t.text().strip();
  }

  /** The trimmed text of {@code <childName>}, or null when there is no such child. */
  String value(String childName) {
    MoodleXmlElement c = child(childName);
    return c == null ? null : c.text().strip();
  }

  /** This element and all below it, in document order. */
  List<MoodleXmlElement> descendants() {
    List<MoodleXmlElement> out = new ArrayList<>();
    out.add(this);
    for (MoodleXmlElement c : children) {
      out.addAll(c.descendants());
    }
    return out;
  }

  /** Reads a whole document and returns its root element. */
  static MoodleXmlElement parse(InputSource source) throws SAXException, IOException {
    TreeBuilder builder = new TreeBuilder();
    secureParser().parse(source, builder);
    return builder.root;
  }

  private static SAXParser secureParser() throws SAXException {
    try {
      // The JDK's own parser, whatever the server puts on the class path: its features are known.
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(false);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be made secure", e);
    }
  }

  private static final class TreeBuilder extends DefaultHandler {
    private final Deque<MoodleXmlElement> open = new ArrayDeque<>();
    private Locator locator;
    private MoodleXmlElement root;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
      Map<String, String> map = new HashMap<>();
      for (int i = 0; i < attrs.getLength(); i++) {
        map.put(attrs.getQName(i), attrs.getValue(i));
      }
      int line = locator == null ? 0 : Math.max(locator.getLineNumber(), 0);
      MoodleXmlElement element = new MoodleXmlElement(qName, map, line);
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().children.add(element);
      }
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text.append(ch, start, length);
      }
    }
  }
}
