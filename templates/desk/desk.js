// The sales desk's page script (served as is: no build step). Live validation, save, commit, previews.
'use strict';
(function () {
  const root = document.querySelector('.desk');
  if (!root) return;
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const ui = JSON.parse(document.getElementById('ui').textContent);
  const form = document.getElementById('draft');
  const kind = root.dataset.kind;
  let original = root.dataset.original || undefined;
  let lastKey;
  let timer;
  let seq = 0;
  // problems show on the fields the salesperson has touched (all of them after a save, and on an existing file)
  const touched = new Set();
  let showAll = !!original;

  function values() {
    const out = {};
    for (const el of form.querySelectorAll('input, select, textarea')) {
      if (el.type === 'checkbox') continue;
      out[el.name] = el.value;
    }
    for (const box of form.querySelectorAll('[data-list]')) {
      out[box.dataset.list] = Array.from(box.querySelectorAll('input[type=checkbox]:checked')).map((c) => c.value);
    }
    return out;
  }

  async function post(url, body) {
    const r = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    let data = {};
    try {
      data = await r.json();
    } catch (_) {
      data = { error: ui.generalError };
    }
    return { status: r.status, data };
  }

  const yen = (n) => n.toLocaleString('ja-JP') + ' 円';

  function show(d) {
    for (const f of form.querySelectorAll('.field')) {
      const shown = showAll || touched.has(f.dataset.key);
      const ps = (shown && d.problems && d.problems.fields[f.dataset.key]) || [];
      const msg = f.querySelector('.msg');
      f.classList.toggle('invalid', ps.some((p) => p.severity === 'error'));
      f.classList.toggle('warned', ps.length > 0 && !ps.some((p) => p.severity === 'error'));
      msg.textContent = '';
      for (const p of ps) {
        const line = document.createElement('div');
        line.className = p.severity;
        line.textContent = p.message;
        if (p.hint) {
          const h = document.createElement('div');
          h.className = 'hint';
          h.textContent = ui.hint + ': ' + p.hint;
          line.appendChild(h);
        }
        msg.appendChild(line);
      }
      const ctl = f.querySelector('input, select, textarea');
      if (ctl) ctl.setAttribute('aria-invalid', ps.some((p) => p.severity === 'error') ? 'true' : 'false');
    }
    const general = document.getElementById('general');
    general.textContent = '';
    for (const p of (d.problems && d.problems.general) || []) {
      const li = document.createElement('li');
      li.className = p.severity;
      li.textContent = p.message + (p.hint ? '（' + ui.hint + ': ' + p.hint + '）' : '');
      general.appendChild(li);
    }
    document.getElementById('status').textContent = d.errors ? '' : ui.valid;
    const price = document.getElementById('price');
    if (d.price) {
      const p = d.price;
      const rows = p.lines
        .map((l) => '<tr><td>' + esc(l.description) + '</td><td class="n">' + l.quantity + '</td><td class="n">' + yen(l.unitPrice) + '</td><td class="n">' + yen(l.amount) + '</td></tr>')
        .join('');
      price.innerHTML =
        '<table><tbody>' + rows +
        '<tr class="sum"><td colspan="3">' + esc(ui.subtotal) + '</td><td class="n">' + yen(p.subtotal) + '</td></tr>' +
        '<tr><td colspan="3">' + esc(ui.tax.replace('{rate}', p.taxRatePercent)) + '</td><td class="n">' + yen(p.tax) + '</td></tr>' +
        '<tr class="total"><td colspan="3">' + esc(ui.total) + '</td><td class="n" id="total">' + yen(p.total) + '</td></tr>' +
        '<tr><td colspan="3">' + esc(ui.initialFee) + '</td><td class="n">' + yen(p.initialFee) + '</td></tr>' +
        (p.firstMonthTotal !== undefined ? '<tr><td colspan="3">' + esc(ui.firstMonth) + '</td><td class="n" id="first-month">' + yen(p.firstMonthTotal) + '</td></tr>' : '') +
        (p.later || []).map((l) => '<tr class="later"><td colspan="3">' + esc(ui.laterPrice.replace('{month}', l.fromMonth).replace('{from}', l.tariffFrom)) + '</td><td class="n">' + yen(l.total) + '</td></tr>').join('') +
        '</tbody></table><p class="small">' + esc(ui.priceUnder.replace('{from}', p.tariffFrom)) + '</p>';
    } else price.textContent = ui.priceNone;
    lastKey = d.key;
    for (const b of document.querySelectorAll('button.preview')) b.disabled = !lastKey;
    for (const a of document.querySelectorAll('a.download')) {
      if (lastKey) {
        a.href = '/preview/' + lastKey + '/' + a.dataset.doc + '.pdf?download=1';
        a.removeAttribute('aria-disabled');
      } else {
        a.href = '#';
        a.setAttribute('aria-disabled', 'true');
      }
    }
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  async function validate() {
    timer = undefined;
    const mine = ++seq;
    document.getElementById('status').textContent = ui.validating;
    const r = await post('/api/check', { kind, original, values: values() });
    if (mine !== seq) return; // a newer edit is on its way
    if (r.status === 200) show(r.data);
    // idle: the values on the page are the ones the shown answer is about (tests wait for it)
    if (timer === undefined) root.dataset.busy = '0';
  }

  function soon() {
    clearTimeout(timer);
    root.dataset.busy = '1';
    timer = setTimeout(validate, 250);
  }
  const touch = (e) => {
    const f = e.target.closest('.field');
    if (f) touched.add(f.dataset.key);
    result('', false); // the last save's or promotion's answer is about the values before this edit
    // so is the preview: it goes until asked for again
    const pdf = document.getElementById('pdf');
    if (pdf.getAttribute('src') && pdf.getAttribute('src') !== 'about:blank') pdf.setAttribute('src', 'about:blank');
    soon();
  };
  form.addEventListener('input', touch);
  form.addEventListener('change', touch);

  function result(text, bad) {
    const el = document.getElementById('result');
    el.textContent = text;
    el.className = bad ? 'error' : 'ok';
  }

  async function save(overwrite) {
    clearTimeout(timer);
    showAll = true;
    const r = await post('/api/save', { kind, original, values: values(), overwrite: !!overwrite });
    if (r.data.problems) show(r.data);
    if (r.status === 409 && r.data.confirm) {
      const dlg = document.getElementById('confirm');
      document.getElementById('confirm-text').textContent = r.data.confirm;
      dlg.returnValue = '';
      dlg.showModal();
      dlg.addEventListener('close', () => {
        if (dlg.returnValue === 'yes') save(true);
      }, { once: true });
      return;
    }
    if (r.status === 200) {
      original = r.data.id;
      root.dataset.original = original;
      const idInput = form.querySelector('[name="id"]');
      if (idInput) idInput.readOnly = true;
      document.querySelector('h1').textContent = root.dataset.label + ' ' + original;
      result(r.data.message, false);
      return;
    }
    result(r.data.error || ui.generalError, true);
  }
  document.getElementById('save').addEventListener('click', () => save(false));

  const promote = document.getElementById('promote');
  if (promote)
    promote.addEventListener('click', async () => {
      clearTimeout(timer);
      showAll = true;
      const r = await post('/api/promote', { kind, original, values: values() });
      if (r.data.problems) show(r.data);
      if (r.data.id && r.status !== 422) {
        original = r.data.id;
        root.dataset.original = original;
      }
      if (r.status === 200) {
        const el = document.getElementById('result');
        el.className = 'ok';
        el.textContent = r.data.message + ' ';
        const a = document.createElement('a');
        a.href = r.data.editUrl;
        a.id = 'open-customer';
        a.textContent = ui.openCustomer;
        el.appendChild(a);
        return;
      }
      result(r.data.error || ui.generalError, true);
    });

  document.getElementById('commit').addEventListener('click', async () => {
    if (!original) return result(ui.generalError, true);
    const r = await post('/api/commit', { kind, id: original });
    result(r.status === 200 ? r.data.message : r.data.error || ui.generalError, r.status !== 200);
  });

  for (const b of document.querySelectorAll('button.preview')) {
    b.addEventListener('click', () => {
      if (lastKey) document.getElementById('pdf').src = '/preview/' + lastKey + '/' + b.dataset.doc + '.pdf';
    });
  }

  root.dataset.busy = '1';
  validate();
})();
