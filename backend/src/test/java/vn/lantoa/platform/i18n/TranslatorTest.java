package vn.lantoa.platform.i18n;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick way of filling a message writes exactly what MessageFormat writes, in both languages. */
class TranslatorTest {

    private static Translator of(Locale locale) {
        return new Translator(locale, new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][]{{"k", "x"}};
            }
        });
    }

    @Test
    void wholeNumbersAndTextsAreFilledInAsMessageFormatWritesThem() {
        List<String> patterns = List.of("đúng hạn {0}%", "{0} / {1} đơn vị", "Trả lại {1} báo cáo của {0}", "it's {0}", "{0}{1}{0}");
        List<Object[]> argsList = List.of(new Object[]{0L, "Sở"}, new Object[]{999, 1000L}, new Object[]{-1234567L, "Phòng Hoàng Mai"},
                new Object[]{Long.MAX_VALUE, Long.MIN_VALUE + 1}, new Object[]{(short) 12, (byte) -5});
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            Translator t = of(locale);
            for (String pattern : patterns) {
                for (Object[] args : argsList) {
                    assertThat(t.substituted(pattern, args)).as(pattern + " " + locale)
                            .isEqualTo(new MessageFormat(pattern.replace("'", "''"), locale).format(args));
                }
            }
        }
    }

    @Test
    void typedPlaceholdersFractionsAndDatesAreLeftToMessageFormat() {
        Translator t = of(Locale.forLanguageTag("vi"));
        assertThat(t.substituted("{0,number,#.##}", new Object[]{1L})).isNull();
        assertThat(t.substituted("{0}", new Object[]{1.5})).isNull();
        assertThat(t.substituted("{0}", new Object[]{new java.util.Date(0)})).isNull();
        assertThat(t.substituted("{12}", new Object[]{1L})).isNull();
    }
}
