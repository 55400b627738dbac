package nl.berichtenbatch.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.berichtenbatch.config.Role;
import nl.berichtenbatch.message.Standard;

/**
 * What to generate.
 *
 * @param count        the number of message files, inbox and outgoing together (1 … 10,000,000)
 * @param out          the workspace folder; must not exist or be empty
 * @param seed         the same seed and run date give byte-identical files
 * @param role         whose workspace: the gemeente's or the aanbieder's
 * @param standards    iJw, iWmo or both
 * @param errorPercent share of the files that is wrong on purpose, 0 … 100
 * @param errorMix     how the wrong files are spread over the control levels
 * @param runDate      the day the set is meant to be processed on: every Dagtekening lies before it, and
 *                     allocations named in a 317 are still actual on it
 */
public record GenerateOptions(int count, Path out, long seed, Role role, Set<Standard> standards, int errorPercent,
        ErrorMix errorMix, LocalDate runDate) {

    /**
     * Relative weights of the wrong files per control level: level 1 (schema), level 2 (in-message rules) and
     * levels 3-4 (cross-message and external rules). Default 30, 30, 40.
     */
    public record ErrorMix(int level1, int level2, int level3) {

        public static final ErrorMix DEFAULT = new ErrorMix(30, 30, 40);

        public ErrorMix {
            if (level1 < 0 || level2 < 0 || level3 < 0 || level1 + level2 + level3 == 0) {
                throw new IllegalArgumentException("the error mix needs three weights of 0 or more, not all 0");
            }
        }

        /** Reads {@code 30,30,40}. */
        public static ErrorMix parse(String text) {
            String[] parts = text.split(",");
            if (parts.length != 3) {
                throw new IllegalArgumentException("the error mix is three weights, e.g. 30,30,40, not '" + text + "'");
            }
            try {
                return new ErrorMix(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                        Integer.parseInt(parts[2].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the error mix is three whole numbers, e.g. 30,30,40, not '"
                        + text + "'");
            }
        }

        @Override
        public String toString() {
            return level1 + "," + level2 + "," + level3;
        }
    }

    public static final int MAX_COUNT = 10_000_000;
    /** The earliest run date: the story goes back 16 months, and declarations start in 2021 (CS100). */
    public static final LocalDate EARLIEST_RUN_DATE = LocalDate.of(2022, 6, 1);
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_ERROR_PERCENT = 5;
    /** The processor's days are Dutch days. */
    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    public GenerateOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(errorMix, "errorMix");
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("the count must be between 1 and " + MAX_COUNT + ", not " + count);
        }
        if (errorPercent < 0 || errorPercent > 100) {
            throw new IllegalArgumentException("the error share must be a percentage (0-100), not " + errorPercent);
        }
        if (runDate.isBefore(EARLIEST_RUN_DATE)) {
            throw new IllegalArgumentException("the run date must be " + EARLIEST_RUN_DATE + " or later (declarations "
                    + "before 2021 are not allowed, CS100), not " + runDate);
        }
        if (standards == null || standards.isEmpty()) {
            throw new IllegalArgumentException("at least one standard is needed");
        }
        standards = Set.copyOf(EnumSet.copyOf(standards));
    }

    /** A gemeente's workspace with both standards, 5 % errors, seed 1, for processing today. */
    public static GenerateOptions of(int count, Path out) {
        return new GenerateOptions(count, out, DEFAULT_SEED, Role.GEMEENTE, EnumSet.allOf(Standard.class),
                DEFAULT_ERROR_PERCENT, ErrorMix.DEFAULT, LocalDate.now(NETHERLANDS));
    }

    public GenerateOptions withSeed(long other) {
        return new GenerateOptions(count, out, other, role, standards, errorPercent, errorMix, runDate);
    }

    public GenerateOptions withRole(Role other) {
        return new GenerateOptions(count, out, seed, other, standards, errorPercent, errorMix, runDate);
    }

    public GenerateOptions withStandards(Set<Standard> other) {
        return new GenerateOptions(count, out, seed, role, other, errorPercent, errorMix, runDate);
    }

    public GenerateOptions withErrorPercent(int other) {
        return new GenerateOptions(count, out, seed, role, standards, other, errorMix, runDate);
    }

    public GenerateOptions withErrorMix(ErrorMix other) {
        return new GenerateOptions(count, out, seed, role, standards, errorPercent, other, runDate);
    }

    public GenerateOptions withRunDate(LocalDate other) {
        return new GenerateOptions(count, out, seed, role, standards, errorPercent, errorMix, other);
    }

    public GenerateOptions withOut(Path other) {
        return new GenerateOptions(count, other, seed, role, standards, errorPercent, errorMix, runDate);
    }

    /** The standards in a fixed order (iJw before iWmo), whatever set was given. */
    Set<Standard> orderedStandards() {
        return EnumSet.copyOf(standards);
    }
}
