"""Catalog searches a cache cannot answer: every request asks for words no earlier request asked for.

Usage: distinct_searches.py <database> <base url> <cookie> <connections> <seconds>
Prints one line as run.sh's measure() does: "rps p50 p95 p99 codes". Queries are one or two words drawn (fixed seed)
from the generated titles, a fifth of them with one letter dropped, as typed by someone in a hurry.
"""
import random
import sqlite3
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


def vocabulary(database: str) -> list[str]:
    words = set()
    for (title,) in sqlite3.connect(database).execute("SELECT Title FROM Titles ORDER BY Id LIMIT 20000"):
        words.update(word.strip(".,:;!?'\"()").lower() for word in title.split() if len(word) > 3)
    return sorted(word for word in words if word.isalpha())


def main(database: str, base: str, cookie: str, connections: int, seconds: float) -> None:
    words = vocabulary(database)
    rng = random.Random(8)
    seen, queries = set(), []
    while len(queries) < 200_000:
        query = " ".join(rng.sample(words, rng.choice((1, 2, 2))))
        if rng.random() < 0.2:
            cut = rng.randrange(1, len(query))
            query = query[:cut] + query[cut + 1:]
        if query not in seen:
            seen.add(query)
            queries.append(query)
    lock, latencies, codes = threading.Lock(), [], {}
    deadline = time.monotonic() + seconds
    next_query = iter(queries)

    def worker() -> None:
        while time.monotonic() < deadline:
            with lock:
                query = next(next_query)
            request = urllib.request.Request(f"{base}/catalog?q={urllib.parse.quote(query)}", headers={"Cookie": cookie})
            started = time.monotonic()
            try:
                with urllib.request.urlopen(request) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            with lock:
                latencies.append(time.monotonic() - started)
                codes[status] = codes.get(status, 0) + 1

    began = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    cuts = statistics.quantiles(latencies, n=100)
    print(f"{len(latencies) / elapsed:.0f} {cuts[49] * 1000:.1f} {cuts[94] * 1000:.1f} {cuts[98] * 1000:.1f} "
          + " ".join(f"[{code}]x{count}" for code, count in sorted(codes.items())))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5].rstrip("s")))
