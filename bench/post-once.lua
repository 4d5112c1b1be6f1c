-- wrk script (run with -t1): POSTs `{}` to each URL path in $PATHS_FILE once, in order, over all connections; once
-- the list is used up it only probes /q/health/live, so no path is sent twice. Prints how many POSTs got a 200.
local paths = {}
local token = os.getenv("TOKEN")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do
    paths[#paths + 1] = line
  end
  index = 0
  ok = 0
end

function request()
  index = index + 1
  if index > #paths then
    return wrk.format("GET", "/q/health/live")
  end
  return wrk.format("POST", paths[index], { ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json" }, "{}")
end

function response(status, headers, body)
  if status == 200 and index <= #paths then
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local accepted = 0
  for _, thread in ipairs(threads) do
    accepted = accepted + thread:get("ok")
  end
  io.write(string.format("accepted %d in %.1f s\n", accepted, summary.duration / 1e6))
  for _, p in pairs({ 50, 90, 99 }) do
    io.write(string.format("p%-3s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("non-2xx %d, socket errors %d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
