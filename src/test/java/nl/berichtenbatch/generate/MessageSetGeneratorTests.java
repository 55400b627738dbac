package nl.berichtenbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageType;

class MessageSetGeneratorTests {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        // given two sets with the same options in two folders
        GeneratedSet first = GeneratedSet.generate(GeneratedSet.options(dir.resolve("a"), 1500, "gemeente", "both", 10));
        GeneratedSet second = GeneratedSet.generate(GeneratedSet.options(dir.resolve("b"), 1500, "gemeente", "both", 10));
        // then every file is the same, byte for byte, with the same modification time
        Map<String, byte[]> a = contents(first.result().directory());
        Map<String, byte[]> b = contents(second.result().directory());
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String name : a.keySet()) {
            if (name.equals("application.yml")) {
                continue;  // names its own folder
            }
            assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
        }
        assertThat(Files.readString(second.result().config()).replace(dir.resolve("b").toString(), "DIR"))
                .isEqualTo(Files.readString(first.result().config()).replace(dir.resolve("a").toString(), "DIR"));
        for (Manifest.Entry entry : first.manifest()) {
            assertThat(Files.getLastModifiedTime(second.file(entry))).isEqualTo(Files.getLastModifiedTime(first.file(entry)));
        }
    }

    @Test
    void anotherSeedTellsAnotherStory() throws IOException {
        GeneratedSet first = GeneratedSet.generate(GeneratedSet.options(dir.resolve("a"), 300, "gemeente", "both", 5));
        GeneratedSet other = GeneratedSet.generate(GeneratedSet.options(dir.resolve("b"), 300, "gemeente", "both", 5)
                .withSeed(2));
        assertThat(Files.readString(other.result().manifest())).isNotEqualTo(Files.readString(first.result().manifest()));
    }

    @ParameterizedTest
    @CsvSource({"gemeente,both", "gemeente,ijw", "gemeente,iwmo", "aanbieder,both", "aanbieder,ijw", "aanbieder,iwmo"})
    void everyFilePassesLevel1ExceptTheIntendedLevel1Failures(String role, String standard) {
        // given a set with a fifth of its files wrong
        GeneratedSet set = GeneratedSet.generate(GeneratedSet.options(dir, 1200, role, standard, 20));
        // then
        List<String> wrong = new ArrayList<>();
        int level1 = 0;
        for (Manifest.Entry entry : set.manifest()) {
            MessageRead read = set.read(entry);
            boolean meantToFail = Integer.valueOf(1).equals(entry.level());
            level1 += meantToFail ? 1 : 0;
            if (read.isValid() == meantToFail) {
                wrong.add(entry + " " + read.findings());
            }
            if (read.isValid()) {
                assertThat(read.kind().name()).isEqualTo(entry.message());
                assertThat(read.kind().standard().id()).isIn(standard.equals("both") ? Set.of("ijw", "iwmo")
                        : Set.of(standard));
            }
        }
        assertThat(wrong).as("files whose level-1 result is not the manifest's").isEmpty();
        assertThat(level1).as("level-1 failures in the set").isGreaterThan(20);
    }

    @Test
    void writesExactlyTheCountInArrivalOrder() throws IOException {
        // given
        GeneratedSet set = GeneratedSet.generate(GeneratedSet.options(dir, 777, "aanbieder", "both", 5));
        // then the count is exact: on disk, in the manifest and in the result
        List<Manifest.Entry> manifest = set.manifest();
        assertThat(manifest).hasSize(777);
        assertThat(set.result().files()).isEqualTo(777);
        assertThat(filesIn(set.result().directory().resolve("data/inbox"))).isEqualTo(set.result().inbox());
        assertThat(filesIn(set.result().directory().resolve("data/outgoing"))).isEqualTo(set.result().outgoing());
        assertThat(set.result().inbox() + set.result().outgoing()).isEqualTo(777);
        assertThat(manifest.stream().filter(Manifest.Entry::isWrong).count()).isEqualTo(set.result().wrong());
        assertThat(set.result().perMessage().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(777);
        // and the arrival order (modification time) is the manifest's order, then also the name order
        FileTime previous = null;
        String previousName = "";
        for (int i = 0; i < manifest.size(); i++) {
            Manifest.Entry entry = manifest.get(i);
            assertThat(entry.seq()).isEqualTo(i + 1);
            FileTime modified = Files.getLastModifiedTime(set.file(entry));
            if (previous != null) {
                assertThat(modified).as(entry.file()).isGreaterThan(previous);
            }
            assertThat(entry.file()).isGreaterThan(previousName);
            previous = modified;
            previousName = entry.file();
        }
        // every message is dated before the run date
        assertThat(set.result().last()).isBefore(GeneratedSet.RUN_DATE);
        assertThat(set.result().first()).isAfterOrEqualTo(GeneratedSet.RUN_DATE.minusMonths(16).withDayOfMonth(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gemeente", "aanbieder"})
    void messagesGoWhereTheRoleHasThem(String role) {
        // given
        GeneratedSet set = GeneratedSet.generate(GeneratedSet.options(dir, 1500, role, "both", 5));
        // then (design.md §2) our own messages are outgoing, the partner's and its retours to ours are inbound,
        // and the answers the processor makes itself are not there
        Map<String, Set<String>> types = set.manifest().stream().collect(Collectors.groupingBy(Manifest.Entry::folder,
                TreeMap::new, Collectors.mapping(e -> e.message().replaceAll("\\D", ""), Collectors.toSet())));
        if (role.equals("gemeente")) {
            assertThat(types.get("outgoing")).containsExactlyInAnyOrder("301", "319");
            assertThat(types.get("inbox")).containsExactlyInAnyOrder("302", "305", "307", "315", "317", "320", "323");
        } else {
            assertThat(types.get("outgoing")).containsExactlyInAnyOrder("305", "307", "315", "317", "323");
            assertThat(types.get("inbox")).containsExactlyInAnyOrder("301", "306", "308", "316", "318", "319", "325");
        }
        String identity = set.result().identity();
        for (Manifest.Entry entry : set.manifest()) {
            MessageType type = MessageType.fromNumber(entry.message().replaceAll("\\D", "")).orElseThrow();
            // a retour carries the header of the message it answers: ours, so its Afzender is us
            String ours = type.isRetour() || entry.folder().equals("outgoing") ? entry.sender() : entry.receiver();
            assertThat(ours).as(entry.file()).isEqualTo(identity);
        }
    }

    @Test
    void theShareOfWrongFilesIsTheOneAskedFor() {
        // given 10 % wrong files
        GeneratedSet set = GeneratedSet.generate(GeneratedSet.options(dir.resolve("a"), 3000, "gemeente", "both", 10));
        // then about 10 % are wrong, at every level, and each has its intended answer
        assertThat(set.result().wrong()).isBetween(270, 330);
        Map<Integer, Long> perLevel = set.manifest().stream().filter(Manifest.Entry::isWrong)
                .collect(Collectors.groupingBy(e -> Math.min(3, e.level()), Collectors.counting()));
        assertThat(perLevel.keySet()).containsExactlyInAnyOrder(1, 2, 3);
        for (Manifest.Entry entry : set.manifest()) {
            if (!entry.isWrong()) {
                assertThat(entry.outcome()).isIn("ACCEPTED", "SENT", "RECORDED");
                assertThat(entry.codes()).isEmpty();
                assertThat(entry.defect()).isEmpty();
            } else if (entry.level() == 1) {
                assertThat(entry.outcome()).isEqualTo(entry.folder().equals("inbox") ? "INVALID" : "HELD");
                assertThat(entry.codes()).isEmpty();
            } else {
                assertThat(entry.outcome()).isIn("REJECTED", "PARTIAL", "HELD");
                assertThat(entry.codes()).isNotEmpty();
                assertThat(entry.rules()).isNotEmpty();
                if (entry.level() == 2) {
                    assertThat(entry.codes()).containsExactly("0001");
                }
            }
        }
        // and without errors there are none; with a mix of only level 1, only level 1
        GeneratedSet clean = GeneratedSet.generate(GeneratedSet.options(dir.resolve("b"), 500, "aanbieder", "both", 0));
        assertThat(clean.result().wrong()).isZero();
        GeneratedSet schemaOnly = GeneratedSet.generate(GeneratedSet.options(dir.resolve("c"), 500, "aanbieder",
                "both", 10).withErrorMix(new GenerateOptions.ErrorMix(1, 0, 0)));
        assertThat(schemaOnly.manifest().stream().filter(Manifest.Entry::isWrong).map(Manifest.Entry::level))
                .isNotEmpty().containsOnly(1);
    }

    @Test
    void theWorkspaceIsReadyToProcess() throws IOException {
        // given
        GeneratedSet set = GeneratedSet.generate(GeneratedSet.options(dir, 100, "gemeente", "iwmo", 5));
        // then
        String config = Files.readString(set.result().config());
        assertThat(config).contains("role: gemeente", "identities: [ \"" + set.result().identity() + "\" ]",
                "data-dir: \"" + dir.resolve("data") + "\"", "contracts: \"" + dir.resolve("contracts.csv") + "\"",
                "settle-seconds: 0", "pseudonym-key: ");
        assertThat(set.result().identity()).isIn("0363", "0599", "0344");
        List<String> contracts = Files.readAllLines(set.result().contracts());
        assertThat(contracts.get(0))
                .isEqualTo("gemeente,aanbieder,productcategorie,productcode,variant,eenheid,tarief,ingangsdatum,einddatum");
        assertThat(contracts.subList(1, contracts.size())).isNotEmpty().allSatisfy(row -> assertThat(row)
                .matches("\\d{4},\\d{8},\\d{2},\\w{5},(inspanningsgericht|outputgericht),\\d{2},\\d+,\\d{4}-\\d{2}-\\d{2},"
                        + "(\\d{4}-\\d{2}-\\d{2})?"));
        assertThat(Files.readAllLines(set.result().manifest()).get(0)).isEqualTo(Manifest.HEADER);
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(dir.resolve("something.txt"), "mine");
        assertThatThrownBy(() -> MessageSetGenerator.generate(GeneratedSet.options(dir, 10, "gemeente", "both", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not empty");
        assertThat(Files.readString(dir.resolve("something.txt"))).isEqualTo("mine");
    }

    @Test
    void rejectsOptionsOutOfRange() {
        assertThatThrownBy(() -> GeneratedSet.options(dir, 0, "gemeente", "both", 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> GeneratedSet.options(dir, 10, "gemeente", "both", 101))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentage");
        assertThatThrownBy(() -> GeneratedSet.options(dir, 10, "gemeente", "both", 5)
                .withRunDate(java.time.LocalDate.of(2021, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CS100");
        assertThatThrownBy(() -> GenerateOptions.ErrorMix.parse("1,2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("three weights");
        assertThatThrownBy(() -> GenerateOptions.ErrorMix.parse("0,0,0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
