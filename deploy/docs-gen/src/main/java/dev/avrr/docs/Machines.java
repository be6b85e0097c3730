package dev.avrr.docs;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import dev.avrr.cases.casefile.Guard;
import dev.avrr.cases.lifecycle.CaseTransitions;
import dev.avrr.grant.disbursement.DisbursementTransitions;
import dev.avrr.grant.plan.PlanTransitions;
import dev.avrr.monitoring.alerts.AlertTransitions;
import dev.avrr.monitoring.feedback.FeedbackStatus;
import dev.avrr.monitoring.feedback.FeedbackTransitions;
import dev.avrr.monitoring.plans.ItemTransitions;
import dev.avrr.monitoring.returnees.MonitoringTransitions;
import dev.avrr.platform.statemachine.TransitionTable.Transition;
import dev.avrr.referral.intake.ReferralTransitions;

/**
 * Every state machine of the four services, read from the constants they apply. A class that builds a
 * {@code TransitionTable} and is not listed here fails {@code StateMachinesPageTest}, so a new machine cannot be
 * left off the page. The words here are headings and one line of context; the rows, states and the columns'
 * values all come from the services' own objects.
 */
public final class Machines {

    private Machines() {
    }

    public static List<Machine> all() {
        return List.of(
                referral(dev.avrr.referral.intake.Jurisdiction.NO, "Referral, Norwegian route (NO)",
                        "A partner's referral to IOM Oslo ([the Norwegian route](domain.md#the-norwegian-route)). "
                                + "Created in DRAFT (\"Referral registered\"); a partner's create submits it at once "
                                + "unless it asks for a draft."),
                referral(dev.avrr.referral.intake.Jurisdiction.SE, "Referral, Swedish route (SE)",
                        "[The Swedish route](domain.md#the-swedish-route): Hänvisning to the coordinator, its "
                                + "approval (Meddelande) that "
                                + "notifies IOM Helsinki, IOM Helsinki's acceptance (Stöd), the signed application "
                                + "(Välgrundat beslut). Created in DRAFT (\"Nytt ärende\")."),
                caseOn(dev.avrr.cases.casefile.Jurisdiction.NO, "Case, Norwegian route (NO)",
                        "Registered from an accepted referral or directly by IOM Oslo; UDI decides, UNE on appeal."),
                caseOn(dev.avrr.cases.casefile.Jurisdiction.SE, "Case, Swedish route (SE)",
                        "Registered from IOM Helsinki's acceptance; the coordinator's approval stands where UDI's "
                                + "decision stands, so there is no UDI step."),
                new Machine("grant-service", "Reintegration plan", "dev.avrr.grant.plan.PlanTransitions.MACHINE",
                        "Drafted by the mission with the returnee after arrival, approved or returned by the caseworker.",
                        PlanTransitions.MACHINE, List.of(), List.of()),
                new Machine("grant-service", "Disbursement",
                        "dev.avrr.grant.disbursement.DisbursementTransitions.MACHINE",
                        "Requested by the mission (the money is reserved), approved by finance (four eyes), paid once, "
                                + "reversed by finance if recorded in error.",
                        DisbursementTransitions.MACHINE, List.of(), List.of()),
                new Machine("monitoring-service", "Monitoring of a returnee",
                        "dev.avrr.monitoring.returnees.MonitoringTransitions.TABLE",
                        "Starts when case-service reports the return; ends when the last plan item is closed, or early "
                                + "when the returnee declines further monitoring.",
                        MonitoringTransitions.TABLE, List.of(), List.of()),
                new Machine("monitoring-service", "Monitoring plan item", "dev.avrr.monitoring.plans.ItemTransitions.TABLE",
                        "One scheduled follow-up of the plan.", ItemTransitions.TABLE, List.of(), List.of()),
                new Machine("monitoring-service", "Returnee feedback",
                        "dev.avrr.monitoring.feedback.FeedbackTransitions.TABLE",
                        "Recorded KEPT by the mission, and forwarded to the sending office when the returnee consents (at "
                                + "once when the consent comes with it, or later); withdrawing the consent keeps it with the "
                                + "mission again.",
                        FeedbackTransitions.TABLE, List.of(),
                        List.of(FeedbackStatus.KEPT.name())),
                new Machine("monitoring-service", "Protection alert",
                        "dev.avrr.monitoring.alerts.AlertTransitions.TABLE",
                        "Raised OPEN by a mission's contact; the sending office's caseworker acknowledges, then "
                                + "resolves it.",
                        AlertTransitions.TABLE, List.of(), List.of()));
    }

    /** The classes the catalogue reads its tables from, by binary name. */
    public static List<Class<?>> owners() {
        return List.of(ReferralTransitions.class, CaseTransitions.class, PlanTransitions.class,
                DisbursementTransitions.class, MonitoringTransitions.class, ItemTransitions.class,
                FeedbackTransitions.class, AlertTransitions.class);
    }

    private static Machine referral(dev.avrr.referral.intake.Jurisdiction route, String title, String about) {
        return new Machine("referral-service", title,
                "dev.avrr.referral.intake.ReferralTransitions.tableOn(" + route + ")", about,
                ReferralTransitions.tableOn(route),
                List.of(new Machine.Column("history step (label on this route)",
                        row -> ((ReferralTransitions.Command) row.command()).step().map(s -> s.label(route))
                                .orElse(Markdown.NONE))),
                List.of());
    }

    private static Machine caseOn(dev.avrr.cases.casefile.Jurisdiction route, String title, String about) {
        return new Machine("case-service", title, "dev.avrr.cases.lifecycle.CaseTransitions.tableOn(" + route + ")",
                about, CaseTransitions.tableOn(route),
                List.of(new Machine.Column("guards (409 naming the first that refuses)",
                        row -> guards(caseTransition(route, row).guards())),
                        new Machine.Column("from another state, a 409 names first",
                                row -> guards(caseTransition(route, row).prerequisites()))),
                List.of());
    }

    private static CaseTransitions.Transition caseTransition(dev.avrr.cases.casefile.Jurisdiction route,
            Transition<?, ?> row) {
        return CaseTransitions.TABLE.stream().filter(t -> t.route() == route && t.row().equals(row)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No case transition for " + route + " " + row));
    }

    /**
     * A guard as its refusal names it: the {@code public static final String} constants of its class (the names
     * its refusals use), and the class.
     */
    static String guards(List<Guard> guards) {
        if (guards.isEmpty()) {
            return Markdown.NONE;
        }
        return guards.stream().map(g -> {
            String names = Arrays.stream(g.getClass().getDeclaredFields())
                    .filter(f -> f.getType() == String.class && Modifier.isStatic(f.getModifiers())
                            && Modifier.isPublic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()))
                    .sorted(Comparator.comparing(Field::getName)).map(Machines::constant).map(Markdown::code)
                    .collect(Collectors.joining(", "));
            return (names.isEmpty() ? "" : names + " ") + "(" + g.getClass().getSimpleName() + ")";
        }).collect(Collectors.joining("; "));
    }

    private static String constant(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
