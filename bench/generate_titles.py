"""Adds N generated titles (valid ISBN-13s, reviews on a tenth of them) to a seeded LibraryPersonalization SQLite database."""
import random
import sqlite3
import sys

GENRES = ["Fantasy", "Science Fiction", "Mystery", "Historical Fiction", "Realistic Fiction", "Graphic Novel",
          "Poetry", "Science", "History", "Biography", "Technology", "Art", "Sports", "Mathematics"]
WORDS = ["river", "shadow", "garden", "engine", "winter", "signal", "harbor", "atlas", "ember", "orbit",
         "lantern", "meadow", "cipher", "summit", "echo", "voyage", "canyon", "spark", "tide", "forest"]
NAMES = ["Avery", "Jordan", "Rivera", "Nguyen", "Okafor", "Patel", "Larsen", "Moreau", "Kim", "Haddad"]


def isbn13(serial: int) -> str:
    body = f"979{serial:09d}"
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def main(path: str, count: int) -> None:
    rng = random.Random(42)
    db = sqlite3.connect(path)
    students = [row[0] for row in db.execute(
        "SELECT u.Id FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id "
        "JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE r.Name = 'Student'")]
    # Older schemas (before the rating totals) have no RatingCount/RatingTotal columns: the script fills what exists.
    has_totals = any(column[1] == "RatingCount" for column in db.execute("PRAGMA table_info(Titles)"))
    for serial in range(count):
        title = f"The {rng.choice(WORDS).title()} of {rng.choice(WORDS).title()} {serial}"
        author = f"{rng.choice(NAMES)} {rng.choice(NAMES)}"
        columns = "Title, Author, Isbn, Genre, Subjects, Year, Publisher, Summary" + (", RatingCount, RatingTotal" if has_totals else "")
        values = [title, author, isbn13(serial), rng.choice(GENRES), ", ".join(rng.sample(WORDS, 2)),
                  rng.randint(1950, 2025), "Bench Press", "A generated title for load testing."] + ([0, 0] if has_totals else [])
        cursor = db.execute(f"INSERT INTO Titles ({columns}) VALUES ({', '.join('?' * len(values))})", values)
        if serial % 10 == 0:
            rating = rng.randint(1, 5)
            if has_totals:
                db.execute("UPDATE Titles SET RatingCount = 1, RatingTotal = ? WHERE Id = ?", (rating, cursor.lastrowid))
            db.execute(
                "INSERT INTO Reviews (TitleId, AuthorId, AuthorName, Rating, Text, Status, CreatedAt) VALUES (?,?,?,?,?,?,?)",
                (cursor.lastrowid, rng.choice(students), "Bench Reader", rating, "Generated.", "Published",
                 "2026-01-01 00:00:00"))
    db.commit()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
