package dev.skilltree.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** An SVG drawing read as XML (so a test fails on one that is not well-formed), queried by XPath. */
public final class SvgDocument {

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    public static SvgDocument parse(String svg) {
        try {
            return new SvgDocument(DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new InputSource(new StringReader(svg))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + svg, e);
        }
    }

    /** The text of every element or attribute the path selects, in document order. */
    public List<String> all(String xpath) {
        try {
            NodeList nodes =
                    (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (XPathExpressionException e) {
            throw new AssertionError(xpath, e);
        }
    }

    /** The text of the one element or attribute the path selects; fails when it selects none or several. */
    public String one(String xpath) {
        List<String> found = all(xpath);
        assertThat(found).as(xpath).hasSize(1);
        return found.getFirst();
    }
}
