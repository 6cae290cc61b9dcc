-- wrk script of bench/run.sh --soak: a mix of valid and invalid creates against one service.
-- Environment: BENCH_PATH, BENCH_BODY, BENCH_INVALID_BODY, BENCH_KEY_HEADER, BENCH_KEY.
-- Of every 10 requests: 6 valid (2xx expected), 1 invalid body, 1 malformed JSON, 1 missing key,
-- 1 unknown key (4xx expected for those 4). done() prints the counts per status class.

local function read_file(path)
  local f = assert(io.open(path, "rb"), "cannot read " .. tostring(path))
  local text = f:read("*a")
  f:close()
  return text
end

local mix = {}

-- built in init(), not at load time: wrk sets the Host header only after loading the script
function init(args)
  local path = os.getenv("BENCH_PATH")
  local key_header = os.getenv("BENCH_KEY_HEADER")
  local key = os.getenv("BENCH_KEY")
  local valid = read_file(os.getenv("BENCH_BODY"))
  local invalid = read_file(os.getenv("BENCH_INVALID_BODY"))
  local json = "application/json"
  local function add(n, headers, body)
    local req = wrk.format("POST", path, headers, body)
    for _ = 1, n do mix[#mix + 1] = req end
  end
  add(6, { ["Content-Type"] = json, [key_header] = key }, valid)
  add(1, { ["Content-Type"] = json, [key_header] = key }, invalid)
  add(1, { ["Content-Type"] = json, [key_header] = key }, string.sub(valid, 1, -10))
  add(1, { ["Content-Type"] = json }, valid)
  add(1, { ["Content-Type"] = json, [key_header] = "not-a-key" }, valid)
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

local i = 0
-- global, not local: done() reads it from each thread's Lua state with thread:get("counts")
counts = { s2 = 0, s4 = 0, s5 = 0, other = 0 }

function request()
  i = i % #mix + 1
  return mix[i]
end

function response(status, headers, body)
  if status >= 200 and status < 300 then counts.s2 = counts.s2 + 1
  elseif status >= 400 and status < 500 then counts.s4 = counts.s4 + 1
  elseif status >= 500 then counts.s5 = counts.s5 + 1
  else counts.other = counts.other + 1 end
end

function done(summary, latency, requests)
  local s2, s4, s5, other = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    local c = t:get("counts")
    s2, s4, s5, other = s2 + c.s2, s4 + c.s4, s5 + c.s5, other + c.other
  end
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d rps=%.1f p99_us=%d s2xx=%d s4xx=%d s5xx=%d other=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(99),
    s2, s4, s5, other, e.connect + e.read + e.write, e.timeout))
end
