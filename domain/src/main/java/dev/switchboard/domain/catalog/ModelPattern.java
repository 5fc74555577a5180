package dev.switchboard.domain.catalog;

/** Model-name patterns of the shipped tables: {@code *} stands for any text (none included); nothing else is special. */
final class ModelPattern {

    private ModelPattern() {}

    static boolean matches(String pattern, String model) {
        int p = 0;
        int m = 0;
        int star = -1;
        int resume = 0;
        while (m < model.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = m;
            } else if (p < pattern.length() && pattern.charAt(p) == model.charAt(m)) {
                p++;
                m++;
            } else if (star >= 0) {
                p = star + 1;
                m = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') p++;
        return p == pattern.length();
    }
}
