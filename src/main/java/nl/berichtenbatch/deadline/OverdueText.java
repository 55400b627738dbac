package nl.berichtenbatch.deadline;

import java.io.PrintWriter;
import java.util.List;

/** The overdue report as an operator reads it in a terminal ({@code report overdue}). */
public final class OverdueText {

    private OverdueText() {
    }

    /**
     * For example:
     *
     * <pre>
     * 1 overdue on 2026-11-26, 1 falling due by 2026-11-30
     * 12345678
     *   overdue   due 2026-11-25  they owe a retour (OP090) for iJw 301 T-1, since 2026-11-20
     *   due soon  due 2026-11-27  we owe a 301 or 319 (OP274/OP346) for iJw 315 V-1 (ReferentieAanbieder R-1),
     *     since 2026-11-20       (one line)
     * </pre>
     */
    public static void print(OverdueReport report, PrintWriter out) {
        if (report.partners().isEmpty()) {
            out.println("Nothing overdue on " + report.date() + ", nothing falling due by " + report.dueBy());
            out.flush();
            return;
        }
        out.println(report.totalOverdue() + " overdue on " + report.date() + ", " + report.totalDueSoon()
                + " falling due by " + report.dueBy());
        for (OverdueReport.PartnerDeadlines partner : report.partners()) {
            out.println(partner.partner());
            print("overdue", partner.overdue(), out);
            print("due soon", partner.dueSoon(), out);
        }
        out.flush();
    }

    private static void print(String status, List<Deadline> deadlines, PrintWriter out) {
        for (Deadline deadline : deadlines) {
            out.println(String.format("  %-9s due %s  %s", status, deadline.due(), line(deadline)));
        }
    }

    /** One deadline in words, without its status. */
    static String line(Deadline deadline) {
        Deadline.Kind kind = deadline.kind();
        String reference = deadline.reference() == null ? ""
                : " (" + (kind == Deadline.Kind.STOP ? "ToewijzingNummer " : "ReferentieAanbieder ")
                        + deadline.reference() + ")";
        return (deadline.duty() == Deadline.Duty.OURS ? "we owe a " : "they owe a ") + kind.owed()
                + " (" + kind.rules() + ") for " + deadline.standard().displayName() + " " + deadline.messageType()
                + " " + deadline.identificatie() + reference + ", since " + deadline.start();
    }
}
