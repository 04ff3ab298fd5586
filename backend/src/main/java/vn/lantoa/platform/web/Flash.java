package vn.lantoa.platform.web;

import java.util.List;

/**
 * A one-time message shown on the page after a redirect ("Đã lưu đơn vị"). It carries a message key and
 * its arguments, not text, so it is shown in the reader's language.
 */
public record Flash(Kind kind, String key, List<String> args) {

    public enum Kind { SUCCESS, ERROR, INFO }

    public static Flash success(String key, Object... args) {
        return new Flash(Kind.SUCCESS, key, strings(args));
    }

    public static Flash error(String key, Object... args) {
        return new Flash(Kind.ERROR, key, strings(args));
    }

    public static Flash info(String key, Object... args) {
        return new Flash(Kind.INFO, key, strings(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }

    public String cssClass() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> strings(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
