-- POST /api/v1/members with a fresh, valid NIK on every request (unique across wrk threads; the
-- runner replaces NIK_OFFSET so the warm-up and the measured load never repeat a NIK).
local counter = 0
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  counter = 0
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  counter = counter + 1
  local n = NIK_OFFSET + tid * 10000000 + counter
  local day = (n % 28) + 1
  local month = (math.floor(n / 28) % 12) + 1
  local year = 50 + (math.floor(n / 336) % 50)
  local serial = (math.floor(n / 16800) % 9999) + 1
  local nik = string.format("960171%02d%02d%02d%04d", day, month, year, serial)
  local body = '{"nik":"' .. nik .. '","fullName":"Siti Rahma","phone":"081234567890","kecamatan":"31.71.01",' ..
      '"registeredOn":"2018-09-10","business":{"name":"Warung Siti","sector":"KULINER","startedOn":"2017-03-01","nib":null}}'
  return wrk.format("POST", nil, nil, body)
end
