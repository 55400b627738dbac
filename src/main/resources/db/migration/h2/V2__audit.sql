-- Audit trail (NEN 7513): what happened, when, to which client (keyed pseudonym, never a BSN), who did it, on
-- behalf of which identity, which message. Append-only and hash-chained; see nl.berichtenbatch.audit.AuditTrail.
-- The application assigns seq in chain order (not an identity), so a deleted row leaves a visible gap.

CREATE TABLE audit_event (
    seq              BIGINT                      NOT NULL,
    event_time       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    event            VARCHAR(40)                 NOT NULL,
    actor            VARCHAR(100)                NOT NULL,
    on_behalf_of     VARCHAR(100),
    client_pseudonym VARCHAR(64),
    message_ref      VARCHAR(1000),
    run_id           BIGINT,
    detail           VARCHAR(1000),
    prev_hash        VARCHAR(64)                 NOT NULL,
    hash             VARCHAR(64)                 NOT NULL,
    CONSTRAINT audit_event_pk PRIMARY KEY (seq),
    CONSTRAINT audit_event_seq_positive CHECK (seq > 0)
);

CREATE INDEX audit_event_client_idx ON audit_event (client_pseudonym);
CREATE INDEX audit_event_time_idx ON audit_event (event_time);

-- The end of the chain, one row; appenders lock it (SELECT ... FOR UPDATE) so that processes sharing the
-- database append one chain, and verify compares it with the last event so deleted newest rows show.
CREATE TABLE audit_head (
    id        SMALLINT    NOT NULL,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_pk PRIMARY KEY (id),
    CONSTRAINT audit_head_single_row CHECK (id = 1)
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
