-- wrk script: sends the request given by env BENCH_METHOD/BENCH_PATH/BENCH_BODY_FILE and checks EVERY response:
-- a status other than 200, or a body holding a GraphQL "errors" member, counts as bad. With BENCH_STOP_AFTER set,
-- the thread stops after that many responses (to drive an exact request count). Run with -t1 (one thread).
local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH") or "/"
local body_file = os.getenv("BENCH_BODY_FILE")
local stop_after = tonumber(os.getenv("BENCH_STOP_AFTER") or "0")
local body = nil
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  body = f:read("*a")
  f:close()
end
local req = nil

-- Built in init, once wrk has set the Host header.
function init(args)
  req = wrk.format(method, path, { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end

-- Per-thread counters are globals, so done() (which runs in wrk's main Lua state) can read them with thread:get.
responses = 0
bad_status = 0
bad_body = 0
first_bad = ""
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function request()
  return req
end

function response(status, hdrs, resp)
  responses = responses + 1
  local bad = false
  if status ~= 200 then
    bad_status = bad_status + 1
    bad = true
  -- The plain search first: a pattern search that finds nothing runs Lua's matcher over every byte of the answer
  -- (0.2 ms of wrk's CPU for the nested query's 28 KB, twice what a cached answer costs the service), and on two
  -- shared cores wrk's CPU then bounds what is measured. The pattern still decides where the text occurs.
  elseif resp == nil or (string.find(resp, '"errors"', 1, true) and string.find(resp, '"errors"%s*:'))
      or not string.find(resp, '"meetings"', 1, true) then
    bad_body = bad_body + 1
    bad = true
  end
  if bad and first_bad == "" then
    first_bad = status .. " " .. string.sub(resp or "", 1, 300)
  end
  if stop_after > 0 and responses >= stop_after then
    -- wrk itself always runs for its whole duration: report the counted responses and end the process here.
    io.write(string.format("BENCH_RESULT requests=%d checked=%d duration_us=0 bad_status=%d bad_body=%d socket_errors=0 "
        .. "p50_us=0 p90_us=0 p99_us=0 mean_us=0\n", responses, responses, bad_status, bad_body))
    if first_bad ~= "" then io.write("BENCH_FIRST_BAD " .. first_bad .. "\n") end
    io.flush()
    os.exit(0)
  end
end

function done(summary, latency, requests)
  local bad_s, bad_b, seen = 0, 0, 0
  for _, t in ipairs(threads) do
    local fb = t:get("first_bad")
    if fb ~= "" then io.write("BENCH_FIRST_BAD " .. fb .. "\n") end
    bad_s = bad_s + t:get("bad_status")
    bad_b = bad_b + t:get("bad_body")
    seen = seen + t:get("responses")
  end
  io.write(string.format("BENCH_RESULT requests=%d checked=%d duration_us=%d bad_status=%d bad_body=%d socket_errors=%d "
      .. "p50_us=%d p90_us=%d p99_us=%d mean_us=%.1f\n",
      summary.requests, seen, summary.duration, bad_s, bad_b,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean))
end
