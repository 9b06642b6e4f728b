-- A real LSP client for the tests: Neovim (0.7 or later) headless attaches `vmsc lsp --stdio`, runs the steps of
-- a JSON script (open a file, apply an edit to its buffer, close it, ask for hover / completion / definition) and
-- writes what it received (every publishDiagnostics notification's latest diagnostics per URI, and the answers)
-- as JSON. Run as: VMSC_LSP_SCRIPT=script.json nvim --headless --clean -u client.lua
local script = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('VMSC_LSP_SCRIPT')), '\n'))
local received = {}
local answers = {}
local inited = false
local function fail(msg)
  io.stderr:write('client.lua: ' .. msg .. '\n')
  vim.cmd('cquit 3')
end

local client_id = vim.lsp.start_client({
  name = 'vmsc',
  cmd = script.cmd,
  cmd_cwd = script.root,
  root_dir = script.root,
  flags = { debounce_text_changes = 0 },
  -- the client's locale (Neovim 0.7 sends none by itself): the language of the server's messages
  before_init = function(params) if script.locale then params.locale = script.locale end end,
  on_init = function() inited = true end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, result)
      received[result.uri] = result.diagnostics
    end,
  },
})
if not client_id then fail('the server did not start') end
if not vim.wait(60000, function() return inited end, 10) then fail('no answer to initialize') end
local client = vim.lsp.get_client_by_id(client_id)

local buffers = {}
local function idle()
  local r = client.request_sync('vmsc/idle', {}, 60000, 0)
  if not r or r.err then fail('vmsc/idle failed: ' .. vim.inspect(r)) end
end

-- byte offset (0-based) in the buffer's text -> row, col (0-based, bytes) for nvim_buf_set_text
local function position(lines, offset)
  local row = 0
  for i, l in ipairs(lines) do
    if offset <= #l then return i - 1, offset end
    offset = offset - #l - 1
    row = i
  end
  return row, 0
end

for _, step in ipairs(script.steps) do
  if step.open then
    vim.cmd('edit ' .. vim.fn.fnameescape(script.root .. '/' .. step.open))
    local buf = vim.api.nvim_get_current_buf()
    buffers[step.open] = buf
    vim.lsp.buf_attach_client(buf, client_id)
    idle()
  elseif step.edit then
    local buf = buffers[step.edit]
    local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, true)
    local text = table.concat(lines, '\n')
    local s, e = string.find(text, step.from, 1, true)
    if not s then fail(step.from .. ' not in ' .. step.edit) end
    local srow, scol = position(lines, s - 1)
    local erow, ecol = position(lines, e)
    vim.api.nvim_buf_set_text(buf, srow, scol, erow, ecol, vim.split(step.to, '\n', true))
    idle()
  elseif step.close then
    vim.cmd('bwipeout! ' .. buffers[step.close])
    buffers[step.close] = nil
    idle()
  elseif step.snapshot then
    idle()
    answers[#answers + 1] = { snapshot = step.snapshot, diagnostics = vim.deepcopy(received) }
  elseif step.request then
    local buf = buffers[step.file]
    local uri = vim.uri_from_bufnr(buf)
    local params = { textDocument = { uri = uri }, position = step.position }
    if step.request == 'textDocument/codeAction' then
      -- the code actions for the diagnostics the client holds for that file (as an editor asks on a line)
      idle()
      params = { textDocument = { uri = uri }, range = step.range, context = { diagnostics = received[uri] or {} } }
    end
    local r = client.request_sync(step.request, params, 60000, buf)
    answers[#answers + 1] = { request = step.request, position = step.position, result = r and r.result or vim.NIL, err = r and r.err or vim.NIL }
    -- apply: the first action's edit to the buffer, as choosing it in the editor does
    if step.apply and r and r.result and r.result[1] then
      vim.lsp.util.apply_workspace_edit(r.result[1].edit, client.offset_encoding)
      idle()
    end
  end
end

vim.fn.writefile({ vim.fn.json_encode(answers) }, script.out)
client.stop()
vim.wait(5000, function() return client.is_stopped() end, 10)
vim.cmd('qall!')
