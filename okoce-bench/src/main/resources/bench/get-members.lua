-- GET /api/v1/members/{id} for member ids sampled from the database.
local ids = {}

function init(args)
  for line in io.lines("IDS_FILE") do
    ids[#ids + 1] = line
  end
end

request = function()
  return wrk.format("GET", "/api/v1/members/" .. ids[math.random(#ids)])
end
