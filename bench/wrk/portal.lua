-- One wrk thread = one connection = one signed-in person (run wrk with -t N -c N).
-- Each thread signs in with the form (GET /login for the CSRF token and cookie, POST /login),
-- keeps the session cookie, reads a CSRF token from a page, then repeats its scenario:
--   BENCH_SCENARIO=get   GET BENCH_PATH (my tasks, a plan, the agency report, the review)
--   BENCH_SCENARIO=static  GET BENCH_PATH without signing in (the floor: a static file)
--   BENCH_SCENARIO=save  POST /my-tasks/{id} for the thread's own assignments in turn, with
--                        basedOn = the revision it last saved (409 = conflict, counted apart)
-- BENCH_USERS names a file with one line per thread: "username [id,id,… rev,rev,…]".
-- The password is BENCH_PASSWORD. Login requests are a handful per thread and are left in the
-- latency figures.

local counter = 0
local threads = {}

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line:match("%S") then table.insert(lines, line) end
  end
  return lines
end

local function split(text, sep)
  local out = {}
  for part in string.gmatch(text or "", "[^" .. sep .. "]+") do table.insert(out, part) end
  return out
end

local function urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  scenario = os.getenv("BENCH_SCENARIO") or "get"
  path = os.getenv("BENCH_PATH") or "/my-tasks"
  password = os.getenv("BENCH_PASSWORD") or "cchc-bench-2026"
  local lines = read_lines(os.getenv("BENCH_USERS"))
  local fields = split(lines[(index % #lines) + 1], " ")
  username = fields[1]
  assignments = split(fields[2], ",")
  revisions = {}
  for i, rev in ipairs(split(fields[3], ",")) do revisions[i] = tonumber(rev) end
  turn = 0
  state = (scenario == "static") and "run" or "login-page"
  cookie = nil
  csrf = nil
  conflicts = 0
  saved = 0
  failures = 0
end

local function headers()
  local h = { ["Cookie"] = cookie }
  return h
end

function request()
  if state == "login-page" then
    return wrk.format("GET", "/login")
  elseif state == "login-post" then
    local h = headers()
    h["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", "/login", h, "username=" .. urlencode(username) .. "&password="
      .. urlencode(password) .. "&_csrf=" .. urlencode(csrf))
  elseif state == "token" then
    local page = (scenario == "save") and ("/my-tasks/" .. assignments[1]) or path
    return wrk.format("GET", page, headers())
  elseif scenario == "save" then
    turn = (turn % #assignments) + 1
    local h = headers()
    h["Content-Type"] = "application/x-www-form-urlencoded"
    local percent = (revisions[turn] * 7) % 100
    return wrk.format("POST", "/my-tasks/" .. assignments[turn], h, "status=IN_PROGRESS&percent=" .. percent
      .. "&results=" .. urlencode("Đã triển khai theo kế hoạch, đạt " .. percent .. "% khối lượng.")
      .. "&difficulties=&proposals=&basedOn=" .. revisions[turn] .. "&_csrf=" .. urlencode(csrf))
  else
    return wrk.format("GET", path, headers())
  end
end

local function session_of(h)
  local set = h["Set-Cookie"] or h["set-cookie"]
  if set then
    local id = set:match("JSESSIONID=([^;]+)")
    if id then cookie = "JSESSIONID=" .. id end
  end
end

local function token_of(body)
  return body and body:match('name="_csrf" value="([^"]+)"')
end

function response(status, h, body)
  session_of(h)
  if state == "login-page" then
    csrf = token_of(body)
    state = "login-post"
  elseif state == "login-post" then
    local location = h["Location"] or h["location"] or ""
    if status ~= 302 or location:find("error") then
      failures = failures + 1
      state = "login-page"
    else
      state = "token"
    end
  elseif state == "token" then
    csrf = token_of(body) or csrf
    state = "run"
  elseif scenario == "save" then
    if status == 302 then
      revisions[turn] = revisions[turn] + 1
      saved = saved + 1
    elseif status == 409 then
      conflicts = conflicts + 1
      -- The conflict page offers the form again, based on the revision saved now.
      local rev = body and body:match('name="basedOn" value="(%d+)"')
      if rev then revisions[turn] = tonumber(rev) end
    end
  end
end

function done(summary, latency, requests)
  local conflicts_total, saved_total, failures_total = 0, 0, 0
  for _, thread in ipairs(threads) do
    conflicts_total = conflicts_total + (thread:get("conflicts") or 0)
    saved_total = saved_total + (thread:get("saved") or 0)
    failures_total = failures_total + (thread:get("failures") or 0)
  end
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f "
    .. "max_ms=%.1f non2xx3xx=%d socket_errors=%d timeouts=%d conflicts=%d saved=%d login_failures=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors.status, errors.connect + errors.read + errors.write, errors.timeout,
    conflicts_total, saved_total, failures_total))
end
