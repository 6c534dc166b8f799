package cn.jixiao.tenantadmin.onboarding;

/** What one step did: {@code changed} when it made something, false when it found it done. */
public record StepOutcome(OnboardingStep step, String label, boolean changed) {

    static StepOutcome of(OnboardingStep step, boolean changed) {
        return new StepOutcome(step, step.label() + " (" + step.english() + ")", changed);
    }
}
