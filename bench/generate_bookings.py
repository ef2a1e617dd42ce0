"""Adds N students and a school week of learning-zone and media-lab bookings to a seeded LibraryPersonalization SQLite database.

Deterministic: the same N gives the same students and bookings. Students are copies of a demo student's row (so every
Identity column the schema has is filled) with their own ids, names and e-mails; they share the demo password.
Bookings respect each resource's opening hours, slot length and seats, in the school's time zone.
"""
import sqlite3
import sys
import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SCHOOL = ZoneInfo("America/New_York")
FIRST = ["Ava", "Ben", "Chloe", "Dev", "Emma", "Finn", "Grace", "Hugo", "Isla", "Jai", "Kai", "Lena", "Milo", "Nia", "Omar", "Pia"]
LAST = ["Adams", "Bauer", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan", "Lopez", "Mensah", "Novak"]
WEEKDAYS = {"Sunday": 6, "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5}


def utc_text(day: date, at: time) -> str:
    local = datetime.combine(day, at, SCHOOL)
    return local.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M:%S")


def add_students(db: sqlite3.Connection, count: int) -> list[tuple[str, str]]:
    columns = [row[1] for row in db.execute("PRAGMA table_info(AspNetUsers)")]
    template = db.execute("SELECT * FROM AspNetUsers WHERE Email = 'maya@school.test'").fetchone()
    role = db.execute("SELECT Id FROM AspNetRoles WHERE Name = 'Student'").fetchone()[0]
    students = []
    for i in range(count):
        row = dict(zip(columns, template))
        email = f"bench.student{i}@school.test"
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}"
        user_id = str(uuid.UUID(int=0xBE0C0000000000000000000000000000 + i))
        row.update(Id=user_id, UserName=email, NormalizedUserName=email.upper(), Email=email, NormalizedEmail=email.upper(),
                   DisplayName=name, SecurityStamp=str(uuid.UUID(int=i + 1)), ConcurrencyStamp=str(uuid.UUID(int=i + 2)))
        if "NormalizedDisplayName" in row:
            row["NormalizedDisplayName"] = name.upper()
        db.execute(f"INSERT INTO AspNetUsers ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", [row[c] for c in columns])
        db.execute("INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES (?, ?)", (user_id, role))
        students.append((user_id, name))
    return students


def add_week_of_bookings(db: sqlite3.Connection, students: list[tuple[str, str]], monday: date) -> int:
    resources = db.execute("SELECT Id, Seats, SlotMinutes FROM BookableResources WHERE Retired = 0 ORDER BY Id").fetchall()
    hours = {}
    for resource_id, day_name, opens, closes in db.execute("SELECT ResourceId, Day, Opens, Closes FROM OpeningHours"):
        hours[(resource_id, WEEKDAYS[day_name])] = (time.fromisoformat(opens), time.fromisoformat(closes))
    taken: dict[tuple[int, date, time], int] = {}
    written = 0
    for i, (student_id, name) in enumerate(students):
        day = monday + timedelta(days=i % 5)
        for attempt in range(len(resources)):
            resource_id, seats, slot = resources[(i + attempt) % len(resources)]
            if (resource_id, day.weekday()) not in hours:
                continue
            opens, closes = hours[(resource_id, day.weekday())]
            slots = int((datetime.combine(day, closes) - datetime.combine(day, opens)).total_seconds() // 60 // slot) - 1
            if slots < 1:
                continue
            start = (datetime.combine(day, opens) + timedelta(minutes=slot * ((i * 7) % slots))).time()
            parts = [(datetime.combine(day, start) + timedelta(minutes=slot * k)).time() for k in range(2)]
            if all(taken.get((resource_id, day, part), 0) < seats for part in parts):
                for part in parts:
                    taken[(resource_id, day, part)] = taken.get((resource_id, day, part), 0) + 1
                end = (datetime.combine(day, start) + timedelta(minutes=2 * slot)).time()
                db.execute(
                    "INSERT INTO Bookings (ResourceId, HolderId, HolderName, BookedById, Start, End, Seats, Status, CreatedAt) "
                    "VALUES (?, ?, ?, ?, ?, ?, 1, 'Confirmed', ?)",
                    (resource_id, student_id, name, student_id, utc_text(day, start), utc_text(day, end), utc_text(monday, time(7, 0))))
                written += 1
                break
    return written


def main(path: str, count: int) -> None:
    db = sqlite3.connect(path)
    today = datetime.now(SCHOOL).date()
    monday = today - timedelta(days=today.weekday())
    students = add_students(db, count)
    written = add_week_of_bookings(db, students, monday)
    db.commit()
    print(f"{count} students, {written} bookings in the week of {monday}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
