package vn.lantoa.brand;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColourContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneToOneAndWhiteOnWhiteIsOneToOne() {
        assertThat(ColourContrast.onWhite("#000000")).isCloseTo(21.0, within(1e-9));
        assertThat(ColourContrast.onWhite("#ffffff")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void grey767676IsTheLightestGreyThatPassesAndGrey777777Fails() {
        assertThat(ColourContrast.onWhite("#767676")).isCloseTo(4.54, within(0.005));
        assertThat(ColourContrast.passes("#767676")).isTrue();
        assertThat(ColourContrast.onWhite("#777777")).isCloseTo(4.48, within(0.005));
        assertThat(ColourContrast.passes("#777777")).isFalse();
    }

    @Test
    void theDefaultBlueAndASchoolGreenPassAndAYellowAndASkyBlueFail() {
        assertThat(ColourContrast.passes("#0b4f9c")).isTrue();
        assertThat(ColourContrast.passes("#1b7a3a")).isTrue();
        assertThat(ColourContrast.passes("#ffcc00")).isFalse();
        assertThat(ColourContrast.passes("#00a0e9")).isFalse();
    }

    @Test
    void theRatioShownIsCutNotRoundedSoAFailingColourNeverReadsAsFourPointFive() {
        assertThat(ColourContrast.shown(4.4999)).isEqualTo("4,49");
        assertThat(ColourContrast.shown(ColourContrast.onWhite("#777777"))).isEqualTo("4,47");
        assertThat(ColourContrast.shown(21.0)).isEqualTo("21,00");
    }

    @Test
    void theSuggestionIsTheSameHueDarkenedJustEnoughToPass() {
        for (String failing : new String[]{"#ffcc00", "#00a0e9", "#777777", "#ffffff", "#ff0000"}) {
            String suggested = ColourContrast.suggestion(failing);
            assertThat(ColourContrast.passes(suggested)).as(failing + " -> " + suggested).isTrue();
            assertThat(ColourContrast.luminance(ColourContrast.rgb(suggested))).isLessThan(ColourContrast.luminance(ColourContrast.rgb(failing)));
        }
        assertThat(ColourContrast.suggestion("#777777")).isEqualTo("#757575");
        assertThat(ColourContrast.suggestion("#0b4f9c")).as("a passing colour is kept").isEqualTo("#0b4f9c");
    }

    @Test
    void linksAndTheMenuStayReadableOnTheBoxGreyAndUnderWhiteTextForEveryPassingColour() {
        for (String colour : new String[]{"#767676", "#0b4f9c", "#1b7a3a", "#b3261e", "#6a1b9a"}) {
            assertThat(ColourContrast.ratio(ColourContrast.rgb(ColourContrast.linkColour(colour)), ColourContrast.BOX_BACKGROUND))
                    .as(colour).isGreaterThanOrEqualTo(ColourContrast.AA);
            assertThat(ColourContrast.onWhite(ColourContrast.menuColour(colour))).as(colour).isGreaterThan(ColourContrast.onWhite(colour));
        }
    }

    @Test
    void onlySixDigitHexColoursAreTakenAndTheyAreStoredInLowerCase() {
        assertThat(ColourContrast.normalize(" #0B4F9C ")).isEqualTo("#0b4f9c");
        for (String bad : new String[]{"0b4f9c", "#0b4f9", "#0b4f9cz", "red", "#ggg000", "#0b4f9c;background:url(x)", "", "#fff"}) {
            assertThat(ColourContrast.normalize(bad)).as(bad).isNull();
        }
    }
}
