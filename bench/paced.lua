-- wrk script: each connection walks the URL paths in bench/paths.txt round-robin and waits `pause` ms between
-- requests, so the offered rate is about connections × 1000 / (pause + latency) requests per second.
local paths = {}
local index = 0
local pause = tonumber(os.getenv("PAUSE_MS") or "10")
local token = os.getenv("TOKEN")

function init(args)
  for line in io.lines(os.getenv("PATHS_FILE")) do
    paths[#paths + 1] = line
  end
  index = math.random(#paths)
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index], { ["Authorization"] = "Bearer " .. token })
end

function delay()
  return pause
end

function done(summary, latency, requests)
  io.write(string.format("achieved %.0f req/s, errors %d (status %d, timeout %d)\n",
    summary.requests / (summary.duration / 1e6), summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.status + summary.errors.timeout, summary.errors.status,
    summary.errors.timeout))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%-5s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max    %.2f ms\n", latency.max / 1000))
end
