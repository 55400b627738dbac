package nl.berichtenbatch.message;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.xml.validation.ValidatorHandler;

import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import nl.berichtenbatch.validation.Finding;

/**
 * One streaming pass over a message: picks the schema from the root element's namespace, feeds every event to
 * that schema's validator, keeps the element path for each error and reads the identifying header fields.
 * Not thread-safe: one per file.
 */
final class Level1Handler extends DefaultHandler {

    /** Thrown to end parsing early; the reason is in the findings. */
    static final class Stop extends SAXException {
        Stop() {
            super("stopped");
        }
    }

    private static final String ROOT = "Bericht";

    private final SchemaCatalog schemas;
    private final Function<MessageKind, ValidatorHandler> validators;
    private final int maxListed;
    private final List<Finding> findings = new ArrayList<>();
    private final Deque<Frame> path = new ArrayDeque<>();
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private final Map<String, String> header = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder leafText = new StringBuilder();
    private Locator locator;
    private ValidatorHandler validator;
    private ElementModel model;
    private MessageKind kind;
    private boolean started;
    private int errors;
    private int lastErrorLine = -1;
    private int lastErrorColumn = -1;

    private static final class Frame {
        final String type;
        final XmlElement element;
        final Map<String, Integer> children = new HashMap<>();

        Frame(String type, XmlElement element) {
            this.type = type;
            this.element = element;
        }
    }

    private XmlElement root;

    /** {@code validators} gives the (secured) validator of a kind; it is started here and may be reused after. */
    Level1Handler(SchemaCatalog schemas, Function<MessageKind, ValidatorHandler> validators, int maxListed) {
        this.schemas = schemas;
        this.validators = validators;
        this.maxListed = maxListed;
    }

    List<Finding> findings() {
        List<Finding> all = new ArrayList<>(findings);
        if (errors > maxListed) {
            all.add(Level1Check.SCHEMA.finding("… and " + (errors - maxListed) + " more schema errors that are "
                    + "not listed (" + errors + " in all)."));
        }
        return all;
    }

    /** After the file: the (reused) validator no longer reports to this handler. */
    void releaseValidator() {
        if (validator != null) {
            validator.setErrorHandler(null);
        }
    }

    MessageKind kind() {
        return kind;
    }

    MessageHeader header() {
        return new MessageHeader(header.get("BerichtCode"), header.get("Afzender"), header.get("Ontvanger"),
                header.get("Identificatie"), header.get("Dagtekening"));
    }

    boolean started() {
        return started;
    }

    int depth() {
        return path.size();
    }

    /** The path of the element being read (as its {@link XmlElement} has it), null outside the root. */
    String currentPath() {
        return path.isEmpty() ? null : path.peek().element.path();
    }

    String currentPathOrRoot() {
        return Optional.ofNullable(currentPath()).orElse("/");
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (validator == null) {
            pendingPrefixes.add(new String[] {prefix, uri});
        } else {
            validator.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (validator != null) {
            validator.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!started) {
            started = true;
            startValidation(uri, localName);
        }
        push(uri, localName);
        text.setLength(0);
        leafText.setLength(0);
        validator.startElement(uri, localName, qName, attributes);
    }

    private void startValidation(String uri, String localName) throws SAXException {
        Optional<MessageKind> named = MessageKind.fromNamespace(uri);
        if (named.isEmpty()) {
            findings.add(Level1Check.UNKNOWN_MESSAGE.finding("The root element " + describe(uri, localName)
                    + " is not the Bericht of an iJw or iWmo message: its namespace "
                    + (uri == null || uri.isEmpty() ? "is missing" : "'" + uri + "' is not a message namespace")
                    + " (expected e.g. http://www.istandaarden.nl/ijw/3_2/jw301/schema).", null, line(), column()));
            throw new Stop();
        }
        if (!schemas.supports(named.get())) {
            findings.add(Level1Check.UNKNOWN_MESSAGE.finding("The namespace '" + uri + "' names " + named.get()
                    + ", for which " + schemas.description() + " have no schema.", null, line(), column()));
            throw new Stop();
        }
        kind = named.get();
        model = schemas.elementModel(kind);
        validator = validators.apply(kind);
        validator.setErrorHandler(new SchemaErrors());
        if (locator != null) {
            validator.setDocumentLocator(locator);
        }
        validator.startDocument();
        for (String[] prefix : pendingPrefixes) {
            validator.startPrefixMapping(prefix[0], prefix[1]);
        }
        if (!ROOT.equals(localName)) {
            // the validator reports the wrong root itself; nothing below it can be judged
            model = null;
        }
    }

    private static String describe(String uri, String localName) {
        return uri == null || uri.isEmpty() ? "'" + localName + "'" : "'{" + uri + "}" + localName + "'";
    }

    private void push(String uri, String localName) {
        Frame parent = path.peek();
        String type = null;
        boolean repeating = false;
        if (parent == null) {
            type = ROOT.equals(localName) ? ElementModel.ROOT_TYPE : null;
        } else if (model != null) {
            ElementModel.Declaration declaration = model.child(parent.type, localName);
            if (declaration != null) {
                type = declaration.type();
                repeating = declaration.repeating();
            }
        }
        int position = 0;
        if (parent != null) {
            int among = parent.children.merge(localName, 1, Integer::sum);
            if (repeating) {
                position = among;
            }
        }
        XmlElement element = new XmlElement(localName, kind != null && kind.basisschemaNamespace().equals(uri),
                parent == null ? null : parent.element, position, line());
        if (parent == null) {
            root = element;
        } else {
            parent.element.add(element);
        }
        path.push(new Frame(type, element));
    }

    /** The message as a tree; only meaningful when the message passed level 1. */
    XmlElement root() {
        return root;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        validator.endElement(uri, localName, qName);
        Frame frame = path.peek();
        if (frame.element.isLeaf()) {
            frame.element.text(leafText.toString());
        }
        leafText.setLength(0);
        captureHeader(localName);
        path.pop();
        text.setLength(0);
    }

    private void captureHeader(String localName) {
        if (path.size() != 3 && path.size() != 4) {  // /Bericht/Header/X and /Bericht/Header/BerichtIdentificatie/X
            return;
        }
        String at = currentPath();
        if (at.equals("/Bericht/Header/" + localName)
                || at.equals("/Bericht/Header/BerichtIdentificatie/" + localName)) {
            header.putIfAbsent(localName, text.toString().trim());
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (validator != null) {
            validator.characters(ch, start, length);
        }
        if (path.size() >= 3 && text.length() < 256) {
            text.append(ch, start, length);
        }
        leafText.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (validator != null) {
            validator.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (validator != null) {
            validator.processingInstruction(target, data);
        }
    }

    @Override
    public void endDocument() throws SAXException {
        if (validator != null) {
            validator.endDocument();
        }
    }

    // Errors of the XML parser itself: well-formedness errors end the parse (MessageReader turns them into findings)
    @Override
    public void error(SAXParseException e) throws SAXException {
        throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw e;
    }

    private int line() {
        return locator == null ? 0 : locator.getLineNumber();
    }

    private int column() {
        return locator == null ? 0 : locator.getColumnNumber();
    }

    /** Errors of the schema validator: every one is a finding; parsing goes on. */
    private final class SchemaErrors implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
            // schema warnings do not decide validity
        }

        @Override
        public void error(SAXParseException e) {
            record(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            record(e);
        }

        private void record(SAXParseException e) {
            String message = e.getMessage() == null ? "schema error" : e.getMessage();
            boolean sameSpot = e.getLineNumber() == lastErrorLine && e.getColumnNumber() == lastErrorColumn;
            lastErrorLine = e.getLineNumber();
            lastErrorColumn = e.getColumnNumber();
            // Xerces follows a facet error with a general "value … is not valid" for the same element: one is enough
            if (sameSpot && (message.startsWith("cvc-type.3.1.3") || message.startsWith("cvc-complex-type.2.2")
                    || message.startsWith("cvc-attribute.3") || message.startsWith("cvc-elt.5.2.1"))) {
                return;
            }
            errors++;
            if (errors > maxListed) {
                return;
            }
            String location = currentPath();
            String readable = MessageReader.readable(message);
            if (location != null && (location.endsWith("/Bsn") || location.endsWith("/Bsn[1]"))) {
                readable = readable.replaceAll("([Vv]alue) '[^']*'", "$1 '…'");  // the BSN never appears in plain text
            }
            String where = location == null ? "" : location + ": ";
            findings.add(Level1Check.SCHEMA.finding(where + readable, location, e.getLineNumber(), e.getColumnNumber()));
        }
    }
}
