"""Alliance activities of the demo, with their participants and the lessons observed there.

Part of the demo generator (:mod:`.generator`), which it sees only as a :class:`.plan.Planner`;
every draw comes from the generator's seeded ``Random``.
"""

from __future__ import annotations

from ..domain.enums import ActivityType as A, Mode, Occasion, ParticipantRole as R, Position
from ..domain.records import Activity, Participant
from . import content as C
from . import text as T
from .people import Person, largest_remainder, timestamp
from .plan import Planner, Window

TYPES = (A.COLLECTIVE_PREP, A.LESSON_POLISHING, A.SAME_TOPIC, A.OUTREACH, A.PRINCIPAL_FORUM,
         A.HOMEROOM_EXCHANGE, A.OPEN_DAY, A.LECTURE, A.JOINT_RESEARCH, A.DEMONSTRATION,
         A.ROTATION, A.STUDENT_EXCHANGE)
TYPE_WEIGHTS = (14, 8, 10, 9, 4, 6, 8, 8, 12, 9, 4, 4)
# Types with lessons on site: how the lessons are observed, and how many are given.
LESSONS = {A.SAME_TOPIC: (Occasion.SAME_TOPIC, 2), A.DEMONSTRATION: (Occasion.DEMONSTRATION, 1),
           A.OUTREACH: (Occasion.DEMONSTRATION, 1), A.OPEN_DAY: (Occasion.OPEN, 2),
           A.LESSON_POLISHING: (Occasion.RESEARCH, 1), A.JOINT_RESEARCH: (Occasion.RESEARCH, 1),
           A.STUDENT_EXCHANGE: (Occasion.OPEN, 1)}
# Types that a county-seat school brings to a town school.
OUTWARD = (A.OUTREACH, A.ROTATION, A.STUDENT_EXCHANGE)
ONLINE_SHARE = {A.LECTURE: 0.3, A.PRINCIPAL_FORUM: 0.2, A.HOMEROOM_EXCHANGE: 0.15}
THEMES = {A.PRINCIPAL_FORUM: C.FORUM_THEMES, A.LECTURE: C.LECTURE_THEMES,
          A.HOMEROOM_EXCHANGE: C.HOMEROOM_THEMES}
MAIN_SUBJECTS, MAIN_WEIGHTS = ("语文", "数学", "英语", "科学"), (4, 4, 2, 1)


class ActivityPlanner:
    def __init__(self, demo: Planner):
        self.demo, self.rng, self.people = demo, demo.rng, demo.people
        self.urban = [s for s in self.people.schools if s.urban]
        self.rural = [s for s in self.people.schools if not s.urban]

    def plan(self, total: int | None) -> list[Activity]:
        """``total`` activities over the windows (large), or a semester's worth (small)."""
        rng, windows = self.rng, self.demo.windows
        schools = self.people.schools
        laggards: list = []
        if total is None:  # small: a school or two that hardly takes part
            days = len(windows[0].days)
            counts = [min(50, max(30, round(days / 20 * len(schools) * 1.4)))]
            laggards = rng.sample(self.rural, rng.randint(1, 2))
        else:
            counts = largest_remainder(total, [len(w.days) for w in windows])
        hosts = [s for s in schools if s not in laggards]
        weights = [3.0 if s.index == 0 and total is None else self.people.weights[s.index]
                   for s in hosts]
        activities = []
        for w, count in zip(windows, counts):
            for _ in range(count):
                activities.append(self._activity(w, rng.choices(hosts, weights)[0], hosts))
        for school in laggards:  # a laggard appears in fewer than today's pace of the ≥4 rule
            sem = windows[0].semester
            elapsed = (self.demo.today - sem.start).days + 1
            allowed = max(0, 4 * elapsed // ((sem.end - sem.start).days + 1) - 1)
            roomy = [a for a in activities if len(a.schools) < 4]
            for a in rng.sample(roomy, min(allowed, len(roomy))):
                a.schools.append(school.record.uuid)
        activities.sort(key=lambda a: a.activity_date)
        return activities

    def _activity(self, w: Window, host, others: list) -> Activity:
        rng, demo = self.rng, self.demo
        kind = rng.choices(TYPES, TYPE_WEIGHTS)[0]
        if kind in OUTWARD:
            host = host if host.urban else rng.choice(self.urban)
            partners = [rng.choice([s for s in self.rural if s in others] or self.rural)]
        else:
            pool = [s for s in others if s is not host]
            partners = rng.sample(pool, min(len(pool), rng.choices((1, 2, 3, 4),
                                                                   (35, 30, 20, 15))[0]))
            if kind is A.PRINCIPAL_FORUM and len(partners) < 2:
                partners = rng.sample(pool, min(len(pool), 3))
        venue = partners[0] if kind is A.OUTREACH else host
        day = rng.choice(w.days)
        start, end = rng.choice(C.TIME_SLOTS)
        mode = Mode.ONLINE if rng.random() < ONLINE_SHARE.get(kind, 0) else Mode.ONSITE
        uuid = demo.people.new_uuid()
        subject = rng.choices(MAIN_SUBJECTS, MAIN_WEIGHTS)[0]
        parts: list[Participant] = []
        chosen: set[str] = set()

        def add(person: Person | None, role: R) -> Person | None:
            if person is not None and person.uuid not in chosen:
                chosen.add(person.uuid)
                parts.append(Participant(teacher=person.uuid, role=role))
                return person
            return None

        schools = [host] + partners
        lead_person = self._pick(host, subject, strong=kind in (A.OUTREACH, A.DEMONSTRATION,
                                                               A.LECTURE, A.ROTATION))
        subject = lead_person.subjects[0] if kind in LESSONS or kind is A.ROTATION else subject
        teachers: list[Person] = []
        if kind in LESSONS:
            teachers.append(add(lead_person, R.TEACHING))
            if LESSONS[kind][1] == 2:
                second = self._pick(partners[0] if kind is A.SAME_TOPIC else host, subject)
                if second.subjects[0] == subject and add(second, R.TEACHING):
                    teachers.append(second)
        elif kind is A.COLLECTIVE_PREP:
            add(lead_person, R.LEAD_PREPARER)
        elif kind is A.PRINCIPAL_FORUM:
            for s in schools[:4]:
                add(s.active[0] if s.active[0].position is Position.PRINCIPAL else None, R.SPEAKER)
        elif kind is A.ROTATION:
            add(lead_person, R.TEACHING)
        else:
            add(lead_person, R.SPEAKER)
        add(self._pick(rng.choice(schools), subject), R.RECORDING)
        observers = []
        for _ in range(rng.randint(1, 8 - len(parts))):
            observers.append(add(self._pick(rng.choice(schools), subject), R.OBSERVING))
        observers = [p for p in observers if p is not None]
        while len(parts) < 2:
            add(rng.choice(host.active), R.OBSERVING)
        grade = rng.choice(lead_person.grades)
        topic = T.topic(rng, subject, grade, w.second)
        students = 0
        if kind in LESSONS and mode is Mode.ONSITE:
            period, first = (2 if start < "12" else 5), None
            for i, teacher in enumerate(teachers):
                if first is not None and kind is A.SAME_TOPIC:  # same topic, another design
                    lesson = first[:2] + (rng.randint(1, venue.classes), first[3], period + i)
                else:
                    lesson = demo.lesson(teacher, w, venue=venue.index, period=period + i)
                first = first or lesson
                students += rng.randint(38, 52)
                for observer in observers:
                    demo.observe(day, observer, teacher, LESSONS[kind][0], lesson,
                                 venue=venue.index, activity=uuid)
            subject, grade, topic = first[0], first[1], first[3]
        fill = dict(host=host.record.name, venue=venue.record.name,
                    partner=partners[0].record.name if partners else venue.record.name,
                    grade=C.GRADES[grade], subject=subject, topic=topic,
                    theme=rng.choice(THEMES.get(kind, C.RESEARCH_THEMES)),
                    teacher=lead_person.record.name)
        title, agenda, notes, outcomes = T.activity_text(rng, kind.value, fill)
        extra: dict[str, str] = {}
        if kind is A.COLLECTIVE_PREP:
            extra = {"lead_preparer": lead_person.record.name,
                     "unit": f"{C.GRADES[grade]}{'下' if w.second else '上'}册 {topic}",
                     "key_points": "；".join(rng.sample(C.COLLECTIVE_KEY_POINTS, 2))}
        elif kind is A.ROTATION:
            extra = {"sending_school": host.record.name, "receiving_school": fill["partner"],
                     "subject": subject, "dates": f"{day.isoformat()}至{w.semester.end.isoformat()}"}
        elif kind is A.OUTREACH:
            extra = {"receiving_school": venue.record.name}
        if kind is A.STUDENT_EXCHANGE:
            students += rng.randint(60, 240)
        reached = {A.LECTURE: (30, 150), A.HOMEROOM_EXCHANGE: (20, 60), A.ROTATION: (2, 6),
                   A.PRINCIPAL_FORUM: (8, 30), A.STUDENT_EXCHANGE: (6, 20)}.get(kind, (12, 80))
        place = (rng.choice(C.ONLINE_PLACES) if mode is Mode.ONLINE
                 else venue.record.name + rng.choice(C.ONSITE_ROOMS))
        a = Activity(uuid=uuid, host_school=host.record.uuid,
                     schools=[s.record.uuid for s in partners], type=kind, title=title,
                     activity_date=day, start_time=start, end_time=end, place=place, mode=mode,
                     participants=parts, teachers_reached=max(len(parts), rng.randint(*reached)),
                     students_reached=students, agenda=agenda, notes=notes, outcomes=outcomes,
                     extra=extra)
        a.owner_school = host.record.uuid
        a.created_at = a.updated_at = timestamp(rng, day, self.demo.today)
        return a

    def _pick(self, school, subject: str, strong: bool = False) -> Person:
        """A teacher of ``school``, of ``subject`` when there is one; the stronger if asked."""
        rng = self.rng
        pool = school.by_subject.get(subject) or school.active
        if strong:
            return max(rng.sample(pool, min(3, len(pool))), key=lambda p: p.skill)
        return rng.choice(pool)
