package nl.berichtenbatch.message;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The XSDs that level 1 validates against: the product's own {@code schemas/} (on the class path) or, when
 * {@code berichtenbatch.validation.schemas-dir} is set, a folder with the same layout
 * ({@code ijw/3.2/JW301.xsd}, {@code iwmo/3.2/WMO301.xsd}, each with its {@code basisschema.xsd}). Each schema
 * is compiled once per process, on first use.
 */
public final class SchemaCatalog {

    private static final String BASISSCHEMA = "basisschema.xsd";

    private final Source source;
    private final Map<MessageKind, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<MessageKind, ElementModel> models = new ConcurrentHashMap<>();
    private final Map<MessageKind, XsdVersion> versions = new ConcurrentHashMap<>();

    private SchemaCatalog(Source source) {
        this.source = source;
    }

    /** The schemas bundled with the product. */
    public static SchemaCatalog bundled() {
        return new SchemaCatalog(new ClassPathSource());
    }

    /** Schemas from an operator's folder, e.g. a freshly published patch release of the official XSDs. */
    public static SchemaCatalog fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("schemas-dir " + directory + " is not a folder");
        }
        return new SchemaCatalog(new DirectorySource(directory.toAbsolutePath().normalize()));
    }

    /** Where the schemas come from, for messages and reports. */
    public String description() {
        return source.description();
    }

    /** Whether a schema for this standard, release and message exists. */
    public boolean supports(MessageKind kind) {
        return source.exists(path(kind));
    }

    /** The compiled schema of a message; compiled once. */
    public Schema schema(MessageKind kind) {
        return schemas.computeIfAbsent(kind, this::compile);
    }

    /** Which elements of the message repeat, for element paths in the official XPath form. */
    public ElementModel elementModel(MessageKind kind) {
        return models.computeIfAbsent(kind, k -> ElementModel.of(read(path(k))));
    }

    /** BasisschemaXsdVersie and BerichtXsdVersie from the schema's appinfo (for the XsdVersieRetour of retours). */
    public XsdVersion xsdVersion(MessageKind kind) {
        return versions.computeIfAbsent(kind, k -> {
            String schema = new String(read(path(k)), java.nio.charset.StandardCharsets.UTF_8);
            return new XsdVersion(appinfo(schema, "BasisschemaXsdVersie"), appinfo(schema, "BerichtXsdVersie"));
        });
    }

    private static String appinfo(String schema, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<[\\w]+:" + name + ">\\s*([^<\\s]+)\\s*</").matcher(schema);
        return m.find() ? m.group(1) : "1.0.0";
    }

    private Schema compile(MessageKind kind) {
        String path = path(kind);
        SchemaFactory factory = SecureXml.schemaFactory();
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            // only a sibling basisschema.xsd may be imported; anything else is refused (ACCESS_EXTERNAL_SCHEMA="")
            if (BASISSCHEMA.equals(systemId)) {
                return new BytesInput(folder + BASISSCHEMA, read(folder + BASISSCHEMA));
            }
            return null;
        });
        try {
            return factory.newSchema(new StreamSource(new ByteArrayInputStream(read(path)), path));
        } catch (SAXException e) {
            throw new IllegalStateException("The schema " + path + " from " + source.description()
                    + " cannot be compiled: " + e.getMessage(), e);
        }
    }

    private byte[] read(String path) {
        return source.read(path).orElseThrow(() -> new IllegalStateException(
                "The schema " + path + " is missing in " + source.description()));
    }

    static String path(MessageKind kind) {
        return kind.standard().id() + "/" + kind.release() + "/" + kind.name() + ".xsd";
    }

    private interface Source {
        Optional<byte[]> read(String path);

        boolean exists(String path);

        String description();
    }

    private static final class ClassPathSource implements Source {

        @Override
        public Optional<byte[]> read(String path) {
            try (InputStream in = SchemaCatalog.class.getResourceAsStream("/schemas/" + path)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean exists(String path) {
            return SchemaCatalog.class.getResource("/schemas/" + path) != null;
        }

        @Override
        public String description() {
            return "the bundled schemas";
        }
    }

    private record DirectorySource(Path root) implements Source {

        @Override
        public Optional<byte[]> read(String path) {
            Path file = resolve(path);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean exists(String path) {
            return Files.isRegularFile(resolve(path));
        }

        private Path resolve(String path) {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root)) {
                throw new IllegalArgumentException("schema path outside the schemas folder: " + path);
            }
            return file;
        }

        @Override
        public String description() {
            return "schemas-dir " + root;
        }
    }

    private record BytesInput(String systemId, byte[] bytes) implements LSInput {

        @Override
        public InputStream getByteStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
