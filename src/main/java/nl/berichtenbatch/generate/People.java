package nl.berichtenbatch.generate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import nl.berichtenbatch.generate.Catalogue.Gemeente;
import nl.berichtenbatch.generate.Catalogue.Surname;
import nl.berichtenbatch.generate.Model.Address;
import nl.berichtenbatch.generate.Model.Name;
import nl.berichtenbatch.generate.Model.Person;
import nl.berichtenbatch.generate.Model.Relation;

/** Fictitious clients: test BSNs that pass the elfproef, Dutch names, addresses in the client's gemeente. */
final class People {

    /** The free part of a test BSN 999xxxxxC: five digits, visited in a scrambled but complete order. */
    private static final int BSN_RANGE = 100_000;
    private static final int BSN_STEP = 7919;

    private final SplittableRandom random;
    private final int bsnOffset;
    private int bsnIndex;

    People(SplittableRandom random) {
        this.random = random;
        this.bsnOffset = random.nextInt(BSN_RANGE);
    }

    /**
     * The next unused test BSN (999xxxxxx) that passes the elfproef. After about 91,000 clients the numbers come
     * round again; they are then reused for new clients, which the rules can tell apart only within one pair.
     */
    String nextBsn() {
        while (true) {
            int free = (int) ((bsnIndex++ * (long) BSN_STEP + bsnOffset) % BSN_RANGE);
            String prefix = "999" + Numbers.zeros(free, 5);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (prefix.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check < 10) {
                return prefix + check;
            }
        }
    }

    /** The elfproef of CS002: (9·d1 + 8·d2 + … + 2·d8 − d9) mod 11 = 0. */
    static boolean passesElfproef(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return Math.floorMod(sum, 11) == 0;
    }

    /** The same number with another last digit, which always fails the elfproef (still nine digits). */
    static String failingElfproef(String bsn) {
        int last = bsn.charAt(8) - '0';
        return bsn.substring(0, 8) + (last + 1) % 10;
    }

    /** A young person (iJw) aged 2 to 17 on the reference date, with a parent as relation. */
    Person child(Gemeente gemeente, LocalDate reference) {
        boolean boy = random.nextBoolean();
        LocalDate born = reference.minusYears(2 + random.nextInt(16)).minusDays(random.nextInt(365));
        Surname surname = pick(Catalogue.SURNAMES);
        Name name = name(boy ? Catalogue.BOYS : Catalogue.GIRLS, surname, null);
        Address address = address(gemeente);
        boolean mother = random.nextInt(10) < 7;
        Surname parentSurname = random.nextInt(10) < 7 ? surname : pick(Catalogue.SURNAMES);
        Name parentName = name(mother ? Catalogue.WOMEN : Catalogue.MEN, parentSurname, null);
        Relation parent = new Relation("10", born.minusYears(24 + random.nextInt(18)).minusDays(random.nextInt(365)),
                mother ? "2" : "1", parentName, "01", address, mobile(),
                random.nextInt(10) < 6 ? email(parentName) : null);
        return new Person(nextBsn(), born, boy ? "1" : "2", name, address,
                random.nextInt(10) < 5 ? landline(gemeente) : null, parent);
    }

    /** An adult (iWmo) aged 30 to 95, sometimes using a partner's name, sometimes with a son or daughter. */
    Person adult(Gemeente gemeente, LocalDate reference) {
        boolean man = random.nextInt(10) < 4;
        int age = random.nextInt(10) < 6 ? 65 + random.nextInt(31) : 30 + random.nextInt(35);
        LocalDate born = reference.minusYears(age).minusDays(random.nextInt(365));
        Surname surname = pick(Catalogue.SURNAMES);
        Surname partner = !man && random.nextInt(10) < 5 ? pick(Catalogue.SURNAMES) : null;
        Name name = name(man ? Catalogue.MEN : Catalogue.WOMEN, surname, partner);
        Address address = address(gemeente);
        Relation relation = null;
        if (random.nextInt(10) < 4) {
            boolean daughter = random.nextBoolean();
            Name childName = name(daughter ? Catalogue.WOMEN : Catalogue.MEN, surname, null);
            // a son or daughter reachable by telephone only (TR006 is satisfied by the number)
            relation = new Relation("16", null, daughter ? "2" : "1", childName, "02", null, mobile(),
                    random.nextBoolean() ? email(childName) : null);
        }
        String telefoon = random.nextInt(10) < 7 ? landline(gemeente) : mobile();
        return new Person(nextBsn(), born, man ? "1" : "2", name, address, telefoon, relation);
    }

    private Name name(List<String> firstNames, Surname surname, Surname partner) {
        String first = pick(firstNames);
        String second = random.nextInt(10) < 4 ? pick(firstNames) : null;
        if (first.equals(second)) {
            second = null;
        }
        String voornamen = second == null ? first : first + " " + second;
        String voorletters = initial(first) + (second == null ? "" : initial(second));
        if (partner == null) {
            return new Name(surname.achternaam(), surname.voorvoegsel(), null, null, voornamen, voorletters, "1");
        }
        // CS050: with a partner name, NaamGebruik 2 (partner), 3 (partner + own) or 4 (own + partner)
        String gebruik = String.valueOf(2 + random.nextInt(3));
        return new Name(surname.achternaam(), surname.voorvoegsel(), partner.achternaam(), partner.voorvoegsel(),
                voornamen, voorletters, gebruik);
    }

    private static String initial(String name) {
        return name.substring(0, 1);
    }

    private Address address(Gemeente gemeente) {
        String street = pick(gemeente.streets());
        int number = 1 + random.nextInt(random.nextInt(10) < 8 ? 120 : 400);
        String letter = random.nextInt(10) < 1 ? String.valueOf((char) ('A' + random.nextInt(4))) : null;
        String toevoeging = letter == null && random.nextInt(10) < 2 ? String.valueOf(1 + random.nextInt(4)) : null;
        int digits = gemeente.postcodeFrom() + random.nextInt(gemeente.postcodeTo() - gemeente.postcodeFrom() + 1);
        return new Address(street, number, letter, toevoeging, digits + postcodeLetters(), gemeente.name());
    }

    /** Two capitals, leaving out the combinations PostNL does not use (SA, SD, SS). */
    private String postcodeLetters() {
        while (true) {
            String letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            if (!letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS")) {
                return letters;
            }
        }
    }

    private String mobile() {
        return "06" + Numbers.zeros(random.nextInt(100_000_000), 8);
    }

    private String landline(Gemeente gemeente) {
        String area = switch (gemeente.code()) {
            case "0363" -> "020";
            case "0599" -> "010";
            case "0344" -> "030";
            case "0518" -> "070";
            case "0772" -> "040";
            case "0014" -> "050";
            default -> "053";
        };
        return area + Numbers.zeros(random.nextInt(10_000_000), 7);
    }

    private static String email(Name name) {
        String local = name.voornamen().split(" ")[0] + "." + name.achternaam();
        String ascii = Normalizer.normalize(local, Normalizer.Form.NFD).replaceAll("[^A-Za-z.]", "");
        return ascii.toLowerCase(Locale.ROOT) + "@example.nl";
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
