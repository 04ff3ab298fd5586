package vn.lantoa.desk;

import vn.lantoa.platform.time.VietnamTime;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Case codes such as "PA-2612-7KQ3": year and month of receipt, then four characters drawn at random from an alphabet
 * without the look-alikes (0/O, 1/I/L, U), so a code read over the phone is typed right. A code names a case inside its
 * unit only; following a case takes the private link's token, never the code.
 */
public final class CaseCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseCodes() {
    }

    public static String next(Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, VietnamTime.ZONE);
        // Digits by hand: String.format parsed its pattern on every submission of an exam-day rush.
        int year = day.getYear() % 100;
        int month = day.getMonthValue();
        StringBuilder sb = new StringBuilder(12).append("PA-").append((char) ('0' + year / 10)).append((char) ('0' + year % 10))
                .append((char) ('0' + month / 10)).append((char) ('0' + month % 10)).append('-');
        for (int i = 0; i < 4; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
