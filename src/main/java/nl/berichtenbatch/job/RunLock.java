package nl.berichtenbatch.job;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One run at a time across every process that shares the database: a lease in the database, renewed while the run
 * goes on. A holder that died (same host, process gone) or whose lease expired gives way at once.
 */
public final class RunLock {

    /** How long a lease lasts without renewal: longer than any pause between two chunks. */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** Who holds the lock: {@code host:pid}. */
    public record Holder(String owner, Long run, Instant expires) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String self;

    public RunLock(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.self = host() + ":" + ProcessHandle.current().pid();
    }

    public String self() {
        return self;
    }

    /** Takes the lock if it is free, expired, or held by a dead process on this host. */
    public boolean tryAcquire() {
        Optional<Holder> holder = holder();
        if (holder.isPresent() && !holder.get().owner().equals(self) && alive(holder.get())) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int taken = jdbc.sql("""
                update run_lock set owner = ?, run_id = null, expires = ?
                where id = 1 and (owner is null or owner = ? or expires < ? or owner = ?)""")
                .params(self, Timestamp.from(clock.instant().plus(LEASE)), self, now,
                        holder.map(Holder::owner).orElse(self))
                .update();
        return taken == 1;
    }

    /** Renews the lease and names the run it covers. */
    public void renew(Long run) {
        jdbc.sql("update run_lock set expires = ?, run_id = coalesce(?, run_id) where id = 1 and owner = ?")
                .params(Timestamp.from(clock.instant().plus(LEASE)), run, self).update();
    }

    public void release() {
        jdbc.sql("update run_lock set owner = null, run_id = null, expires = null where id = 1 and owner = ?")
                .param(self).update();
    }

    /** The current holder, if any. */
    public Optional<Holder> holder() {
        return jdbc.sql("select owner, run_id, expires from run_lock where id = 1")
                .query((rs, n) -> {
                    String owner = rs.getString("owner");
                    long run = rs.getLong("run_id");
                    Long runId = rs.wasNull() ? null : run;
                    Timestamp expires = rs.getTimestamp("expires");
                    return owner == null ? null : new Holder(owner, runId, expires == null ? null : expires.toInstant());
                })
                .optional();
    }

    /** The run that a live process is running now, if any. */
    public Optional<Long> activeRun() {
        return holder().filter(this::alive).map(Holder::run);
    }

    /** A holder counts while its lease runs, unless it is a process of this host that no longer exists. */
    private boolean alive(Holder holder) {
        if (holder.expires() == null || holder.expires().isBefore(clock.instant())) {
            return false;
        }
        String[] parts = holder.owner().split(":");
        if (parts.length == 2 && parts[0].equals(host())) {
            try {
                return ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive).orElse(false);
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return true;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            String name = ManagementFactory.getRuntimeMXBean().getName();
            return name.contains("@") ? name.substring(name.indexOf('@') + 1) : "localhost";
        }
    }
}
