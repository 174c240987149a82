package com.baokao.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SeatPlanTest {

    private static final long SITE = 10;
    private static final long THEORY = 100;
    private static final long SKILLS = 200;
    private static final Instant DAY = Instant.parse("2026-11-21T01:00:00Z"); // 09:00 Asia/Shanghai
    private static final TimeSlot MORNING = new TimeSlot(DAY, 90);
    private static final TimeSlot AFTERNOON = new TimeSlot(DAY.plusSeconds(5 * 3600), 120);
    private static final TimeSlot EVENING = new TimeSlot(DAY.plusSeconds(9 * 3600), 120);
    private static final TimeSlot NEXT_MORNING = new TimeSlot(DAY.plusSeconds(24 * 3600), 90);

    /** Candidates with serial numbers 1..n and application ids 1000+serial, all at {@code site}, taking {@code subjects}. */
    private static List<SeatingCandidate> candidates(long site, int n, Long... subjects) {
        return LongStream.rangeClosed(1, n).mapToObj(s -> new SeatingCandidate(1000 + s, s, site, List.of(subjects))).toList();
    }

    private static SeatAssignment assign(List<SeatingCandidate> candidates, List<SeatingRoom> rooms, SubjectSittings... subjects) {
        return SeatPlan.assign(candidates, rooms, List.of(subjects), List.of());
    }

    @Test
    void capacityExactlyFullSeatsEveryoneInTheMainSittingRoomByRoomSeatBySeat() {
        List<SeatingRoom> rooms = List.of(new SeatingRoom(2, SITE, 3, false), new SeatingRoom(1, SITE, 2, false));
        SeatAssignment result = assign(candidates(SITE, 5, THEORY), rooms,
                new SubjectSittings(THEORY, false, List.of(MORNING, AFTERNOON)));

        assertThat(result.unseated()).isEmpty();
        assertThat(result.seats()).extracting(Seat::applicationId, Seat::roomId, Seat::seatNumber, Seat::sitting)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1001L, 1L, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(1002L, 1L, 2, 0),
                        org.assertj.core.groups.Tuple.tuple(1003L, 2L, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(1004L, 2L, 2, 0),
                        org.assertj.core.groups.Tuple.tuple(1005L, 2L, 3, 0));
        assertThat(result.seats()).allSatisfy(s -> {
            assertThat(s.slot()).isEqualTo(MORNING);
            assertThat(s.siteId()).isEqualTo(SITE);
            assertThat(s.subjectId()).isEqualTo(THEORY);
        });
        assertThat(result.added()).isEqualTo(result.seats());
    }

    @Test
    void seatsAnotherSessionHoldsAtAnOverlappingTimeAreNotGivenAndThoseAtOtherTimesAre() {
        // another exam session sits in room 1 from 09:30 to 11:30: its seats 1 and 2 are taken during our morning
        // sitting (09:00-10:30), whose start differs, but free for our afternoon one
        TimeSlot otherExam = new TimeSlot(DAY.plusSeconds(1800), 120);
        List<Seat> otherSession = List.of(new Seat(9001, 900, SITE, 1, 1, 0, otherExam), new Seat(9002, 900, SITE, 1, 2, 0, otherExam),
                new Seat(9003, 900, SITE, 1, 3, 0, new TimeSlot(NEXT_MORNING.startsAt(), 60)));
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 3, false));
        SeatAssignment result = SeatPlan.assign(candidates(SITE, 3, THEORY), rooms,
                List.of(new SubjectSittings(THEORY, false, List.of(MORNING, AFTERNOON))), List.of(), otherSession);

        assertThat(result.seats()).extracting(Seat::applicationId, Seat::seatNumber, Seat::slot)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1001L, 3, MORNING),
                        org.assertj.core.groups.Tuple.tuple(1002L, 1, AFTERNOON),
                        org.assertj.core.groups.Tuple.tuple(1003L, 2, AFTERNOON));
        assertThat(result.added()).isEqualTo(result.seats());
        assertThat(result.unseated()).isEmpty();

        // when the other session holds every seat at every sitting, the candidates are listed, never double-booked
        List<Seat> wholeDay = List.of(new Seat(9001, 900, SITE, 1, 1, 0, new TimeSlot(DAY, 600)),
                new Seat(9002, 900, SITE, 1, 2, 0, new TimeSlot(DAY, 600)), new Seat(9003, 900, SITE, 1, 3, 0, new TimeSlot(DAY, 600)));
        SeatAssignment full = SeatPlan.assign(candidates(SITE, 1, THEORY), rooms,
                List.of(new SubjectSittings(THEORY, false, List.of(MORNING, AFTERNOON))), List.of(), wholeDay);
        assertThat(full.seats()).isEmpty();
        assertThat(full.unseated()).extracting(Unseated::reason).containsExactly(Unseated.Reason.ALL_SITTINGS_FULL);
    }

    @Test
    void oneOverGoesToTheNextSittingByRegistrationSerialNumber() {
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 4, true));
        List<SeatingCandidate> people = new ArrayList<>(candidates(SITE, 5, THEORY));
        Collections.reverse(people);
        SeatAssignment result = assign(people, rooms, new SubjectSittings(THEORY, true, List.of(MORNING, AFTERNOON)));

        assertThat(result.unseated()).isEmpty();
        Seat last = result.seatOf(1005, THEORY).orElseThrow();
        assertThat(last.sitting()).isEqualTo(1);
        assertThat(last.slot()).isEqualTo(AFTERNOON);
        assertThat(last.seatNumber()).isEqualTo(1);
        assertThat(result.seats().stream().filter(s -> s.sitting() == 0).map(Seat::applicationId))
                .containsExactly(1001L, 1002L, 1003L, 1004L);
    }

    @Test
    void oneOverWithoutAnotherSittingIsListedUnseatedNeverDropped() {
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 4, false));
        SeatAssignment result = assign(candidates(SITE, 5, THEORY), rooms, new SubjectSittings(THEORY, false, List.of(MORNING)));

        assertThat(result.seats()).hasSize(4);
        assertThat(result.unseated()).containsExactly(new Unseated(1005, 5, THEORY, SITE, Unseated.Reason.ALL_SITTINGS_FULL));
    }

    @Test
    void severalSittingsAreUsedInTheirOrderNotByTime() {
        // the extra batch may be defined before the main sitting in time: the order given is the order used
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 2, true), new SeatingRoom(2, SITE, 1, true));
        SeatAssignment result = assign(candidates(SITE, 10, THEORY), rooms,
                new SubjectSittings(THEORY, true, List.of(AFTERNOON, MORNING, EVENING)));

        assertThat(result.seats()).extracting(Seat::sitting).containsOnly(0, 1, 2);
        assertThat(result.seats().stream().filter(s -> s.applicationId() <= 1003)).allMatch(s -> s.slot().equals(AFTERNOON));
        assertThat(result.seats().stream().filter(s -> s.applicationId() >= 1004 && s.applicationId() <= 1006))
                .allMatch(s -> s.slot().equals(MORNING));
        assertThat(result.seats().stream().filter(s -> s.applicationId() >= 1007 && s.applicationId() <= 1009))
                .allMatch(s -> s.slot().equals(EVENING));
        assertThat(result.unseated()).extracting(Unseated::applicationId).containsExactly(1010L);
        assertSound(result);
    }

    @Test
    void aComputerBasedSubjectOnlyUsesComputerRoomsAndAPaperSubjectOrdinaryRoomsFirst() {
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 2, true), new SeatingRoom(2, SITE, 2, false));
        SeatAssignment cbt = assign(candidates(SITE, 3, THEORY), rooms, new SubjectSittings(THEORY, true, List.of(MORNING)));
        assertThat(cbt.seats()).extracting(Seat::roomId).containsOnly(1L).hasSize(2);
        assertThat(cbt.unseated()).extracting(Unseated::reason).containsExactly(Unseated.Reason.ALL_SITTINGS_FULL);

        SeatAssignment paper = assign(candidates(SITE, 4, THEORY), rooms, new SubjectSittings(THEORY, false, List.of(MORNING)));
        // the result is ordered by room: the computer room 1 took the two last serial numbers
        assertThat(paper.seats()).extracting(Seat::applicationId, Seat::roomId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1003L, 1L), org.assertj.core.groups.Tuple.tuple(1004L, 1L),
                org.assertj.core.groups.Tuple.tuple(1001L, 2L), org.assertj.core.groups.Tuple.tuple(1002L, 2L));
    }

    @Test
    void aSiteWithoutAUsableRoomListsItsCandidatesWithThatReason() {
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 30, false));
        SeatAssignment result = SeatPlan.assign(
                List.of(new SeatingCandidate(1, 1, SITE, List.of(THEORY, SKILLS)), new SeatingCandidate(2, 2, 99, List.of(SKILLS))),
                rooms, List.of(new SubjectSittings(THEORY, true, List.of(MORNING)),
                        new SubjectSittings(SKILLS, false, List.of(AFTERNOON))), List.of());

        assertThat(result.seats()).extracting(Seat::applicationId, Seat::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, SKILLS));
        assertThat(result.unseated()).containsExactly(
                new Unseated(1, 1, THEORY, SITE, Unseated.Reason.NO_ROOM_AT_SITE),
                new Unseated(2, 2, SKILLS, 99, Unseated.Reason.NO_ROOM_AT_SITE));
    }

    @Test
    void subjectsAtTheSameTimeShareTheRoomsButNeverASeat() {
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 3, false));
        List<SeatingCandidate> people = List.of(new SeatingCandidate(1, 1, SITE, List.of(THEORY)),
                new SeatingCandidate(2, 2, SITE, List.of(SKILLS)), new SeatingCandidate(3, 3, SITE, List.of(THEORY)),
                new SeatingCandidate(4, 4, SITE, List.of(SKILLS)));
        TimeSlot overlapping = new TimeSlot(DAY.plusSeconds(1800), 90); // 09:30, while THEORY runs
        SeatAssignment result = assign(people, rooms, new SubjectSittings(THEORY, false, List.of(MORNING)),
                new SubjectSittings(SKILLS, false, List.of(overlapping, AFTERNOON)));

        assertThat(result.seats()).extracting(Seat::applicationId, Seat::seatNumber, Seat::slot).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 1, MORNING), org.assertj.core.groups.Tuple.tuple(2L, 2, overlapping),
                org.assertj.core.groups.Tuple.tuple(3L, 3, MORNING), org.assertj.core.groups.Tuple.tuple(4L, 1, AFTERNOON));
        assertSound(result);
    }

    @Test
    void aCandidateIsNeverInTwoPlacesAtOnce() {
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 10, false));
        TimeSlot alsoMorning = new TimeSlot(DAY.plusSeconds(3600), 60); // 10:00-11:00 overlaps 09:00-10:30
        long third = 300;
        SeatAssignment result = SeatPlan.assign(List.of(new SeatingCandidate(1, 1, SITE, List.of(third, SKILLS, THEORY))), rooms,
                List.of(new SubjectSittings(THEORY, false, List.of(MORNING)),
                        new SubjectSittings(SKILLS, false, List.of(alsoMorning, AFTERNOON)),
                        new SubjectSittings(third, false, List.of(new TimeSlot(DAY.plusSeconds(1200), 30)))), List.of());

        // subjects are taken in the order of their main sitting: THEORY (09:00) first, then 'third' (09:20), SKILLS (10:00)
        assertThat(result.seatOf(1, THEORY)).get().extracting(Seat::slot).isEqualTo(MORNING);
        assertThat(result.seatOf(1, SKILLS)).get().extracting(Seat::slot).isEqualTo(AFTERNOON);
        assertThat(result.unseated()).containsExactly(new Unseated(1, 1, third, SITE, Unseated.Reason.TIME_CLASH));
        assertSound(result);
    }

    @Test
    void sittingsThatMeetEndToEndDoNotClash() {
        TimeSlot right = new TimeSlot(MORNING.endsAt(), 60);
        SeatAssignment result = SeatPlan.assign(List.of(new SeatingCandidate(1, 1, SITE, List.of(THEORY, SKILLS))),
                List.of(new SeatingRoom(1, SITE, 1, false)), List.of(new SubjectSittings(THEORY, false, List.of(MORNING)),
                        new SubjectSittings(SKILLS, false, List.of(right))), List.of());
        assertThat(result.seats()).extracting(Seat::seatNumber).containsExactly(1, 1);
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameSeats() {
        Scenario s = Scenario.generate(3_000, 4, 7);
        SeatAssignment first = SeatPlan.assign(s.candidates, s.rooms, s.subjects, List.of());
        Random random = new Random(1);
        for (int i = 0; i < 3; i++) {
            List<SeatingCandidate> people = new ArrayList<>(s.candidates);
            Collections.shuffle(people, random);
            List<SeatingCandidate> reordered = people.stream()
                    .map(c -> { List<Long> subjects = new ArrayList<>(c.subjectIds()); Collections.shuffle(subjects, random);
                        return new SeatingCandidate(c.applicationId(), c.serialNumber(), c.siteId(), subjects); }).toList();
            List<SeatingRoom> rooms = new ArrayList<>(s.rooms);
            Collections.shuffle(rooms, random);
            List<SubjectSittings> subjects = new ArrayList<>(s.subjects);
            Collections.shuffle(subjects, random);
            assertThat(SeatPlan.assign(reordered, rooms, subjects, List.of())).isEqualTo(first);
        }
        assertThat(first.unseated()).as("the scenario is short of seats").isNotEmpty();
    }

    @Test
    void latePayersAreAddedInTheFreeSeatsWithoutMovingAnyone() {
        Scenario s = Scenario.generate(4_000, 3, 11);
        List<SeatingCandidate> early = s.candidates.stream().filter(c -> c.applicationId() % 5 != 0).toList();
        List<SeatingCandidate> late = s.candidates.stream().filter(c -> c.applicationId() % 5 == 0).toList();
        SeatAssignment before = SeatPlan.assign(early, s.rooms, s.subjects, List.of());
        // a seat given earlier stays even if its holder dropped out meanwhile: take 20 candidates out of the second run
        Set<Long> gone = before.seats().stream().map(Seat::applicationId).limit(20).collect(Collectors.toSet());
        List<SeatingCandidate> again = new ArrayList<>(early.stream().filter(c -> !gone.contains(c.applicationId())).toList());
        again.addAll(late);

        SeatAssignment after = SeatPlan.assign(again, s.rooms, s.subjects, before.seats());

        assertThat(after.seats()).containsAll(before.seats());
        assertThat(after.added()).doesNotContainAnyElementsOf(before.seats());
        assertThat(after.added()).extracting(Seat::applicationId).allMatch(id -> id % 5 == 0);
        assertThat(after.seats()).hasSize(before.seats().size() + after.added().size());
        assertThat(after.added()).as("free seats remained for late payers").isNotEmpty();
        assertSound(after);
        // running the same late run again gives the same result
        assertThat(SeatPlan.assign(again, s.rooms, s.subjects, before.seats())).isEqualTo(after);
        // and once everyone is seated, nothing more is added
        assertThat(SeatPlan.assign(again, s.rooms, s.subjects, after.seats()).added()).isEmpty();
    }

    @Test
    void aSeatGivenInARoomSinceRemovedOrShrunkIsKeptAndTheOthersAreFilledAroundIt() {
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 2, false));
        List<Seat> before = List.of(new Seat(1001, THEORY, SITE, 1, 1, 0, MORNING), new Seat(1002, THEORY, SITE, 1, 5, 0, MORNING),
                new Seat(1003, THEORY, SITE, 7, 1, 0, MORNING));
        SeatAssignment result = SeatPlan.assign(candidates(SITE, 5, THEORY), rooms,
                List.of(new SubjectSittings(THEORY, false, List.of(MORNING))), before);

        assertThat(result.seats()).containsExactly(before.get(0), new Seat(1004, THEORY, SITE, 1, 2, 0, MORNING),
                before.get(1), before.get(2));
        assertThat(result.added()).containsExactly(new Seat(1004, THEORY, SITE, 1, 2, 0, MORNING));
        assertThat(result.unseated()).extracting(Unseated::applicationId).containsExactly(1005L);
    }

    @Test
    void restartingFromAnyPrefixInSerialOrderGivesTheSameFinalAssignment() {
        Scenario s = Scenario.generate(5_000, 3, 5);
        SeatAssignment once = SeatPlan.assign(s.candidates, s.rooms, s.subjects, List.of());
        // a crashed job committed the seats of the first candidates in serial order (here: up to serial 2345,
        // cutting one candidate's subjects in half); the restart gets them as existing seats
        List<Seat> committed = new ArrayList<>(once.seats().stream().filter(x -> serialOf(s, x.applicationId()) < 2345).toList());
        once.seats().stream().filter(x -> serialOf(s, x.applicationId()) == 2345)
                .min(java.util.Comparator.comparingLong(Seat::subjectId)).ifPresent(committed::add); // its first subject

        SeatAssignment restarted = SeatPlan.assign(s.candidates, s.rooms, s.subjects, committed);

        assertThat(restarted.seats()).isEqualTo(once.seats());
        assertThat(restarted.unseated()).isEqualTo(once.unseated());
    }

    @Test
    void eachSiteCanBeAssignedOnItsOwn() {
        Scenario s = Scenario.generate(6_000, 5, 3);
        SeatAssignment all = SeatPlan.assign(s.candidates, s.rooms, s.subjects, List.of());
        List<Seat> seats = new ArrayList<>();
        List<Unseated> unseated = new ArrayList<>();
        for (long site = 1; site <= 5; site++) {
            long id = site;
            SeatAssignment one = SeatPlan.assign(s.candidates.stream().filter(c -> c.siteId() == id).toList(),
                    s.rooms.stream().filter(r -> r.siteId() == id).toList(), s.subjects, List.of());
            seats.addAll(one.seats());
            unseated.addAll(one.unseated());
        }
        assertThat(seats).isEqualTo(all.seats());
        assertThat(unseated).isEqualTo(all.unseated());
    }

    @Test
    void neverTwoCandidatesInOneSeatNorOneCandidateTwiceAtOnceOverALargeInput() {
        for (long seed = 1; seed <= 3; seed++) {
            Scenario s = Scenario.generate(20_000, 6, seed);
            SeatAssignment result = SeatPlan.assign(s.candidates, s.rooms, s.subjects, List.of());
            assertSound(result);
            // every (candidate, subject) is either seated or listed, exactly once
            long wanted = s.candidates.stream().mapToLong(c -> c.subjectIds().size()).sum();
            assertThat(result.seats().size() + result.unseated().size()).isEqualTo(wanted);
            Set<String> answered = new HashSet<>();
            result.seats().forEach(x -> assertThat(answered.add(x.applicationId() + "/" + x.subjectId())).isTrue());
            result.unseated().forEach(x -> assertThat(answered.add(x.applicationId() + "/" + x.subjectId())).isTrue());
            // rooms fit: computer-based subjects only in computer rooms, seats within capacity, at the candidate's site
            java.util.Map<Long, SeatingRoom> rooms = s.rooms.stream().collect(Collectors.toMap(SeatingRoom::roomId, r -> r));
            java.util.Map<Long, SubjectSittings> subjects = s.subjects.stream()
                    .collect(Collectors.toMap(SubjectSittings::subjectId, x -> x));
            java.util.Map<Long, SeatingCandidate> people = s.candidates.stream()
                    .collect(Collectors.toMap(SeatingCandidate::applicationId, c -> c));
            assertThat(result.seats()).allSatisfy(x -> {
                SeatingRoom room = rooms.get(x.roomId());
                assertThat(room.siteId()).isEqualTo(x.siteId()).isEqualTo(people.get(x.applicationId()).siteId());
                assertThat(x.seatNumber()).isBetween(1, room.capacity());
                assertThat(!subjects.get(x.subjectId()).computerBased() || room.computerRoom()).isTrue();
                assertThat(subjects.get(x.subjectId()).sittings().get(x.sitting())).isEqualTo(x.slot());
            });
            // serial order decides: subject 1 has its time block to itself, so at each site everyone seated in it has a
            // smaller serial number than anyone left out of it
            assertThat(result.unseated()).isNotEmpty();
            for (long site = 1; site <= 6; site++) {
                long id = site;
                long lastSeated = result.seats().stream().filter(x -> x.siteId() == id && x.subjectId() == 1)
                        .mapToLong(x -> people.get(x.applicationId()).serialNumber()).max().orElse(0);
                long firstLeftOut = result.unseated().stream().filter(x -> x.siteId() == id && x.subjectId() == 1)
                        .mapToLong(Unseated::serialNumber).min().orElse(Long.MAX_VALUE);
                assertThat(lastSeated).isLessThan(firstLeftOut);
            }
        }
    }

    @Test
    void inconsistentInputIsRefused() {
        List<SeatingRoom> rooms = List.of(new SeatingRoom(1, SITE, 2, false));
        List<SubjectSittings> subjects = List.of(new SubjectSittings(THEORY, false, List.of(MORNING)));
        assertThatThrownBy(() -> SeatPlan.assign(candidates(SITE, 1, SKILLS), rooms, subjects, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");
        assertThatThrownBy(() -> SeatPlan.assign(List.of(new SeatingCandidate(1, 1, SITE, List.of(THEORY)),
                new SeatingCandidate(1, 2, SITE, List.of(THEORY))), rooms, subjects, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeatPlan.assign(List.of(), List.of(rooms.get(0), rooms.get(0)), subjects, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Seat a = new Seat(1, THEORY, SITE, 1, 1, 0, MORNING);
        Seat b = new Seat(2, THEORY, SITE, 1, 1, 0, MORNING);
        assertThatThrownBy(() -> SeatPlan.assign(List.of(), rooms, subjects, List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seat");
        assertThatThrownBy(() -> new SubjectSittings(THEORY, false, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeatingRoom(1, SITE, -1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeSlot(DAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A measurement, not a test of the rules: only with {@code -Dbaokao.benchmark=true}. */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "baokao.benchmark", matches = "true")
    void timingForAMillionCandidatesOverFiftySites() {
        Scenario s = Scenario.million();
        SeatPlan.assign(s.candidates.subList(0, 100_000), s.rooms, s.subjects, List.of()); // warm up
        long start = System.nanoTime();
        SeatAssignment result = SeatPlan.assign(s.candidates, s.rooms, s.subjects, List.of());
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("SeatPlan: %,d candidates, %,d seats, %,d unseated, 50 sites, one thread: %,d ms%n",
                s.candidates.size(), result.seats().size(), result.unseated().size(), ms);
        assertThat(result.seats()).isNotEmpty();
    }

    private static long serialOf(Scenario s, long applicationId) {
        return s.serials.get(applicationId);
    }

    /** No seat of a room holds two candidates in one time block, no candidate holds two overlapping seats. */
    static void assertSound(SeatAssignment result) {
        List<Seat> seats = result.seats();
        java.util.Map<String, List<Seat>> byRoomSeat = seats.stream()
                .collect(Collectors.groupingBy(x -> x.roomId() + "#" + x.seatNumber()));
        byRoomSeat.values().forEach(list -> assertNoOverlap(list, "two candidates in one seat"));
        java.util.Map<Long, List<Seat>> byCandidate = seats.stream().collect(Collectors.groupingBy(Seat::applicationId));
        byCandidate.values().forEach(list -> assertNoOverlap(list, "one candidate in two places"));
    }

    private static void assertNoOverlap(List<Seat> list, String what) {
        List<Seat> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparing((Seat x) -> x.slot().startsAt()));
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i).slot().startsAt().isBefore(sorted.get(i - 1).slot().endsAt()))
                    .as(what + ": " + sorted.get(i - 1) + " and " + sorted.get(i)).isFalse();
        }
    }

    /** A generated session: sites 1..n, rooms of 20-40 seats (some computer rooms), four subjects with batches. */
    static final class Scenario {
        final List<SeatingCandidate> candidates = new ArrayList<>();
        final List<SeatingRoom> rooms = new ArrayList<>();
        final List<SubjectSittings> subjects;
        final java.util.Map<Long, Long> serials = new java.util.HashMap<>();

        private Scenario(List<SubjectSittings> subjects) {
            this.subjects = subjects;
        }

        static Scenario generate(int people, int sites, long seed) {
            Random random = new Random(seed);
            // paper theory in the morning; skills computer-based with two more batches; two specialty papers at
            // the same time in the afternoon, one of them with an evening batch
            Scenario s = new Scenario(List.of(new SubjectSittings(1, false, List.of(MORNING)),
                    new SubjectSittings(2, true, List.of(AFTERNOON, EVENING, NEXT_MORNING)),
                    new SubjectSittings(3, false, List.of(new TimeSlot(DAY.plusSeconds(5 * 3600), 150), EVENING)),
                    new SubjectSittings(4, false, List.of(NEXT_MORNING))));
            long roomId = 1;
            int seatsPerSite = people / sites;
            for (long site = 1; site <= sites; site++) {
                int ordinary = 0;
                while (ordinary < seatsPerSite * 0.6) {
                    int capacity = 20 + random.nextInt(21);
                    s.rooms.add(new SeatingRoom(roomId++, site, capacity, false));
                    ordinary += capacity;
                }
                int computer = 0;
                while (computer < seatsPerSite * 0.25) {
                    int capacity = 20 + random.nextInt(21);
                    s.rooms.add(new SeatingRoom(roomId++, site, capacity, true));
                    computer += capacity;
                }
            }
            // application ids and serial numbers in different orders, on purpose
            List<Long> serials = LongStream.rangeClosed(1, people).boxed().collect(Collectors.toList());
            Collections.shuffle(serials, random);
            for (int i = 0; i < people; i++) {
                long applicationId = 500_000 + i;
                List<Long> taken = new ArrayList<>();
                if (random.nextInt(10) < 9) {
                    taken.add(1L);
                }
                if (random.nextInt(10) < 7) {
                    taken.add(2L);
                }
                if (random.nextInt(10) < 2) {
                    taken.add(random.nextBoolean() ? 3L : 4L);
                }
                if (random.nextInt(50) == 0) {
                    taken.add(3L); // also 3 and maybe 2 at the same time: a clash to resolve
                }
                List<Long> distinct = taken.stream().distinct().toList();
                s.candidates.add(new SeatingCandidate(applicationId, serials.get(i), 1 + random.nextInt(sites), distinct));
                s.serials.put(applicationId, serials.get(i));
            }
            return s;
        }

        static Scenario million() {
            Scenario s = new Scenario(List.of(new SubjectSittings(1, false, List.of(MORNING, EVENING)),
                    new SubjectSittings(2, true, List.of(AFTERNOON, EVENING, NEXT_MORNING, new TimeSlot(NEXT_MORNING.endsAt(), 90)))));
            Random random = new Random(42);
            long roomId = 1;
            for (long site = 1; site <= 50; site++) {
                for (int r = 0; r < 500; r++) {
                    s.rooms.add(new SeatingRoom(roomId++, site, 30, false));
                }
                for (int r = 0; r < 120; r++) {
                    s.rooms.add(new SeatingRoom(roomId++, site, 40, true));
                }
            }
            List<Long> serials = LongStream.rangeClosed(1, 1_000_000).boxed().collect(Collectors.toList());
            Collections.shuffle(serials, random);
            List<Long> both = List.of(1L, 2L);
            List<Long> theory = List.of(1L);
            for (int i = 0; i < 1_000_000; i++) {
                s.candidates.add(new SeatingCandidate(1 + i, serials.get(i), 1 + random.nextInt(50),
                        random.nextInt(4) == 0 ? theory : both));
            }
            return s;
        }
    }
}
