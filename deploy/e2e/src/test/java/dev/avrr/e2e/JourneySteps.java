package dev.avrr.e2e;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A journey is a class of ordered steps ({@code @Order}), one per stage, sharing what earlier steps created in the
 * fields of one test instance. Once a step fails, the steps after it are skipped, naming the step that failed, so
 * that the report shows how far the journey went and where it stopped.
 */
public final class JourneySteps implements ExecutionCondition, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(JourneySteps.class);
    private static final String FAILED = "failed step";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("a journey");
        }
        Optional<String> failed = journey(context).map(j -> j.getStore(NAMESPACE).get(FAILED, String.class));
        return failed.map(step -> ConditionEvaluationResult.disabled("an earlier step failed: " + step))
                .orElse(ConditionEvaluationResult.enabled("every earlier step passed"));
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        journey(context).ifPresent(j -> j.getStore(NAMESPACE).put(FAILED, context.getDisplayName()));
    }

    private static Optional<ExtensionContext> journey(ExtensionContext context) {
        return context.getParent();
    }
}
