-- wrk script for the pages benchmark: many signed-in sessions take turns, each request carries one session's
-- cookies and asks for that session's page. With SESSIONS_UNIQUE=1 every request also gets a query string no
-- request had before, so no cache can answer it (a first view); with 0 the URLs repeat (the same URL again).
-- Usage: wrk ... -s sessions.lua URL -- SESSIONS_FILE; each line of the file is "cookie<TAB>path".
local sessions = {}
local counter = 0
local unique = os.getenv("SESSIONS_UNIQUE") == "1"

-- Each wrk thread has its own Lua state: number them so their query strings never collide.
local created = 0
function setup(thread)
  created = created + 1
  thread:set("thread_id", created)
end

function init(args)
  for line in io.lines(args[1]) do
    local cookie, path = line:match("^([^\t]*)\t(.+)$")
    if path then
      sessions[#sessions + 1] = { cookie = cookie, path = path }
    end
  end
  assert(#sessions > 0, "no sessions in " .. args[1])
  -- Threads start at different sessions, so every session is asked for from the first request on.
  counter = (thread_id or 1) * 7919
end

function request()
  counter = counter + 1
  local s = sessions[(counter % #sessions) + 1]
  local path = s.path
  if unique then
    path = path .. (path:find("?", 1, true) and "&" or "?") .. "v=" .. (thread_id or 1) .. "-" .. counter
  end
  return wrk.format("GET", path, { ["Cookie"] = s.cookie })
end
