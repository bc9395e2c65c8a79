package dev.skilltree.roadmap;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A text in Chinese and English; either may be empty, never null. */
public record Text(String zh, String en) {

    public static final Text EMPTY = new Text("", "");

    public Text {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    public static Text of(String locale, String primary, String secondary) {
        return "en".equals(locale) ? new Text(secondary, primary) : new Text(primary, secondary);
    }

    /** The text in {@code locale}, falling back to the other language. */
    public String in(String locale) {
        String wanted = "en".equals(locale) ? en : zh;
        return wanted.isEmpty() ? ("en".equals(locale) ? zh : en) : wanted;
    }

    public String primary(String locale) {
        return "en".equals(locale) ? en : zh;
    }

    public String secondary(String locale) {
        return "en".equals(locale) ? zh : en;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }
}
