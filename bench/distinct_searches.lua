-- wrk script: each request searches the catalog for a query no earlier request asked for.
-- Usage: wrk -t2 -c32 -d4s -s bench/distinct_searches.lua -H "Cookie: ..." <base url> -- <queries file> <threads> <first>
-- Queries are taken from line <first> on, so a second run on the same site can start past the first run's share.
-- Prints one line as run.sh's measure() does: "rps p50 p95 p99 codes".
local created = 0

function setup(thread)
  created = created + 1
  thread:set("number", created)
end

function init(args)
  -- Thread n takes every threads-th query from the n-th on, so no two requests share one.
  local threads, first = tonumber(args[2]), tonumber(args[3])
  local all = {}
  for line in io.lines(args[1]) do
    all[#all + 1] = line
  end
  queries = {}
  for position = first + number - 1, #all, threads do
    queries[#queries + 1] = all[position]
  end
  next_query = 0
end

function request()
  next_query = next_query % #queries + 1
  return wrk.format("GET", "/catalog?q=" .. queries[next_query])
end

function done(summary, latency, requests)
  local refused = summary.errors.status
  local line = string.format("%.0f %.1f %.1f %.1f [2xx or 3xx]x%d", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests - refused)
  if refused > 0 then
    line = line .. string.format(" [4xx or 5xx]x%d", refused)
  end
  io.write(line .. "\n")
end
