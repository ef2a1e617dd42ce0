"""Catalog searches a cache cannot answer: every request asks for words no earlier request asked for.

Usage: distinct_searches.py <database> > queries.txt
Writes one URL-encoded query a line for bench/distinct_searches.lua, which wrk sends (keep-alive, as hey does for the
other pages). Queries are one or two words drawn (fixed seed) from the generated titles, a fifth of them with one letter
dropped, as typed by someone in a hurry.
"""
import random
import sqlite3
import sys
import urllib.parse

QUERIES = 200_000


def vocabulary(database: str) -> list[str]:
    words = set()
    for (title,) in sqlite3.connect(database).execute("SELECT Title FROM Titles ORDER BY Id LIMIT 20000"):
        words.update(word.strip(".,:;!?'\"()").lower() for word in title.split() if len(word) > 3)
    return sorted(word for word in words if word.isalpha())


def main(database: str) -> None:
    words = vocabulary(database)
    rng = random.Random(8)
    seen = set()
    while len(seen) < QUERIES:
        query = " ".join(rng.sample(words, rng.choice((1, 2, 2))))
        if rng.random() < 0.2:
            cut = rng.randrange(1, len(query))
            query = query[:cut] + query[cut + 1:]
        if query not in seen:
            seen.add(query)
            print(urllib.parse.quote(query))


if __name__ == "__main__":
    main(sys.argv[1])
