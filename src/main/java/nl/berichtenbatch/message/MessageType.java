package nl.berichtenbatch.message;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 14 message types that iJw 3.2 and iWmo 3.2 share, with their BerichtCode (COD002) per standard.
 */
public enum MessageType {

    TOEWIJZING("301", "436", "414", "302", Sender.GEMEENTE),
    RETOUR_TOEWIJZING("302", "437", "415", null, Sender.AANBIEDER),
    START("305", "438", "418", "306", Sender.AANBIEDER),
    RETOUR_START("306", "439", "419", null, Sender.GEMEENTE),
    STOP("307", "440", "420", "308", Sender.AANBIEDER),
    RETOUR_STOP("308", "441", "421", null, Sender.GEMEENTE),
    VERZOEK_OM_TOEWIJZING("315", "446", "444", "316", Sender.AANBIEDER),
    RETOUR_VERZOEK_OM_TOEWIJZING("316", "447", "445", null, Sender.GEMEENTE),
    VERZOEK_OM_WIJZIGING("317", "486", "480", "318", Sender.AANBIEDER),
    RETOUR_VERZOEK_OM_WIJZIGING("318", "487", "481", null, Sender.GEMEENTE),
    ANTWOORD("319", "488", "482", "320", Sender.GEMEENTE),
    RETOUR_ANTWOORD("320", "489", "483", null, Sender.AANBIEDER),
    DECLARATIE("323", "490", "484", "325", Sender.AANBIEDER),
    DECLARATIE_ANTWOORD("325", "491", "485", null, Sender.GEMEENTE);

    /** Which party sends a message of this type (the Afzender in its header). */
    public enum Sender { GEMEENTE, AANBIEDER }

    private final String number;
    private final String berichtCodeIjw;
    private final String berichtCodeIwmo;
    private final String answeredBy;
    private final Sender sender;

    MessageType(String number, String berichtCodeIjw, String berichtCodeIwmo, String answeredBy, Sender sender) {
        this.number = number;
        this.berichtCodeIjw = berichtCodeIjw;
        this.berichtCodeIwmo = berichtCodeIwmo;
        this.answeredBy = answeredBy;
        this.sender = sender;
    }

    /** The three-digit number shared by both standards: 301 … 325. */
    public String number() {
        return number;
    }

    public String berichtCode(Standard standard) {
        return standard == Standard.IJW ? berichtCodeIjw : berichtCodeIwmo;
    }

    /** The message that answers this one (a retour, or the 325 for a 323); empty for retours and the 325. */
    public Optional<MessageType> answeredBy() {
        return answeredBy == null ? Optional.empty() : fromNumber(answeredBy);
    }

    /** The message this one answers: the heenbericht of a retour, the 323 of the 325; empty for the others. */
    public Optional<MessageType> answers() {
        return Arrays.stream(values()).filter(t -> number.equals(t.answeredBy)).findFirst();
    }

    /** Retours (302 … 320) answer a heenbericht; they and the 325 are not answered themselves. */
    public boolean isRetour() {
        return answeredBy == null && this != DECLARATIE_ANTWOORD;
    }

    public Sender sender() {
        return sender;
    }

    public static Optional<MessageType> fromNumber(String number) {
        return Arrays.stream(values()).filter(t -> t.number.equals(number)).findFirst();
    }
}
