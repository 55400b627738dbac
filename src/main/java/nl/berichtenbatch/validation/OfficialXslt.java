package nl.berichtenbatch.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Source;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.URIResolver;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.sax.SAXSource;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import net.sf.saxon.Configuration;
import net.sf.saxon.TransformerFactoryImpl;
import net.sf.saxon.jaxp.TransformerImpl;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.SaxonApiUncheckedException;
import net.sf.saxon.s9api.XsltTransformer;
import net.sf.saxon.trans.XPathException;
import nl.berichtenbatch.message.MessageRead;

/**
 * The official level-2 XSLT of a standard (Zorginstituut Nederland), as an option next to the native rules: the
 * stylesheet is compiled once, applied to a message that passed level 1, and the {@code Rapport} it writes
 * ({@value #RAPPORT_NAMESPACE}: {@code Rapport → Header{…, XSLTVersie} + Fouten/Fout{Code, Locatie+, Details}}) becomes
 * findings: rule = Code, retourcode 0001, one finding per Locatie, text = Details after {@value #TEXT_PREFIX}.
 *
 * <p>The stylesheet is a local file and is treated as such: secure processing, no DTDs, and includes, imports and
 * {@code document()} only from files in the stylesheet's own folder; no extension functions, no text files, no
 * collections, no files written. The official iJw/iWmo stylesheets are XSLT 2.0: every stylesheet runs on Saxon-HE,
 * which only this class uses. Thread-safe: one instance serves a run.
 */
public final class OfficialXslt {

    /** The namespace of the official validation report. */
    public static final String RAPPORT_NAMESPACE = "http://www.istandaarden.nl/validatie/1_1/rapport/schema";

    /**
     * Starts the text of every finding of the official XSLT ({@code official XSLT 2.10.5: Details}), so that reports
     * tell them from native findings and show the XsltVersie that judged them.
     */
    public static final String TEXT_PREFIX = "official XSLT";

    private static final String XSLT_NAMESPACE = "http://www.w3.org/1999/XSL/Transform";
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private final Path stylesheet;
    private final Path folder;
    private final Templates templates;
    private final String declaredVersion;
    private volatile String reportedVersion;

    private OfficialXslt(Path stylesheet, Templates templates, String declaredVersion) {
        this.stylesheet = stylesheet;
        this.folder = stylesheet.getParent();
        this.templates = templates;
        this.declaredVersion = declaredVersion;
    }

    /**
     * Compiles the stylesheet. Fails with a one-line reason when the file is missing, is not an XSLT stylesheet, does
     * not compile, or needs an XSLT 2.0 processor that is not on the class path.
     */
    public static OfficialXslt load(Path stylesheet) {
        Path file = stylesheet.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The official XSLT " + stylesheet + " does not exist.");
        }
        Document source = parse(file);
        Element root = source.getDocumentElement();
        if (!XSLT_NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException("The official XSLT " + stylesheet + " is not an XSLT stylesheet.");
        }
        TransformerFactory factory = factory(file);
        Errors errors = new Errors();
        factory.setErrorListener(errors);
        try {
            Templates templates = factory.newTemplates(source(file));
            return new OfficialXslt(file, templates, declaredVersion(file).orElse(null));
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("The official XSLT " + stylesheet + " cannot be compiled: "
                    + errors.describe(e), e);
        }
    }

    /** The stylesheet file. */
    public Path stylesheet() {
        return stylesheet;
    }

    /**
     * The stylesheet's version (the XsltVersie a retour carries after a level-2 rejection): as the stylesheet declares
     * it ({@code XSLTVersie}), or else as its latest Rapport reported it; empty while neither is known.
     */
    public String version() {
        if (declaredVersion != null) {
            return declaredVersion;
        }
        String reported = reportedVersion;
        return reported == null ? "" : reported;
    }

    /**
     * Applies the stylesheet to a message that passed level 1. No Fouten: no findings. A stylesheet that fails on the
     * message is a technical failure (IllegalStateException), not a finding.
     */
    public List<Finding> check(MessageRead message) {
        if (message.content() == null) {
            throw new IllegalArgumentException("The official XSLT checks only messages that passed level 1.");
        }
        Errors errors = new Errors();
        DOMResult result = new DOMResult();
        try {
            Transformer transformer = templates.newTransformer();
            transformer.setURIResolver(new LocalFiles(folder));
            transformer.setErrorListener(errors);
            XsltTransformer saxon = ((TransformerImpl) transformer).getUnderlyingXsltTransformer();
            saxon.setMessageHandler(ignored -> { });  // xsl:message is no finding and must not reach the console
            saxon.setResultDocumentHandler(uri -> {
                throw new SaxonApiUncheckedException(new SaxonApiException(
                        "The official XSLT may not write files (" + uri + ")."));
            });
            SAXSource input = new SAXSource(secureReader(), new InputSource(
                    new ByteArrayInputStream(message.content())));
            transformer.transform(input, result);
        } catch (TransformerException | SaxonApiUncheckedException e) {
            throw new IllegalStateException("The official XSLT " + stylesheet.getFileName() + " failed on "
                    + message.file() + ": " + (e instanceof TransformerException t ? errors.describe(t)
                            : e.getMessage()), e);
        }
        return findings(result.getNode());
    }

    private List<Finding> findings(Node output) {
        Element rapport = output instanceof Document document ? document.getDocumentElement() : (Element) output
                .getFirstChild();
        if (rapport == null || !RAPPORT_NAMESPACE.equals(rapport.getNamespaceURI())
                || !"Rapport".equals(rapport.getLocalName())) {
            throw new IllegalStateException("The official XSLT " + stylesheet.getFileName()
                    + " did not write a Rapport in " + RAPPORT_NAMESPACE + ".");
        }
        child(rapport, "Header").flatMap(header -> child(header, "XSLTVersie")).map(OfficialXslt::text)
                .filter(version -> !version.isEmpty()).ifPresent(version -> reportedVersion = version);
        List<Finding> findings = new ArrayList<>();
        for (Element fouten : children(rapport, "Fouten")) {
            for (Element fout : children(fouten, "Fout")) {
                String code = child(fout, "Code").map(OfficialXslt::text).orElse("");
                String details = child(fout, "Details").map(OfficialXslt::text).filter(d -> !d.isEmpty())
                        .orElse("rule " + code + " is not met.");
                String marked = TEXT_PREFIX + (version().isEmpty() ? "" : " " + version()) + ": " + details;
                for (Element locatie : children(fout, "Locatie")) {
                    findings.add(Finding.error(code, RetourCode.C0001.code(), text(locatie), marked));
                }
            }
        }
        return findings;
    }

    /**
     * Saxon-HE, asked for by name so that no other JAXP user gets it: it runs XSLT 1.0 and the official 2.0
     * stylesheets alike. Secure processing (no extension functions), resources only as local files in the stylesheet's
     * folder (includes, imports, document(), doc()), no unparsed-text() or collection().
     */
    private static TransformerFactory factory(Path file) {
        Path folder = file.getParent();
        Configuration configuration = new Configuration();
        configuration.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file");
        configuration.setResourceResolver(new LocalResources(folder));
        configuration.setUnparsedTextURIResolver((uri, encoding, config) -> {
            throw new XPathException("The official XSLT may not read text files (" + uri + ").");
        });
        configuration.setCollectionFinder((context, uri) -> {
            throw new XPathException("The official XSLT may not read collections (" + uri + ").");
        });
        TransformerFactory factory = new TransformerFactoryImpl(configuration);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("The XSLT processor cannot be secured: " + e.getMessage(), e);
        }
        factory.setURIResolver(new LocalFiles(folder));
        return factory;
    }

    /** The version that the stylesheet or one of its local includes declares in an XSLTVersie element. */
    private static Optional<String> declaredVersion(Path main) {
        Deque<Path> todo = new ArrayDeque<>(List.of(main));
        Set<Path> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Path file = todo.removeFirst();
            if (!seen.add(file) || !Files.isRegularFile(file) || !file.startsWith(main.getParent())) {
                continue;
            }
            Document document = parse(file);
            for (Element element : descendants(document.getDocumentElement())) {
                String name = element.getLocalName();
                if ("XSLTVersie".equals(name) && VERSION.matcher(text(element)).matches()) {
                    return Optional.of(text(element));
                }
                if (XSLT_NAMESPACE.equals(element.getNamespaceURI())
                        && ("include".equals(name) || "import".equals(name)) && element.hasAttribute("href")) {
                    todo.addLast(file.getParent().resolve(element.getAttribute("href")).normalize());
                }
            }
        }
        return Optional.empty();
    }

    private static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>();
        Deque<Element> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Element element = todo.removeFirst();
            all.add(element);
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element childElement) {
                    todo.addLast(childElement);
                }
            }
        }
        return all;
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("The official XSLT file " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static Source source(Path file) {
        SAXSource source = new SAXSource(secureReader(), new InputSource(file.toUri().toString()));
        source.setSystemId(file.toUri().toString());
        return source;
    }

    private static XMLReader secureReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("No secure XML reader: " + e.getMessage(), e);
        }
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && RAPPORT_NAMESPACE.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element.getTextContent().trim();
    }

    /** Resolves includes, imports and document() only to files in the stylesheet's folder (or below it). */
    private record LocalFiles(Path folder) implements URIResolver {

        @Override
        public Source resolve(String href, String base) throws TransformerException {
            URI resolved;
            try {
                resolved = (base == null || base.isEmpty() ? folder.toUri() : URI.create(base)).resolve(href);
            } catch (IllegalArgumentException e) {
                throw new TransformerException("Not a local file: " + href);
            }
            if (!"file".equals(resolved.getScheme())) {
                throw new TransformerException("The official XSLT may only use local files, not " + resolved);
            }
            Path file = Path.of(resolved).normalize();
            if (!file.startsWith(folder)) {
                throw new TransformerException("The official XSLT may only use files in " + folder + ", not " + file);
            }
            return source(file);
        }
    }

    /** The same rule for everything Saxon loads by itself: XML and XSLT as local files in the folder, nothing else. */
    private record LocalResources(Path folder) implements ResourceResolver {

        @Override
        public Source resolve(ResourceRequest request) throws XPathException {
            if (!ResourceRequest.XML_NATURE.equals(request.nature)
                    && !ResourceRequest.XSLT_NATURE.equals(request.nature)) {
                throw new XPathException("The official XSLT may not read " + request.uri + " (" + request.nature
                        + ").");
            }
            try {
                String href = request.relativeUri != null ? request.relativeUri : request.uri;
                return new LocalFiles(folder).resolve(href, request.baseUri);
            } catch (TransformerException e) {
                throw new XPathException(e.getMessage());
            }
        }
    }

    /** Keeps the processor's messages for the failure text instead of printing them. */
    private static final class Errors implements ErrorListener {

        private final List<String> messages = new ArrayList<>();

        @Override
        public void warning(TransformerException exception) {
            // warnings do not stop a run and are not findings
        }

        @Override
        public void error(TransformerException exception) throws TransformerException {
            messages.add(exception.getMessageAndLocation());
            throw exception;
        }

        @Override
        public void fatalError(TransformerException exception) throws TransformerException {
            messages.add(exception.getMessageAndLocation());
            throw exception;
        }

        /** One line: the processor's messages may span several. */
        String describe(TransformerException failure) {
            String text = messages.isEmpty() ? failure.getMessageAndLocation() : String.join("; ", messages);
            return text.replaceAll("\\s*\\R\\s*", " ").trim();
        }
    }
}
