package vn.lantoa.platform.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AddressesTest {

    @ParameterizedTest
    @CsvSource({"thanhtam.cthssv@dongnai.edu.vn, true", "a@b.vn, true", "no-at-sign, false", "x@localhost, false", "a..b@x.vn, false",
            "'<script>@x.vn', false", "a@-x.vn, false"})
    void emailsAreCheckedByShape(String email, boolean valid) {
        assertThat(Emails.isValid(email)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"0938.192.279, true", "(024) 3864 1234, true", "+84 912 345 678, true", "0262 3852 156, true", "12345, false",
            "abc-def-ghij, false"})
    void phonesAreCheckedAsVietnamesePeopleWriteThem(String phone, boolean valid) {
        assertThat(Phones.isValid(phone)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"0938.192.279, tel:+84938192279", "(024) 3864 1234, tel:+842438641234", "+84 912 345 678, tel:+84912345678",
            "0262 3852 156, tel:+842623852156", "1900 1234, tel:19001234"})
    void phoneLinksAreInGlobalFormWithoutSpaces(String phone, String href) {
        assertThat(Phones.telUri(phone)).isEqualTo(href);
    }

    @ParameterizedTest
    @CsvSource({"c2tanmai.hoangmai.hanoi.edu.vn, true", "hanoi.edu.vn, true", "gmail.com, false"})
    void subdomainsOfAnOfficialDomainCount(String domain, boolean official) {
        assertThat(Emails.isInDomains("someone@" + domain, List.of("hanoi.edu.vn"))).isEqualTo(official);
    }
}
