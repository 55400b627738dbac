package nl.berichtenbatch.state;

/** Turns a BSN into the keyed pseudonym under which the state and the audit trail know a client. */
@FunctionalInterface
public interface ClientIds {

    String of(String bsn);
}
