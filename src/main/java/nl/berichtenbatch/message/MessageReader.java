package nl.berichtenbatch.message;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import nl.berichtenbatch.config.InboxProperties;
import nl.berichtenbatch.config.ValidationProperties;
import nl.berichtenbatch.validation.Finding;

/**
 * The one way to read a message file: size limit before reading, UTF-8 without byte-order mark, no DOCTYPE,
 * standard/release/type from the root namespace (never from the file name), and XSD validation that reports
 * every error with line, column and element path. Thread-safe; create one per process.
 */
public final class MessageReader {

    /** More schema errors than this in one file are counted, not listed. */
    static final int MAX_LISTED_ERRORS = 500;

    private static final Pattern ENCODING_DECLARATION = Pattern.compile(
            "^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private final SchemaCatalog schemas;
    private final long maxFileBytes;
    private final SAXParserFactory parsers = SecureXml.saxParserFactory();
    /**
     * Each thread's parser and validators, made once and reused for every file it reads: making them is a good part
     * of the cost of a small message. Xerces resets a reader at the start of each parse, and a validator at its
     * startDocument, so nothing of one file reaches the next; handlers are set per file.
     */
    private final ThreadLocal<Parsing> parsing = ThreadLocal.withInitial(Parsing::new);

    /** The handler of a parser between files: keeps nothing. */
    private static final org.xml.sax.helpers.DefaultHandler NOTHING = new org.xml.sax.helpers.DefaultHandler();

    private final class Parsing {
        private XMLReader reader;
        private final Map<MessageKind, ValidatorHandler> validators = new HashMap<>();

        XMLReader reader() throws ParserConfigurationException, SAXException {
            if (reader == null) {
                reader = parsers.newSAXParser().getXMLReader();
                reader.setEntityResolver((publicId, systemId) -> {
                    throw new SAXException("external entity refused: " + systemId);
                });
            }
            return reader;
        }

        /**
         * Lets go of a file's handler, so that the kept parser and validators hold nothing of the file they read last
         * (its tree can be as large as the size limit).
         */
        void release(Level1Handler handler) {
            if (reader != null) {
                reader.setContentHandler(NOTHING);
                reader.setErrorHandler(NOTHING);
            }
            handler.releaseValidator();
        }

        ValidatorHandler validator(MessageKind kind) {
            return validators.computeIfAbsent(kind, k -> {
                ValidatorHandler validator = schemas.schema(k).newValidatorHandler();
                try {
                    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
                    throw new IllegalStateException("The validator cannot be secured: " + e.getMessage(), e);
                }
                return validator;
            });
        }
    }

    public MessageReader(SchemaCatalog schemas, long maxFileBytes) {
        this.schemas = schemas;
        this.maxFileBytes = maxFileBytes;
    }

    /** A reader for the configured schemas (bundled, or the operator's schemas-dir) and size limit. */
    public static MessageReader configured(InboxProperties inbox, ValidationProperties validation) {
        SchemaCatalog catalog = validation.schemasDir() == null
                ? SchemaCatalog.bundled() : SchemaCatalog.fromDirectory(validation.schemasDir());
        return new MessageReader(catalog, inbox.maxFileBytes());
    }

    public SchemaCatalog schemas() {
        return schemas;
    }

    /**
     * Reads and checks one file. A defect of the file is a finding; only a failure to read the disk is an
     * exception.
     */
    public MessageRead read(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "file not found");
        }
        if (size > maxFileBytes) {
            return unread(file, Level1Check.TOO_LARGE.finding("The file is " + size + " bytes, more than the limit of "
                    + maxFileBytes + " bytes (berichtenbatch.inbox.max-file-bytes); it was not read."));
        }
        byte[] bytes = Files.readAllBytes(file);
        return check(file, bytes);
    }

    /** Checks bytes that were read already (size limit included). */
    public MessageRead check(Path file, byte[] bytes) {
        String sha256 = sha256(bytes);
        if (bytes.length > maxFileBytes) {
            return new MessageRead(file, sha256, null, MessageHeader.EMPTY, List.of(Level1Check.TOO_LARGE.finding(
                    "The file is " + bytes.length + " bytes, more than the limit of " + maxFileBytes
                            + " bytes (berichtenbatch.inbox.max-file-bytes).")), null, null);
        }
        Finding envelope = checkEnvelope(bytes);
        if (envelope != null) {
            return new MessageRead(file, sha256, null, MessageHeader.EMPTY, List.of(envelope), null, null);
        }
        Parsing own = parsing.get();
        Level1Handler handler = new Level1Handler(schemas, own::validator, MAX_LISTED_ERRORS);
        List<Finding> findings = new ArrayList<>();
        try {
            XMLReader reader = own.reader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            InputSource input = new InputSource(new ByteArrayInputStream(bytes));
            input.setEncoding(StandardCharsets.UTF_8.name());
            reader.parse(input);
        } catch (Level1Handler.Stop stop) {
            // the handler recorded why it stopped
        } catch (SAXParseException e) {
            findings.add(wellFormednessFinding(e, bytes, handler));
        } catch (SAXException e) {
            findings.add(Level1Check.NOT_XML.finding("The file is not well-formed XML: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            findings.add(Level1Check.NOT_XML.finding("The file cannot be parsed: " + e.getMessage()));
        } finally {
            own.release(handler);
        }
        findings.addAll(0, handler.findings());
        MessageKind kind = handler.kind();
        boolean valid = kind != null && findings.stream().noneMatch(Finding::isError);
        return new MessageRead(file, sha256, kind, handler.header(), findings, valid ? bytes : null,
                valid ? handler.root() : null);
    }

    /** Empty, binary, byte-order mark, not UTF-8, another declared encoding, DOCTYPE: before any parsing. */
    private static Finding checkEnvelope(byte[] bytes) {
        if (bytes.length == 0) {
            return Level1Check.EMPTY.finding("The file is empty (0 bytes).");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Level1Check.ENCODING.finding("The file starts with a UTF-8 byte-order mark (BOM); the standard "
                    + "requires UTF-8 without a byte-order mark.");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return Level1Check.ENCODING.finding("The file is encoded in UTF-16 (it starts with a UTF-16 byte-order "
                    + "mark); the standard requires UTF-8.");
        }
        int first = 0;
        while (first < bytes.length && isXmlSpace(bytes[first])) {
            first++;
        }
        if (first == bytes.length) {
            return Level1Check.EMPTY.finding("The file contains only white space (" + bytes.length + " bytes).");
        }
        if (bytes[first] == 0 || (first + 1 < bytes.length && bytes[first] == '<' && bytes[first + 1] == 0)) {
            return Level1Check.ENCODING.finding("The file contains NUL bytes, as UTF-16 text or binary data does; "
                    + "the standard requires XML in UTF-8.");
        }
        if (bytes[first] != '<') {
            return Level1Check.NOT_XML.finding("The file is not XML: it does not start with '<' (an XML declaration "
                    + "or element) but with " + describe(bytes[first]) + ".");
        }
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            return Level1Check.ENCODING.finding("The file is not valid UTF-8: byte 0x"
                    + HexFormat.of().toHexDigits(bytes[offset]) + " at offset " + offset + " (line "
                    + lineAt(bytes, offset) + ") is not part of a UTF-8 character; the standard requires UTF-8.",
                    null, lineAt(bytes, offset), 0);
        }
        Matcher declaration = ENCODING_DECLARATION.matcher(text.substring(first, Math.min(text.length(), first + 200)));
        if (declaration.find() && !declaration.group(1).equalsIgnoreCase("UTF-8")
                && !declaration.group(1).equalsIgnoreCase("UTF8")) {
            return Level1Check.ENCODING.finding("The XML declaration names the encoding '" + declaration.group(1)
                    + "'; the standard requires UTF-8.", null, 1, 0);
        }
        int doctype = prologDoctype(text, first);
        if (doctype >= 0) {
            return doctypeFinding(lineAt(text, doctype));
        }
        return null;
    }

    private static Finding doctypeFinding(int line) {
        return Level1Check.DOCTYPE.finding("The file contains a DOCTYPE declaration (line " + line + "). Messages of "
                + "the standard have none; a DOCTYPE is refused unread, so no entity is expanded and no other file "
                + "is read.", null, line, 0);
    }

    /** The offset of a DOCTYPE in the prolog (after declaration, comments and processing instructions), or -1. */
    private static int prologDoctype(String text, int start) {
        int i = start;
        while (i < text.length()) {
            while (i < text.length() && isXmlSpace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i);
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
            } else {
                return text.regionMatches(true, i, "<!DOCTYPE", 0, 9) ? i : -1;
            }
        }
        return -1;
    }

    private static Finding wellFormednessFinding(SAXParseException e, byte[] bytes, Level1Handler handler) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int line = e.getLineNumber();
        int column = e.getColumnNumber();
        if (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl")) {
            return doctypeFinding(line);
        }
        boolean atEnd = message.contains("must start and end within the same entity")
                || message.contains("Premature end of file")
                || (handler.depth() > 0 && line >= lastContentLine(bytes));
        if (atEnd && handler.started()) {
            return Level1Check.TRUNCATED.finding("The file ends before the XML is complete: element "
                    + handler.currentPathOrRoot() + " is not closed (line " + line + ", column " + column
                    + "). Was the file cut off while it was written or sent?", handler.currentPath(), line, column);
        }
        if (!handler.started()) {
            return Level1Check.NOT_XML.finding("The file is not XML: " + readable(message) + " (line " + line
                    + ", column " + column + ").", null, line, column);
        }
        return Level1Check.NOT_XML.finding("The file is not well-formed XML: " + readable(message) + " (line " + line
                + ", column " + column + ").", handler.currentPath(), line, column);
    }

    static String readable(String parserMessage) {
        return parserMessage.replaceFirst("^cvc-[\\w.\\-]+: ", "")
                .replaceAll("\"[^\"]*\":", "")
                .replaceAll("'\\{([^,}]*)}'", "'$1'")
                .trim();
    }

    private static int lastContentLine(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && isXmlSpace(bytes[end - 1])) {
            end--;
        }
        return lineAt(bytes, Math.max(0, end - 1));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static String describe(byte b) {
        int value = b & 0xFF;
        return value >= 0x20 && value < 0x7F ? "'" + (char) value + "'" : "the byte 0x" + HexFormat.of().toHexDigits(b);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isXmlSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static MessageRead unread(Path file, Finding finding) {
        return new MessageRead(file, null, null, MessageHeader.EMPTY, List.of(finding), null, null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
