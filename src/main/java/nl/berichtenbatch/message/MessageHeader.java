package nl.berichtenbatch.message;

/**
 * The header fields that identify a message, as read from the file (present even when the file fails level 1,
 * as far as they could be read; absent fields are null).
 */
public record MessageHeader(String berichtCode, String afzender, String ontvanger, String identificatie,
        String dagtekening) {

    static final MessageHeader EMPTY = new MessageHeader(null, null, null, null, null);
}
