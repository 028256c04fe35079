package dev.zhiku.rag.collection;

import dev.zhiku.rag.collection.QuestionToken.Kind;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Time expressions of questions, relative to a clock: a point ("today", "上周", "last month", "今年三月",
 * "March 2025", "1 March 2024", "2024年3月", "2024-03-01"), the last N units ("in the last 30 days", "最近30天",
 * "过去一周"), and ranges made of points ("between January and March 2025", "2024年3月到5月之间", "since March",
 * "自2025年以来", "before 2024", "2023年以前", "from March" = in March). Periods that include today ("this week",
 * "今年", "the last 30 days") end tomorrow; "since X" has no end.
 *
 * <p>English month names and bare years count only after a preposition ("in 2024", "from March"), so a number in
 * a question ("2024 budget") is not taken for a year.
 */
final class TimeGrammar {

    private final Clock clock;

    TimeGrammar(Clock clock) {
        this.clock = clock;
    }

    /** A date or period named in a question; {@code year}/{@code month}/{@code day} null where not said. */
    private record Point(Integer year, Integer month, Integer day, LocalDate start, LocalDate end, int next,
                         boolean needsPreposition) {
    }

    /** The first time expression among the unused tokens, marking its tokens used; null when there is none. */
    DateRange find(List<QuestionToken> tokens, boolean[] used) {
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) {
                continue;
            }
            DateRange found = at(tokens, i, used);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private DateRange at(List<QuestionToken> t, int i, boolean[] used) {
        QuestionToken first = t.get(i);
        boolean between = first.is("time.between");
        boolean since = first.is("time.since");
        boolean before = first.is("time.before");
        boolean after = first.is("time.after");
        boolean in = first.is("time.in");
        int p = between || since || before || after || in ? i + 1 : i;
        if (p > i && p < t.size() && t.get(p).kind() == Kind.WORD && t.get(p).text().equalsIgnoreCase("the")) {
            p++;
        }
        Point a = point(t, p);
        if (a == null || (a.needsPreposition() && p == i)) {
            return null;
        }
        int next = a.next();
        DateRange range;
        if (next < t.size() && (t.get(next).is("time.to") || (between && t.get(next).is("time.and")))) {
            Point b = point(t, next + 1);
            if (b == null) {
                return null;
            }
            if (a.year() == null && b.year() != null && a.start() == null) {
                a = new Point(b.year(), a.month(), a.day(), null, null, a.next(), false);
            }
            if (b.year() == null && a.year() != null && b.start() == null) {
                b = new Point(a.year(), b.month(), b.day(), null, null, b.next(), false);
            }
            range = new DateRange(start(a), end(b));
            next = b.next();
            if (next < t.size() && t.get(next).is("time.between.after")) {
                next++;
            }
        } else if (since || (next < t.size() && t.get(next).is("time.since.after"))) {
            range = new DateRange(start(a), null);
            next = skip(t, next, "time.since.after");
        } else if (before || (next < t.size() && t.get(next).is("time.before.after"))) {
            range = new DateRange(null, start(a));
            next = skip(t, next, "time.before.after");
        } else if (after || (next < t.size() && t.get(next).is("time.after.after"))) {
            range = new DateRange(end(a), null);
            next = skip(t, next, "time.after.after");
        } else {
            range = new DateRange(start(a), end(a));
        }
        for (int k = i; k < next; k++) {
            used[k] = true;
        }
        return range;
    }

    private static int skip(List<QuestionToken> t, int i, String category) {
        return i < t.size() && t.get(i).is(category) ? i + 1 : i;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Point point(List<QuestionToken> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        LocalDate today = today();
        QuestionToken tok = t.get(i);
        if (tok.kind() == Kind.DATE) {
            String[] ymd = tok.text().split("-");
            LocalDate d = LocalDate.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
            return new Point(null, null, null, d, d.plusDays(1), i + 1, false);
        }
        String relative = tok.value("time.");
        if (relative != null) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate first = today.withDayOfMonth(1);
            LocalDate jan = today.withDayOfYear(1);
            switch (relative) {
                case "today" -> {
                    return span(today, today.plusDays(1), i + 1);
                }
                case "yesterday" -> {
                    return span(today.minusDays(1), today, i + 1);
                }
                case "this_week" -> {
                    return span(monday, today.plusDays(1), i + 1);
                }
                case "last_week" -> {
                    return span(monday.minusWeeks(1), monday, i + 1);
                }
                case "this_month" -> {
                    return span(first, today.plusDays(1), i + 1);
                }
                case "last_month" -> {
                    return span(first.minusMonths(1), first, i + 1);
                }
                case "this_year", "last_year" -> {
                    int year = relative.equals("this_year") ? today.getYear() : today.getYear() - 1;
                    Point month = monthOf(t, i + 1, year);
                    if (month != null) {
                        return month;
                    }
                    return relative.equals("this_year") ? span(jan, today.plusDays(1), i + 1)
                            : span(jan.minusYears(1), jan, i + 1);
                }
                case "last" -> {
                    return lastUnits(t, i + 1, today);
                }
                default -> {
                    // prepositions and connectives are read by at()
                }
            }
        }
        if (tok.kind() == Kind.NUMBER) {
            int n = tok.number();
            boolean yearUnit = i + 1 < t.size() && t.get(i + 1).is("unit.year");
            if (n >= 1900 && n <= 2100) {
                int next = yearUnit ? i + 2 : i + 1;
                Point month = monthOf(t, next, n);
                return month != null ? month : new Point(n, null, null, null, null, next, !yearUnit);
            }
            Point month = monthOf(t, i, null);
            if (month != null) {
                return month;
            }
            if (n >= 1 && n <= 31 && i + 1 < t.size() && t.get(i + 1).isAny("month.")) {
                return englishDate(t, i + 1, n);
            }
            return null;
        }
        if (tok.isAny("month.")) {
            return englishDate(t, i, null);
        }
        return null;
    }

    private static Point span(LocalDate from, LocalDate to, int next) {
        return new Point(null, null, null, from, to, next, false);
    }

    /** "30 days", "一周", "3 months" after "last"/"past"/"最近"/"过去" (no number: one unit). */
    private static Point lastUnits(List<QuestionToken> t, int i, LocalDate today) {
        int n = 1;
        if (i < t.size() && t.get(i).kind() == Kind.NUMBER) {
            n = t.get(i).number();
            i++;
        }
        if (i >= t.size() || !t.get(i).isAny("unit.")) {
            return null;
        }
        ChronoUnit unit = switch (t.get(i).value("unit.")) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        return span(today.minus(n, unit), today.plusDays(1), i + 1);
    }

    /** "3月", "三月份", "3月15日" at {@code i} (Chinese order), in the given year or the latest one. */
    private static Point monthOf(List<QuestionToken> t, int i, Integer year) {
        if (i + 1 >= t.size() || t.get(i).kind() != Kind.NUMBER || !t.get(i + 1).is("unit.month")) {
            return null;
        }
        int month = t.get(i).number();
        if (month < 1 || month > 12) {
            return null;
        }
        Integer day = null;
        int next = i + 2;
        if (next + 1 < t.size() && t.get(next).kind() == Kind.NUMBER && t.get(next + 1).is("unit.day")
                && t.get(next).number() >= 1 && t.get(next).number() <= 31) {
            day = t.get(next).number();
            next += 2;
        }
        return new Point(year, month, day, null, null, next, false);
    }

    /** "March", "March 2025", "1 March 2024", "March 1, 2024" with the month name at {@code i}. */
    private static Point englishDate(List<QuestionToken> t, int i, Integer day) {
        int month = Integer.parseInt(t.get(i).value("month."));
        int next = i + 1;
        if (day == null && next < t.size() && t.get(next).kind() == Kind.NUMBER && t.get(next).number() >= 1
                && t.get(next).number() <= 31) {
            day = t.get(next).number();
            next++;
            if (next < t.size() && t.get(next).text().equals(",")) {
                next++;
            }
        }
        Integer year = null;
        if (next < t.size() && t.get(next).kind() == Kind.NUMBER && t.get(next).number() >= 1900
                && t.get(next).number() <= 2100) {
            year = t.get(next).number();
            next++;
        }
        return new Point(year, month, day, null, null, next, year == null && day == null);
    }

    private LocalDate start(Point p) {
        if (p.start() != null) {
            return p.start();
        }
        LocalDate today = today();
        if (p.month() == null) {
            return LocalDate.of(p.year(), 1, 1);
        }
        int year = p.year() != null ? p.year()
                : p.month() <= today.getMonthValue() ? today.getYear() : today.getYear() - 1;
        LocalDate month = LocalDate.of(year, p.month(), 1);
        return p.day() == null ? month : month.withDayOfMonth(Math.min(p.day(), month.lengthOfMonth()));
    }

    private LocalDate end(Point p) {
        if (p.end() != null) {
            return p.end();
        }
        LocalDate start = start(p);
        return p.month() == null ? start.plusYears(1) : p.day() == null ? start.plusMonths(1) : start.plusDays(1);
    }
}
