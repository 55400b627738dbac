package nl.berichtenbatch.validation.rules.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;

/**
 * The findings of one rule on one message: one finding per element involved, at its official location. Where the
 * official XSLT names several elements for one violation, each of them gets a finding; an element named twice keeps
 * its first finding.
 */
public final class Findings {

    private final Rule rule;
    private final XmlElement root;
    private final Map<String, Finding> byLocation = new LinkedHashMap<>();

    public Findings(Rule rule, RuleContext context) {
        this.rule = rule;
        this.root = context.root();
    }

    /** A violation involving these elements; absent (null) elements are skipped, as the XSLT does. */
    public void at(String text, XmlElement... elements) {
        for (XmlElement element : elements) {
            if (element != null) {
                byLocation.computeIfAbsent(Locations.of(root, element), location -> rule.finding(location, text));
            }
        }
    }

    /** Adds a finding that the rule made itself (another location form or another retourcode). */
    public void add(Finding finding) {
        byLocation.putIfAbsent(finding.location(), finding);
    }

    public List<Finding> list() {
        return new ArrayList<>(byLocation.values());
    }
}
