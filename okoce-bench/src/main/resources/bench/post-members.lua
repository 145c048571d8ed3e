-- POST /api/v1/members with a fresh, valid NIK, a name and a phone on every request (unique across wrk threads; the
-- runner replaces NIK_OFFSET so the warm-up and the measured load never repeat a NIK).
local counter = 0
local threads = 0
local C = {"b", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w"}
local V = {"a", "i", "u", "e", "o"}

-- a word of three syllables drawn from x: every request registers a person of its own (name and
-- phone), as a real registration does, so the duplicate check compares it with the register
local function word(x)
  local w = ""
  for i = 1, 3 do
    w = w .. C[(x % 14) + 1] .. V[(math.floor(x / 14) % 5) + 1]
    x = math.floor(x / 70)
  end
  return w:sub(1, 1):upper() .. w:sub(2)
end

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
  local name = word(n) .. " " .. word(math.floor(n / 343000) + n % 7919)
  local phone = string.format("0813%08d", n % 100000000)
  local body = '{"nik":"' .. nik .. '","fullName":"' .. name .. '","phone":"' .. phone .. '","kecamatan":"31.71.01",' ..
      '"registeredOn":"2018-09-10","business":{"name":"Warung Siti","sector":"KULINER","startedOn":"2017-03-01","nib":null}}'
  return wrk.format("POST", nil, nil, body)
end
