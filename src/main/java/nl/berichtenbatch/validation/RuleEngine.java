package nl.berichtenbatch.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import nl.berichtenbatch.message.MessageClasses;
import nl.berichtenbatch.message.MessageType;

/**
 * Runs the rules of levels 2-4 on one message in the order of validation.md §2: level 2 (any error: 0001, stop),
 * then the header rules of levels 3-4 (any error on the header: header codes, stop), then the class rules of levels
 * 3-4, whose codes land on the class that contains the offending element. The prestaties of a 323 are judged one by one
 * in processing order, so that a {@link PrestatieRule} knows which were approved before.
 */
public final class RuleEngine {

    private final Map<MessageType, List<Rule>> level2 = new EnumMap<>(MessageType.class);
    private final Map<MessageType, List<Rule>> header = new EnumMap<>(MessageType.class);
    private final Map<MessageType, List<Rule>> classes = new EnumMap<>(MessageType.class);

    public RuleEngine(List<Rule> rules) {
        for (Rule rule : rules) {
            RuleSpec spec = rule.spec();
            Map<MessageType, List<Rule>> bucket = spec.level() == 2 ? level2 : spec.header() ? header : classes;
            for (MessageType type : spec.messages()) {
                bucket.computeIfAbsent(type, t -> new ArrayList<>()).add(rule);
            }
        }
    }

    public Assessment assess(RuleContext context) {
        MessageType type = context.kind().type();
        List<Finding> all = new ArrayList<>();
        List<Finding> errors = run(level2.get(type), context, all);
        if (!errors.isEmpty()) {
            return new Assessment(2, all, List.of("0001"), Map.of());
        }
        // a header rule may also find something inside a class (TR378 on the 319 Woonplaatsbeginsel): that code goes
        // to the class, and only findings on the header itself stop the assessment here
        List<Finding> inHeader = new ArrayList<>();
        List<Finding> inClasses = new ArrayList<>();
        List<Finding> headerErrors = run(header.get(type), context, all);
        // the class occurrences once for all findings (a 323 can have 44,000 and as many findings), when there are any
        MessageClasses.Index occurrences = headerErrors.isEmpty() ? null : MessageClasses.index(type, context.root());
        for (Finding error : headerErrors) {
            (classOf(occurrences, error) == null ? inHeader : inClasses).add(error);
        }
        if (!inHeader.isEmpty()) {
            return new Assessment(lowestLevel(inHeader), all, codes(inHeader), Map.of());
        }
        errors = new ArrayList<>(inClasses);
        if (type == MessageType.DECLARATIE) {
            errors.addAll(runDeclaration(classes.get(type), context, all));
        } else {
            errors.addAll(run(classes.get(type), context, all));
        }
        if (errors.isEmpty()) {
            return new Assessment(null, all, List.of(), Map.of());
        }
        if (occurrences == null) {
            occurrences = MessageClasses.index(type, context.root());
        }
        Map<String, SortedSet<String>> byClass = new LinkedHashMap<>();
        List<Finding> outsideClasses = new ArrayList<>();
        for (Finding error : errors) {
            String at = classOf(occurrences, error);
            if (at == null) {
                outsideClasses.add(error);
            } else if (error.retourcode() != null) {
                byClass.computeIfAbsent(at, k -> new TreeSet<>()).add(error.retourcode());
            }
        }
        List<String> headerCodes = outsideClasses.isEmpty() ? List.of() : codes(outsideClasses);
        return new Assessment(lowestLevel(errors), all, headerCodes, byClass);
    }

    private static String classOf(MessageClasses.Index classes, Finding finding) {
        return finding.location() == null ? null : classes.classOf(finding.location());
    }

    /**
     * The class rules of a 323: first the rules that judge every prestatie on its own, then, prestatie by prestatie
     * in processing order, the {@link PrestatieRule}s, which see the prestaties approved before (OP366). A prestatie is
     * approved when no rule found an error in it.
     */
    private static List<Finding> runDeclaration(List<Rule> rules, RuleContext context, List<Finding> all) {
        List<Rule> independent = new ArrayList<>();
        List<PrestatieRule> sequential = new ArrayList<>();
        for (Rule rule : rules == null ? List.<Rule>of() : rules) {
            if (rule instanceof PrestatieRule prestatieRule) {
                sequential.add(prestatieRule);
            } else {
                independent.add(rule);
            }
        }
        List<Finding> errors = run(independent, context, all);
        if (sequential.isEmpty()) {
            return errors;
        }
        // the element paths of the errors so far and all their ancestors: a prestatie is already rejected when its own
        // path is among them (an error in it or below it); a set, not a search through every error for every prestatie
        Set<String> inError = new HashSet<>();
        errors.forEach(error -> markInError(inError, context, error));
        PrestatieRule.Approved approved = new PrestatieRule.Approved();
        for (PrestatieRule.Line line : PrestatieRule.inProcessingOrder(context)) {
            boolean rejected = inError.contains(line.element().path());
            for (PrestatieRule rule : sequential) {
                for (Finding finding : rule.check(context, line, approved)) {
                    all.add(finding);
                    if (finding.isError()) {
                        errors.add(finding);
                        markInError(inError, context, finding);
                        rejected = true;
                    }
                }
            }
            if (!rejected) {
                approved.add(line);
            }
        }
        return errors;
    }

    private static void markInError(Set<String> inError, RuleContext context, Finding error) {
        if (error.location() == null) {
            return;
        }
        String at = MessageClasses.elementPath(context.root(), error.location());
        // stops at a path already marked: its ancestors are marked too
        while (at != null && inError.add(at)) {
            at = MessageClasses.parentPath(at);
        }
    }

    private static List<Finding> run(List<Rule> rules, RuleContext context, List<Finding> all) {
        List<Finding> errors = new ArrayList<>();
        if (rules == null) {
            return errors;
        }
        for (Rule rule : rules) {
            for (Finding finding : rule.check(context)) {
                all.add(finding);
                if (finding.isError()) {
                    errors.add(finding);
                }
            }
        }
        return errors;
    }

    private static List<String> codes(List<Finding> errors) {
        return errors.stream().map(Finding::retourcode).filter(c -> c != null).distinct().sorted().toList();
    }

    private int lowestLevel(List<Finding> errors) {
        return errors.stream().map(f -> levelOf(f.rule())).min(Comparator.naturalOrder()).orElse(3);
    }

    /** The metadata of the rule with this id, if the engine runs it (e.g. to tell a variant check's findings). */
    public Optional<RuleSpec> spec(String ruleId) {
        for (Map<MessageType, List<Rule>> bucket : List.of(level2, header, classes)) {
            for (List<Rule> rules : bucket.values()) {
                for (Rule rule : rules) {
                    if (rule.spec().id().equals(ruleId)) {
                        return Optional.of(rule.spec());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private int levelOf(String ruleId) {
        return spec(ruleId).map(RuleSpec::level).orElse(3);
    }
}
