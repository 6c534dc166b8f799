package cn.jixiao.testing.probe;

/** A request the app answered badly: a 5xx, a stack trace or internals in the body, or no answer. */
public record ProbeFailure(String method, String target, String input, int status, String problem, String excerpt) {

    @Override
    public String toString() {
        String shownTarget = target.length() > 160 ? target.substring(0, 160) + "…" : target;
        return method + " " + shownTarget + "  [" + input + "]  → " + (status == 0 ? "no answer" : status) + ", "
                + problem + (excerpt.isEmpty() ? "" : ": " + excerpt);
    }
}
