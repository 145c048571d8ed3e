-- GET /api/v1/members?<query> for queries read from a file, one per line.
local queries = {}

function init(args)
  for line in io.lines("QUERIES_FILE") do
    queries[#queries + 1] = line
  end
end

request = function()
  return wrk.format("GET", "/api/v1/members?" .. queries[math.random(#queries)])
end
