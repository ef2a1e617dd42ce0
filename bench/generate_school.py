"""Grows the seeded demo school in a LibraryPersonalization SQLite database into a large one, for load tests.

Usage: python3 bench/generate_school.py <database> [titles] [students] [staff]   (defaults 100000, 3000, 150)

Deterministic (fixed seed; dates count back from the run's current week): 100,000 titles with Zipf-distributed words,
valid ISBN-13s and a few accented words, 3,000 students and 150 staff (teachers and a few librarians) who sign in
with the demo password, and a school year of activity in every slice the schema has: reviews and rating totals,
book requests with supporters, votes and comments, shelves, tags, zone and media-lab bookings, help tickets with
replies, followers and FAQ feedback, tutorials with revisions, topics, ratings, comments and requests, notifications,
volume changes and audit rows. Learner profiles and equipment checkouts have no tables yet, so none are generated.
Every title gets a CatalogIndexChanges row, so the search index catches up. Run it after the site has created and
seeded the database, then restart the site.
"""
import itertools
import random
import sqlite3
import sys
import time as clock
import unicodedata
import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SCHOOL = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
WEEKDAYS = {"Sunday": 6, "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5}

ADJECTIVES = """last lost secret dark silent hidden golden broken wild little first bright burning forgotten long
invisible frozen crimson quiet brave strange final midnight ancient hollow electric endless iron restless fearless
silver stolen distant sleeping wandering shattered glass paper deep velvet curious unlikely true open""".split()
NOUNS = """river house girl boy night city world moon star island forest shadow garden war king queen heart sea storm
secret key dragon door road sky fire wolf song letter map promise summer winter mountain light ghost clock tower
ship crown witch bridge machine robot planet ocean kingdom truth daughter son friend game school library
museum café journey market lantern mirror orchard harbor signal engine atlas ember orbit cipher summit voyage canyon
spark tide meadow""".split()
PLACES = """Paris Tokyo Lagos Brooklyn Oaxaca Mumbai Oslo Cairo Chicago Montréal Reykjavík São\u00a0Paulo Kyoto Nairobi
Havana Seoul Dublin Bogotá Hanoi Lima""".replace("\u00a0", " ").split()
FIRST = """Ava Ben Chloé Dev Emma Finn Grace Hugo Isla Jai Kai Lena Milo Nia Omar Pia Rosa Sam Theo Uma Vik Wren
Yara Zoë José Renée François Björn Amara Kenji Priya Diego Noor Tyler Liam Sofia Eli Ana Maya Jonah Zara Mateo Leila
Ines Oskar Aiyana Tomás Mei Arjun""".split()
LAST = """Adams Bauer Costa Dubois Evans Fischer García Hughes Ito Jensen Khan López Mensah Novak Okafor Patel Quinn
Rivera Schmidt Tanaka Umar Vasquez Walker Xu Yilmaz Zhang Müller Nguyen Kim Haddad Larsen Moreau Chen Brooks
Natarajan Ramos Okeke Santos Ferreira Kowalski Andersson Mbeki O'Brien Sato Rossi Cohen Ahmed""".split()
GENRES = ["Fantasy", "Realistic Fiction", "Mystery", "Science Fiction", "Graphic Novel", "Historical Fiction",
          "Adventure", "Science", "History", "Biography", "Sports", "Horror", "Poetry", "Technology", "Art",
          "Mathematics", "Health", "Games", "Classics"]
SUBJECTS = """friendship family courage magic school identity survival mystery space animals history science war
immigration sports music art technology nature climate dragons robots time-travel mythology poetry humor coding
oceans ghosts detectives cooking Pokémon café-culture grief first-love resilience justice inventors""".split()
PUBLISHERS = ["Scholastic", "Penguin Random House", "HarperCollins", "Simon & Schuster", "Macmillan", "Hachette",
              "Candlewick", "Chronicle Books", "Abrams", "Lee & Low", "Groundwood", "Éditions Gallimard", "Tundra",
              "First Second", "Graphix", "Workman", "National Geographic Kids", "DK", "Usborne", "Kids Can Press"]
LEVELS = ["9-12", "6-8", "3-5", "K-2"]
VERBS = """find save escape solve protect cross build decode survive win steal outwit rescue map rebuild remember""".split()
EVENTS = """the festival begins|winter closes the pass|the tide turns|the library closes for good|the last train leaves|
the championship final|the eclipse|the election|the storm reaches the coast|graduation|the Pokémon tournament|
the café opens""".replace("\n", "").split("|")
SERIES = [f"{a.title()} {n.title()}" for a, n in itertools.islice(itertools.product(ADJECTIVES, NOUNS), 7, 2000, 9)]
# Cumulative shares: a quarter of titles are "The Adjective Noun", and so on.
TITLE_PATTERNS = [(0.25, "The {a} {n}"), (0.40, "The {n} of {place}"), (0.55, "{first} and the {a} {n}"), (0.68, "A {n} Called {o}"),
                  (0.80, "How to {verb} a {n}"), (0.90, "{n}s and {o}s"), (1.01, "The {a} {n} of {o}")]
REVIEW_TEXTS = ["Couldn't put it down.", "The ending surprised me.", "Slow start but the characters grew on me.",
                "Perfect for a rainy weekend.", "I read it for class and then kept going.", "The dragon scenes are the best part.",
                "Too long in the middle.", "My whole book club loved it.", "Great audiobook too.", "Better than the film."]
TAGS = ["funny", "sad", "page-turner", "for-class", "slow-burn", "must-read", "scary", "cozy", "twisty", "inspiring",
        "graphic", "short", "long", "series", "award", "café-read", "pokémon", "dragons", "space", "sports"]
TICKET_SUBJECTS = ["Can't find a book on the shelf", "Sources for my history project", "Printer says out of paper",
                   "Video export is blurry", "Forgot my password", "How do I cite an interview?", "Podcast booth echo",
                   "Is there a café-style study room?", "Pokémon club meeting space", "Renew an overdue book",
                   "Green screen colours look wrong", "Database login from home", "3D printer queue"]
CATEGORIES = ["FindingBooks", "Research", "Technology", "MediaLab", "Makerspace", "Accounts"]
TOPICS = ["citations", "research", "video", "podcast", "coding", "3d-printing", "databases", "presentations",
          "photography", "green-screen", "mla", "apa", "spreadsheets", "animation", "sound", "robotics"]
AUDIT_ACTIONS = ["Collection.ApproveReview", "Collection.DecideBookRequest", "HelpDesk.ReplyToTicket",
                 "Bookings.ApproveBooking", "Ecosystem.SetVolume", "Tutorials.PublishTutorial", "Accounts.CreateAccount"]


def zipf(words: list[str], exponent: float = 1.07) -> list[float]:
    return [1 / (rank + 1) ** exponent for rank in range(len(words))]


def text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def fold(value: str) -> str:
    """SearchFolding.Fold: NFC, then upper case."""
    return unicodedata.normalize("NFC", value).upper()


def isbn13(serial: int) -> str:
    body = f"9798{serial:08d}"
    return body + str((10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10)


class School:
    def __init__(self, db: sqlite3.Connection, seed: int = 8) -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.now = datetime.now(SCHOOL).replace(hour=12, minute=0, second=0, microsecond=0)
        self.year_start = self.now - timedelta(days=330)
        self.adjective_weights, self.noun_weights = zipf(ADJECTIVES), zipf(NOUNS)
        self.subject_weights, self.publisher_weights = zipf(SUBJECTS), zipf(PUBLISHERS, 0.8)
        self.genre_weights = zipf(GENRES, 0.9)

    def pick(self, words: list[str], weights: list[float]) -> str:
        return self.rng.choices(words, weights)[0]

    def when(self, start: datetime | None = None, end: datetime | None = None) -> datetime:
        start, end = start or self.year_start, end or self.now
        return start + timedelta(seconds=self.rng.randrange(max(1, int((end - start).total_seconds()))))

    def person(self, i: int) -> str:
        return f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"

    # People ---------------------------------------------------------------------------------------------------

    def add_people(self, students: int, staff: int) -> None:
        db = self.db
        columns = [row[1] for row in db.execute("PRAGMA table_info(AspNetUsers)")]
        template = dict(zip(columns, db.execute("SELECT * FROM AspNetUsers WHERE Email = 'maya@school.test'").fetchone()))
        roles = dict(db.execute("SELECT Name, Id FROM AspNetRoles"))
        librarians = max(3, staff // 30)
        people = ([(f"bench.student{i}@school.test", f"{self.person(i)} {i}", "Student", self.rng.choice(["9", "10", "11", "12"]))
                   for i in range(students)]
                  + [(f"bench.librarian{i}@school.test", f"Librarian {self.person(i + 3)}", "Librarian", None) for i in range(librarians)]
                  + [(f"bench.teacher{i}@school.test", f"Teacher {self.person(i + 11)}", "Teacher", None) for i in range(staff - librarians)])
        rows, memberships = [], []
        for i, (email, name, role, grade) in enumerate(people):
            row = dict(template)
            user_id = str(uuid.UUID(int=0xBE0C0000000000000000000000000000 + i))
            row.update(Id=user_id, UserName=email, NormalizedUserName=email.upper(), Email=email, NormalizedEmail=email.upper(),
                       DisplayName=name, NormalizedDisplayName=fold(name), GradeLevel=grade,
                       SecurityStamp=uuid.UUID(int=self.rng.getrandbits(128)).hex.upper(), ConcurrencyStamp=str(uuid.UUID(int=i + 7)))
            rows.append([row[c] for c in columns])
            memberships.append((user_id, roles[role]))
        db.executemany(f"INSERT INTO AspNetUsers ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
        db.executemany("INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES (?, ?)", memberships)
        everyone = db.execute(
            "SELECT u.Id, u.DisplayName, r.Name FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId ORDER BY u.Email").fetchall()
        self.students = [(i, n) for i, n, r in everyone if r == "Student"]
        self.teachers = [(i, n) for i, n, r in everyone if r == "Teacher"]
        self.librarians = [(i, n) for i, n, r in everyone if r == "Librarian"]
        self.staff = self.teachers + self.librarians
        self.everyone = self.students + self.staff
        designations = [(student, element, designation, self.librarians[0][0], text(self.year_start))
                        for (student, _), (element, designation) in zip(self.rng.sample(self.students[:-20], 90),
                                                                        itertools.cycle([("Collection", "SelectionCommittee"), ("MediaLab", "Expert"),
                                                                                         ("HelpCenter", "Expert"), ("PhysicalSpace", "Expert")]))]
        db.executemany("INSERT OR IGNORE INTO StudentDesignations (StudentId, Element, Designation, GrantedById, GrantedAt) VALUES (?,?,?,?,?)", designations)

    # Collection -----------------------------------------------------------------------------------------------

    def title_text(self) -> str:
        pattern = self.rng.random()
        template = next(template for share, template in TITLE_PATTERNS if pattern < share)
        return template.format(a=self.pick(ADJECTIVES, self.adjective_weights).title(), n=self.pick(NOUNS, self.noun_weights).title(),
                               o=self.pick(NOUNS, self.noun_weights).title(), place=self.rng.choice(PLACES), first=self.rng.choice(FIRST),
                               verb=self.rng.choice(VERBS).title())

    def add_titles(self, count: int) -> None:
        db = self.db
        taken = {row[0] for row in db.execute("SELECT Isbn FROM Titles")}
        first_id = db.execute("SELECT COALESCE(MAX(Id), 0) FROM Titles").fetchone()[0] + 1
        rows, serial = [], 0
        for i in range(count):
            while isbn13(serial) in taken:
                serial += 1
            isbn, serial = isbn13(serial), serial + 1
            genre = self.pick(GENRES, self.genre_weights)
            subjects = ", ".join(dict.fromkeys(self.pick(SUBJECTS, self.subject_weights) for _ in range(self.rng.randint(1, 4))))
            hero, verb, noun = self.rng.choice(FIRST), self.rng.choice(VERBS), self.pick(NOUNS, self.noun_weights)
            summary = (f"{hero}, a {self.pick(ADJECTIVES, self.adjective_weights)} {self.rng.choice(['student', 'detective', 'inventor', 'apprentice', 'goalkeeper', 'poet'])} "
                       f"from {self.rng.choice(PLACES)}, must {verb} the {noun} before {self.rng.choice(EVENTS)}. "
                       f"A story about {subjects.split(', ')[0]} and {self.pick(SUBJECTS, self.subject_weights)}.")
            in_series = self.rng.random() < 0.15
            series = self.rng.choice(SERIES) if in_series else None
            year = min(2026, int(2026 - self.rng.expovariate(1 / 12)))
            rows.append((first_id + i, self.title_text() + (f" (#{self.rng.randint(1, 7)})" if in_series else ""),
                         f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}", isbn, genre, subjects, max(1900, year),
                         self.pick(PUBLISHERS, self.publisher_weights), summary, self.rng.choices(LEVELS, [4, 3, 2, 1])[0], series))
        db.executemany("INSERT INTO Titles (Id, Title, Author, Isbn, Genre, Subjects, Year, Publisher, Summary, RatingCount, RatingTotal, ReadingLevel, Series) "
                       "VALUES (?,?,?,?,?,?,?,?,?,0,0,?,?)", rows)
        db.executemany("INSERT INTO CatalogIndexChanges (TitleId) VALUES (?)", ((row[0],) for row in rows))
        self.title_ids = [row[0] for row in db.execute("SELECT Id FROM Titles ORDER BY Id")]
        # Popular titles get most of the reviews, tags and shelf places: a Zipf rank over a shuffled order.
        self.popular = self.title_ids[:]
        self.rng.shuffle(self.popular)
        self.popular_weights = list(itertools.accumulate(zipf(self.popular, 0.9)))

    def popular_title(self) -> int:
        return self.rng.choices(self.popular, cum_weights=self.popular_weights)[0]

    def add_reviews(self, count: int) -> None:
        seen, rows = set(), []
        while len(rows) < count:
            title, (author, name) = self.popular_title(), self.rng.choice(self.students)
            if (title, author) in seen:
                continue
            seen.add((title, author))
            status = self.rng.choices(["Published", "Pending", "Rejected"], [90, 7, 3])[0]
            at = self.when()
            rows.append((title, author, name, self.rng.choices([1, 2, 3, 4, 5], [1, 2, 5, 9, 8])[0],
                         " ".join(self.rng.sample(REVIEW_TEXTS, 2)), status, text(at),
                         None if status == "Pending" else self.librarians[0][0], None if status == "Pending" else text(at + timedelta(hours=3))))
        self.db.executemany("INSERT OR IGNORE INTO Reviews (TitleId, AuthorId, AuthorName, Rating, Text, Status, CreatedAt, ModeratedById, ModeratedAt) "
                            "VALUES (?,?,?,?,?,?,?,?,?)", rows)
        self.db.execute("UPDATE Titles SET RatingCount = r.c, RatingTotal = r.t FROM (SELECT TitleId, COUNT(*) c, SUM(Rating) t FROM Reviews "
                        "WHERE Status = 'Published' GROUP BY TitleId) r WHERE r.TitleId = Titles.Id")

    def add_requests(self, count: int) -> None:
        db, term = self.db, db_term(self.db)
        statuses = ["Submitted", "UnderReview", "Approved", "Ordered", "Received", "Declined", "Withdrawn"]
        supporters, votes, comments = [], [], []
        for i in range(count):
            title, author = self.title_text(), f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            status = self.rng.choices(statuses, [30, 15, 10, 8, 20, 12, 5])[0]
            submitted = self.when()
            key = f"ta:{''.join(c for c in (title + ' ' + str(i)).upper() if c.isalnum())}|{''.join(c for c in author.upper() if c.isalnum())}"
            decided = self.rng.choice(self.librarians) if status in ("Approved", "Ordered", "Received", "Declined") else None
            cursor = db.execute(
                "INSERT INTO BookRequests (Title, Author, Isbn, Reason, Term, Status, SubmittedAt, StatusChangedAt, OpenKey, EstimatedCost, DeclineReason, "
                "DecidedById, DecidedByName, DecidedByCommittee, Version) VALUES (?,?,NULL,?,?,?,?,?,?,?,?,?,?,0,0)",
                (f"{title} {i}", author, f"Our {self.rng.choice(SUBJECTS)} class wants more books like this.", term, status, text(submitted),
                 text(submitted + timedelta(days=self.rng.randint(0, 20))), key if status not in ("Received", "Declined", "Withdrawn") else None,
                 f"{self.rng.randint(8, 45)}.99", "Outside our budget this term." if status == "Declined" else None,
                 decided[0] if decided else None, decided[1] if decided else None))
            request_id = cursor.lastrowid
            for student, name in self.rng.sample(self.students, self.rng.randint(1, 3)):
                supporters.append((request_id, student, name, text(submitted)))
            for voter, _ in self.rng.sample(self.everyone, min(400, int(self.rng.paretovariate(1.2) * 3))):
                votes.append((request_id, voter, text(self.when(submitted))))
            for _ in range(self.rng.choices([0, 1, 2, 5], [5, 3, 2, 1])[0]):
                author_id, author_name = self.rng.choice(self.everyone)
                comments.append((request_id, author_id, author_name, self.rng.choice(REVIEW_TEXTS), text(self.when(submitted))))
        db.executemany("INSERT OR IGNORE INTO BookRequestSupporters (RequestId, StudentId, StudentName, JoinedAt) VALUES (?,?,?,?)", supporters)
        db.executemany("INSERT OR IGNORE INTO RequestVotes (RequestId, VoterId, CastAt) VALUES (?,?,?)", votes)
        db.execute("UPDATE BookRequests SET VoteCount = v.c FROM (SELECT RequestId, COUNT(*) c FROM RequestVotes GROUP BY RequestId) v "
                   "WHERE v.RequestId = BookRequests.Id")
        db.executemany("INSERT INTO RequestComments (RequestId, AuthorId, AuthorName, Text, CreatedAt) VALUES (?,?,?,?,?)", comments)

    def add_shelves_and_tags(self, shelves: int, tags: int) -> None:
        db, items = self.db, set()
        for i in range(shelves):
            curator, name = self.rng.choice(self.students)
            at = self.when()
            shelf = db.execute("INSERT INTO Shelves (Name, Description, CuratorId, CuratorName, CreatedAt) VALUES (?,?,?,?,?)",
                               (f"{self.rng.choice(TAGS).title()} {self.pick(NOUNS, self.noun_weights)} reads {i}", "Books I'd hand a friend.", curator, name, text(at))).lastrowid
            items.update((shelf, self.popular_title(), text(self.when(at))) for _ in range(self.rng.randint(2, 20)))
        db.executemany("INSERT OR IGNORE INTO ShelfItems (ShelfId, TitleId, AddedAt) VALUES (?,?,?)", items)
        rows = []
        for _ in range(tags):
            person, name = self.rng.choice(self.everyone)
            rows.append((self.popular_title(), self.rng.choice(TAGS), person, name, text(self.when()), int(self.rng.random() < 0.7)))
        db.executemany("INSERT OR IGNORE INTO TitleTags (TitleId, Tag, AddedById, AddedByName, AddedAt, CheckedByStaff) VALUES (?,?,?,?,?,?)", rows)

    # Bookings -------------------------------------------------------------------------------------------------

    def add_bookings(self, per_slot_share: float) -> int:
        db = self.db
        resources = db.execute("SELECT Id, Seats, SlotMinutes FROM BookableResources WHERE Retired = 0 ORDER BY Id").fetchall()
        hours = {(r, WEEKDAYS[d]): (time.fromisoformat(o), time.fromisoformat(c)) for r, d, o, c in db.execute("SELECT ResourceId, Day, Opens, Closes FROM OpeningHours")}
        rows, today = [], self.now.date()
        first = self.year_start.date()
        for offset in range((today - first).days + 15):
            day = first + timedelta(days=offset)
            for resource, seats, slot in resources:
                if (resource, day.weekday()) not in hours:
                    continue
                opens, closes = hours[(resource, day.weekday())]
                start = datetime.combine(day, opens, SCHOOL)
                while start + timedelta(minutes=2 * slot) <= datetime.combine(day, closes, SCHOOL):
                    for _ in range(int(seats * per_slot_share * self.rng.random())):
                        holder, name = self.rng.choice(self.students)
                        end = start + timedelta(minutes=slot * self.rng.choice([1, 2]))
                        past = end < self.now
                        status = self.rng.choices(["CheckedIn", "NoShow", "Cancelled"], [85, 8, 7])[0] if past else self.rng.choices(["Confirmed", "Requested"], [9, 1])[0]
                        rows.append((resource, holder, name, holder, text(start), text(end), status, text(start - timedelta(days=self.rng.randint(0, 10))),
                                     text(start + timedelta(minutes=3)) if status == "CheckedIn" else None))
                    start += timedelta(minutes=2 * slot)
        for teacher, name in self.rng.sample(self.teachers, min(40, len(self.teachers))):
            for week in range(0, (today - first).days // 7, 3):
                day = first + timedelta(days=7 * week + self.rng.randint(0, 4))
                start = datetime.combine(day, time(10, 0), SCHOOL)
                rows.append((2, teacher, name, teacher, text(start), text(start + timedelta(hours=1)), "Confirmed" if start > self.now else "CheckedIn",
                             text(start - timedelta(days=7)), None))
        db.executemany("INSERT INTO Bookings (ResourceId, HolderId, HolderName, BookedById, Start, End, Seats, Status, CreatedAt, CheckedInAt) "
                       "VALUES (?,?,?,?,?,?,1,?,?,?)", rows)
        return len(rows)

    # Help center ----------------------------------------------------------------------------------------------

    def add_help(self, tickets: int, faqs: int) -> None:
        db = self.db
        replies, followers = [], set()
        for i in range(tickets):
            asker, asker_name = self.rng.choice(self.students) if self.rng.random() < 0.85 else self.rng.choice(self.teachers)
            created = self.when()
            status = self.rng.choices(["Open", "Answered", "Resolved", "Merged"], [10, 15, 70, 5])[0]
            first_reply = created + timedelta(minutes=self.rng.randint(5, 3000)) if status != "Open" else None
            resolved = first_reply + timedelta(hours=self.rng.randint(1, 72)) if status == "Resolved" else None
            subject = self.rng.choice(TICKET_SUBJECTS)
            ticket = db.execute(
                "INSERT INTO HelpTickets (AskerId, AskerName, Subject, Question, Category, Shareable, Status, CreatedAt, FirstReplyAt, ResolvedAt, Version) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,0)",
                (asker, asker_name, f"{subject} ({i})", f"{subject}. I tried the usual things and it still does not work, what should I do?",
                 self.rng.choice(CATEGORIES), int(self.rng.random() < 0.4), status, text(created),
                 text(first_reply) if first_reply else None, text(resolved) if resolved else None)).lastrowid
            if first_reply:
                for k in range(self.rng.randint(1, 4)):
                    by_student = self.rng.random() < 0.25
                    author, name = self.rng.choice(self.students if by_student else self.staff)
                    replies.append((ticket, author, name, int(by_student), 0, "Try the steps on the FAQ page, then come to the desk if it persists.",
                                    int(not by_student and self.rng.random() < 0.1), text(first_reply + timedelta(hours=k))))
            if self.rng.random() < 0.1:
                follower, name = self.rng.choice(self.students)
                followers.add((ticket, follower, name))
        db.executemany("INSERT INTO TicketReplies (TicketId, AuthorId, AuthorName, ByStudent, FromAsker, Text, Internal, CreatedAt) VALUES (?,?,?,?,?,?,?,?)", replies)
        db.executemany("INSERT OR IGNORE INTO TicketFollowers (TicketId, UserId, UserName) VALUES (?,?,?)", followers)
        feedback = set()
        for i in range(faqs):
            question = f"How do I {self.rng.choice(VERBS)} a {self.pick(NOUNS, self.noun_weights)} in the {self.rng.choice(['library', 'media lab', 'café corner', 'makerspace'])}? ({i})"
            answer = "Ask at the desk or follow the steps posted beside it; the Pokémon club meets on Thursdays."
            status = self.rng.choices(["Published", "Suggested"], [9, 1])[0]
            entry = db.execute("INSERT INTO FaqEntries (Question, Answer, SearchText, Category, Status, CreatedAt, HelpfulCount, NotHelpfulCount) VALUES (?,?,?,?,?,?,0,0)",
                               (question, answer, fold(f"{question}\n{answer}"), self.rng.choice(CATEGORIES), status, text(self.when()))).lastrowid
            if status == "Published":
                feedback.update((entry, person, int(self.rng.random() < 0.8)) for person, _ in self.rng.sample(self.everyone, self.rng.randint(0, 60)))
        db.executemany("INSERT OR IGNORE INTO FaqFeedback (FaqEntryId, UserId, Helpful) VALUES (?,?,?)", feedback)
        db.execute("UPDATE FaqEntries SET HelpfulCount = HelpfulCount + f.y, NotHelpfulCount = NotHelpfulCount + f.n FROM "
                   "(SELECT FaqEntryId, SUM(Helpful) y, SUM(1 - Helpful) n FROM FaqFeedback GROUP BY FaqEntryId) f WHERE f.FaqEntryId = FaqEntries.Id")

    # Tutorials ------------------------------------------------------------------------------------------------

    def add_tutorials(self, count: int, requests: int) -> None:
        db = self.db
        revisions, topics, ratings, comments = [], set(), set(), []
        for i in range(count):
            by_student = self.rng.random() < 0.5
            author, name = self.rng.choice(self.students if by_student else self.staff)
            chosen = self.rng.sample(TOPICS, self.rng.randint(1, 3))
            title = f"{self.rng.choice(VERBS).title()} a {self.pick(NOUNS, self.noun_weights)} with {chosen[0]} ({i})"
            summary = f"A short walk-through for the {self.rng.choice(['media lab', 'library', 'makerspace', 'café corner'])}."
            body = "## What you need\n\nA laptop and ten minutes.\n\n## Steps\n\n" + "\n".join(f"{k}. Do step {k} carefully." for k in range(1, self.rng.randint(3, 9)))
            created = self.when()
            published = self.rng.random() < 0.85
            revision_count = self.rng.randint(1, 4)
            tutorial = db.execute(
                "INSERT INTO Tutorials (AuthorId, AuthorName, ByStudent, Title, Summary, Body, SearchText, Published, PublishedAt, CreatedAt, UpdatedAt, "
                "RatingCount, RatingTotal, LatestRevision, Version) VALUES (?,?,?,?,?,?,?,?,?,?,?,0,0,?,?)",
                (author, name, int(by_student), title, summary, body, fold(f"{title}\n{summary}\n{' '.join(chosen)}"), int(published),
                 text(created) if published else None, text(created), text(created + timedelta(days=revision_count)), revision_count, revision_count)).lastrowid
            for number in range(1, revision_count + 1):
                revisions.append((tutorial, number, title, summary, body, ", ".join(chosen), author, name, text(created + timedelta(days=number - 1))))
            topics.update((tutorial, topic) for topic in chosen)
            if published:
                for person, person_name in self.rng.sample(self.everyone, self.rng.randint(0, 40)):
                    ratings.add((tutorial, person, self.rng.randint(2, 5)))
                    if self.rng.random() < 0.2:
                        comments.append((tutorial, person, person_name, "This helped, thanks!", text(self.when(created))))
        db.executemany("INSERT INTO TutorialRevisions (TutorialId, Number, Title, Summary, Body, Topics, EditorId, EditorName, EditedAt) VALUES (?,?,?,?,?,?,?,?,?)", revisions)
        db.executemany("INSERT INTO TutorialTopics (TutorialId, Topic) VALUES (?,?)", topics)
        db.executemany("INSERT OR IGNORE INTO TutorialRatings (TutorialId, UserId, Stars) VALUES (?,?,?)", ratings)
        db.executemany("INSERT INTO TutorialComments (TutorialId, AuthorId, AuthorName, Text, CreatedAt) VALUES (?,?,?,?,?)", comments)
        db.execute("UPDATE Tutorials SET RatingCount = r.c, RatingTotal = r.t FROM (SELECT TutorialId, COUNT(*) c, SUM(Stars) t FROM TutorialRatings GROUP BY TutorialId) r "
                   "WHERE r.TutorialId = Tutorials.Id")
        votes = set()
        for i in range(requests):
            asker, name = self.rng.choice(self.students)
            request = db.execute("INSERT INTO TutorialRequests (RequesterId, RequesterName, Topic, Details, Status, VoteCount, CreatedAt) VALUES (?,?,?,?,?,0,?)",
                                 (asker, name, f"How to {self.rng.choice(VERBS)} with {self.rng.choice(TOPICS)} ({i})", None,
                                  self.rng.choices(["Open", "Planned", "Done", "Declined"], [6, 2, 2, 1])[0], text(self.when()))).lastrowid
            votes.update((request, voter) for voter, _ in self.rng.sample(self.everyone, min(200, int(self.rng.paretovariate(1.3) * 2))))
        db.executemany("INSERT OR IGNORE INTO TutorialRequestVotes (TutorialRequestId, UserId) VALUES (?,?)", votes)
        db.execute("UPDATE TutorialRequests SET VoteCount = v.c FROM (SELECT TutorialRequestId, COUNT(*) c FROM TutorialRequestVotes GROUP BY TutorialRequestId) v "
                   "WHERE v.TutorialRequestId = TutorialRequests.Id")

    # Shell ----------------------------------------------------------------------------------------------------

    def add_notifications_volumes_and_audit(self, notifications: int, audit: int) -> None:
        db = self.db
        rows = []
        for _ in range(notifications):
            person, _ = self.rng.choice(self.everyone)
            at = self.when()
            rows.append((person, "Your book request moved to Under review.", "/requests", text(at), text(at + timedelta(days=1)) if self.rng.random() < 0.8 else None))
        db.executemany("INSERT INTO Notifications (UserId, Message, Link, CreatedAt, ReadAt) VALUES (?,?,?,?,?)", rows)
        librarian, name = self.librarians[0]
        changes, volumes = [], {}
        for element, steps in [("Collection", ["Cocreated", "StudentGenerated"]), ("PhysicalSpace", ["Cocreated"]), ("MediaLab", ["Cocreated"]),
                               ("HelpCenter", ["Cocreated", "StudentGenerated"]), ("TutorialsAndDemos", ["Cocreated", "StudentGenerated"])]:
            before = "LibrarianGenerated"
            for step in steps:
                at = self.when(self.year_start, self.year_start + timedelta(days=60))
                changes.append((element, before, step, "Students are ready for more agency.", librarian, name, text(at)))
                before, volumes[element] = step, (step, text(at))
        db.executemany('INSERT INTO VolumeChanges (Element, "From", "To", Reason, ChangedById, ChangedByName, ChangedAt) VALUES (?,?,?,?,?,?,?)', changes)
        known = {row[0] for row in db.execute("SELECT Element FROM ElementVolumes")}
        db.executemany("UPDATE ElementVolumes SET Volume = ?, ChangedAt = ? WHERE Element = ?", [(v, at, e) for e, (v, at) in volumes.items() if e in known])
        rows = []
        for _ in range(audit):
            actor, actor_name = self.rng.choice(self.staff)
            rows.append((actor, actor_name, self.rng.choice(AUDIT_ACTIONS), '{"Id":' + str(self.rng.randint(1, 5000)) + '}', text(self.when())))
        db.executemany("INSERT INTO AuditEntries (ActorId, ActorName, Action, Details, At) VALUES (?,?,?,?,?)", sorted(rows, key=lambda row: row[4]))


def db_term(db: sqlite3.Connection) -> str:
    return db.execute("SELECT CurrentTerm FROM CollectionSettings LIMIT 1").fetchone()[0]


def main(path: str, titles: int, students: int, staff: int) -> None:
    started = clock.monotonic()
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    if db.execute("SELECT COUNT(*) FROM AspNetUsers WHERE Email LIKE 'bench.%'").fetchone()[0]:
        sys.exit(f"{path} already holds a generated school: start from a fresh database.")
    school = School(db)
    school.add_people(students, staff)
    school.add_titles(titles)
    school.add_reviews(titles * 3 // 5)
    school.add_requests(students // 2)
    school.add_shelves_and_tags(students // 5, titles // 5)
    bookings = school.add_bookings(0.5)
    school.add_help(students * 2, 300)
    school.add_tutorials(600, 400)
    school.add_notifications_volumes_and_audit(students * 10, 30_000)
    db.commit()
    counts = {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in
              ["Titles", "AspNetUsers", "Reviews", "BookRequests", "RequestVotes", "RequestComments", "ShelfItems", "TitleTags", "HelpTickets",
               "TicketReplies", "FaqFeedback", "Tutorials", "TutorialRatings", "TutorialRequestVotes", "Notifications", "AuditEntries", "CatalogIndexChanges"]}
    db.close()
    print(f"generated in {clock.monotonic() - started:.0f} s: {bookings} bookings, " + ", ".join(f"{count} {table}" for table, count in counts.items()))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(arguments[0], *(int(value) for value in arguments[1:4]), *([100_000, 3000, 150][len(arguments) - 1:]))
