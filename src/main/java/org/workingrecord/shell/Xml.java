package org.workingrecord.shell;

import java.io.ByteArrayOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An XML document built element by element, in its root's namespace unless another is named, and written as indented
 * UTF-8 with the parser's and transformer's external access shut (exports: Moodle XML, QTI, Common Cartridge).
 */
public final class Xml {

    private final Document doc;
    private final String namespace;
    private final Element root;

    public Xml(String namespace, String rootName) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setNamespaceAware(true);
            this.doc = f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        this.namespace = namespace;
        this.root = doc.createElementNS(namespace, rootName);
        doc.appendChild(root);
    }

    public Document doc() {
        return doc;
    }

    public Element root() {
        return root;
    }

    public Element add(Element parent, String name) {
        return add(parent, namespace, name, null);
    }

    public Element add(Element parent, String name, String text) {
        return add(parent, namespace, name, text);
    }

    /** An element in another namespace than the root's; with text, when not null. */
    public Element add(Element parent, String elementNamespace, String name, String text) {
        Element e = doc.createElementNS(elementNamespace, name);
        if (text != null) {
            e.setTextContent(text);
        }
        parent.appendChild(e);
        return e;
    }

    public byte[] bytes() {
        return write(doc);
    }

    /** Any document, as indented UTF-8. */
    public static byte[] write(Document doc) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("XML could not be written", e);
        }
    }
}
