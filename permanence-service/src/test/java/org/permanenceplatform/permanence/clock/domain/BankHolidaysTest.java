package org.permanenceplatform.permanence.clock.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankHolidaysTest {

    static final BankHolidays TABLE = BankHolidays.englandAndWales();

    /** Easter Sundays, from published church calendars, to check Good Friday and Easter Monday against. */
    static final Map<Integer, LocalDate> EASTER_SUNDAY = Map.ofEntries(
            Map.entry(2000, of(2000, 4, 23)), Map.entry(2001, of(2001, 4, 15)), Map.entry(2002, of(2002, 3, 31)),
            Map.entry(2003, of(2003, 4, 20)), Map.entry(2004, of(2004, 4, 11)), Map.entry(2005, of(2005, 3, 27)),
            Map.entry(2006, of(2006, 4, 16)), Map.entry(2007, of(2007, 4, 8)), Map.entry(2008, of(2008, 3, 23)),
            Map.entry(2009, of(2009, 4, 12)), Map.entry(2010, of(2010, 4, 4)), Map.entry(2011, of(2011, 4, 24)),
            Map.entry(2012, of(2012, 4, 8)), Map.entry(2013, of(2013, 3, 31)), Map.entry(2014, of(2014, 4, 20)),
            Map.entry(2015, of(2015, 4, 5)), Map.entry(2016, of(2016, 3, 27)), Map.entry(2017, of(2017, 4, 16)),
            Map.entry(2018, of(2018, 4, 1)), Map.entry(2019, of(2019, 4, 21)), Map.entry(2020, of(2020, 4, 12)),
            Map.entry(2021, of(2021, 4, 4)), Map.entry(2022, of(2022, 4, 17)), Map.entry(2023, of(2023, 4, 9)),
            Map.entry(2024, of(2024, 3, 31)), Map.entry(2025, of(2025, 4, 20)), Map.entry(2026, of(2026, 4, 5)),
            Map.entry(2027, of(2027, 3, 28)), Map.entry(2028, of(2028, 4, 16)), Map.entry(2029, of(2029, 4, 1)),
            Map.entry(2030, of(2030, 4, 21)));

    @Test
    void theTableCoversEveryYearFrom2000To2030() {
        assertThat(TABLE.firstYear()).isEqualTo(2000);
        assertThat(TABLE.lastYear()).isEqualTo(2030);
        assertThat(TABLE.covers(of(2000, 1, 1))).isTrue();
        assertThat(TABLE.covers(of(2030, 12, 31))).isTrue();
        assertThat(TABLE.covers(of(1999, 12, 31))).isFalse();
        assertThat(TABLE.covers(of(2031, 1, 1))).isFalse();
    }

    @Test
    void askingAboutAYearOutsideTheTableFailsLoudlyNamingTheYear() {
        assertThatThrownBy(() -> TABLE.isBankHoliday(of(2031, 5, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031");
        assertThatThrownBy(() -> TABLE.isBankHoliday(of(1999, 12, 25)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1999");
        assertThatThrownBy(() -> TABLE.in(2031)).hasMessageContaining("2031");
    }

    @Test
    void everyYearHasItsEightBankHolidaysAndTheSpecialYearsTheirExtraOnes() {
        for (int year = 2000; year <= 2030; year++) {
            int expected = year == 2022 ? 10 : year == 2002 || year == 2011 || year == 2012 || year == 2023 ? 9 : 8;
            assertThat(TABLE.in(year)).as("bank holidays in %d", year).hasSize(expected);
        }
    }

    @Test
    void everyBankHolidayFallsOnAWeekday() {
        for (int year = 2000; year <= 2030; year++) {
            assertThat(TABLE.in(year).keySet()).allSatisfy(day -> assertThat(day.getDayOfWeek())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
    }

    @Test
    void goodFridayAndEasterMondayFollowEasterInEveryYear() {
        EASTER_SUNDAY.forEach((year, easter) -> {
            assertThat(TABLE.nameOf(easter.minusDays(2))).contains("Good Friday");
            assertThat(TABLE.nameOf(easter.plusDays(1))).contains("Easter Monday");
        });
    }

    @Test
    void theSpecialBankHolidaysAreInTheTable() {
        assertThat(TABLE.nameOf(of(2020, 5, 8))).contains("Early May bank holiday (VE day)");
        assertThat(TABLE.isBankHoliday(of(2020, 5, 4))).as("the usual early May Monday, moved in 2020").isFalse();
        assertThat(TABLE.nameOf(of(2022, 6, 2))).contains("Spring bank holiday");
        assertThat(TABLE.nameOf(of(2022, 6, 3))).contains("Platinum Jubilee bank holiday");
        assertThat(TABLE.isBankHoliday(of(2022, 5, 30))).as("the usual spring Monday, moved in 2022").isFalse();
        assertThat(TABLE.nameOf(of(2022, 9, 19))).hasValueSatisfying(name -> assertThat(name).contains("State Funeral"));
        assertThat(TABLE.nameOf(of(2023, 5, 8))).hasValueSatisfying(name -> assertThat(name).contains("coronation"));
        assertThat(TABLE.isBankHoliday(of(2023, 5, 1))).as("early May 2023 stayed as well").isTrue();
    }

    @Test
    void aWeekendChristmasBoxingDayOrNewYearIsReplacedByTheNextWeekdays() {
        assertThat(TABLE.in(2021).keySet()).contains(of(2021, 12, 27), of(2021, 12, 28));
        assertThat(TABLE.in(2022).keySet()).contains(of(2022, 1, 3), of(2022, 12, 26), of(2022, 12, 27));
        assertThat(TABLE.in(2020).keySet()).contains(of(2020, 12, 25), of(2020, 12, 28));
        assertThat(TABLE.in(2028).keySet()).contains(of(2028, 1, 3));
        assertThat(TABLE.nameOf(of(2027, 12, 27))).contains("Christmas Day (substitute day)");
        assertThat(TABLE.isBankHoliday(of(2021, 12, 25))).as("the Saturday itself is in no list").isFalse();
    }

    @Test
    void aMalformedTableStopsWithTheLineAtFault() {
        assertThatThrownBy(() -> BankHolidays.parse(List.of("date,name", "2024-13-01,Nonsense"), "t.csv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("t.csv line 2");
        assertThatThrownBy(() -> BankHolidays.parse(List.of("# source", "2024-01-01"), "t.csv"))
                .hasMessageContaining("line 2").hasMessageContaining("date,name");
        assertThatThrownBy(() -> BankHolidays.parse(List.of("2024-01-01,New Year", "2024-01-01,Again"), "t.csv"))
                .hasMessageContaining("line 2").hasMessageContaining("twice");
    }

    @Test
    void aTableWithAYearMissingItsHolidaysIsRefused() {
        List<String> oneHolidayIn2025 = List.of("2024-01-01,a", "2024-03-29,b", "2024-04-01,c", "2024-05-06,d",
                "2024-05-27,e", "2024-08-26,f", "2024-12-25,g", "2024-12-26,h", "2025-01-01,i");
        assertThatThrownBy(() -> BankHolidays.parse(oneHolidayIn2025, "t.csv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2025");
    }
}
