/**
 * The catalogue of diagnostic codes: plain data, one `{ code, severity, stage, title, description }` line per
 * code, sorted by code within each section. It imports no rule (listing codes must not load billing, calendars
 * or holiday data); rule modules reference their entry by `code`. To add a code: append one line in your
 * section (a rule: in the rules section, and the rule module in `validate/rules/index.ts`).
 * Tests fail when src/ emits a code missing here, when a rule has no entry, or an entry of stage "rule" no rule.
 */
import type { Severity } from './diagnostic.js';

export interface CodeInfo {
  code: string;
  severity: Severity;
  /** short title */
  title: string;
  /** what it means and how to fix it */
  description: string;
  /** the stage that emits it */
  stage: string;
}

export const CODES: CodeInfo[] = [
  // ── load (foundation) ───────────────────────────────────────────────────────────────────────────────
  {
    code: 'L001',
    severity: 'error',
    stage: 'load',
    title: 'file too large',
    description: 'An input file is over 1 MiB; no hand-edited policy or customer file needs that much.',
  },
  {
    code: 'L002',
    severity: 'error',
    stage: 'load',
    title: 'invalid UTF-8',
    description: 'The file is not UTF-8 (e.g. Shift_JIS or UTF-16); the position of the first bad byte is given. A BOM is accepted.',
  },
  {
    code: 'L003',
    severity: 'error',
    stage: 'load',
    title: 'YAML syntax error',
    description: 'The YAML parser rejected the file (indentation, tabs, unclosed quotes or brackets, ...).',
  },
  {
    code: 'L004',
    severity: 'error',
    stage: 'load',
    title: 'duplicate key',
    description: 'A key appears twice in one mapping; YAML would silently keep one of them.',
  },
  {
    code: 'L005',
    severity: 'error',
    stage: 'load',
    title: 'more than one document',
    description: 'A `---` separator starts a second YAML document; each file holds exactly one.',
  },
  {
    code: 'L006',
    severity: 'error',
    stage: 'load',
    title: 'too many aliases',
    description: 'More than 20 YAML aliases (*name), or an alias expansion that was refused: guards against alias bombs.',
  },
  { code: 'L007', severity: 'error', stage: 'load', title: 'empty file', description: 'The file holds no data (at most comments).' },
  {
    code: 'L008',
    severity: 'error',
    stage: 'load',
    title: 'top level not a mapping',
    description: 'The file must be a mapping of `key: value` lines, not a list or a single value.',
  },
  {
    code: 'L009',
    severity: 'error',
    stage: 'load',
    title: 'broken symbolic link',
    description:
      'An input file is a symbolic link that leads to no file. An error, not a warning: the customer or policy it was meant to be would silently be missing from routing, invoices and notices.',
  },
  {
    code: 'L010',
    severity: 'error',
    stage: 'load',
    title: 'symbolic link out of the root',
    description:
      'An input file or folder is a symbolic link to a place outside the root; it is not read. A root holds all its inputs (links inside it, e.g. a Kubernetes ConfigMap mount, are followed), so that vmsc plan and CI see what the checkout holds and no file outside it is printed.',
  },
  {
    code: 'L011',
    severity: 'error',
    stage: 'load',
    title: 'file cannot be read',
    description: 'An input file or folder cannot be read (permission denied, or not a regular file); it is not checked.',
  },
  // ── schema (foundation) ─────────────────────────────────────────────────────────────────────────────
  {
    code: 'S001',
    severity: 'error',
    stage: 'schema',
    title: 'unknown field',
    description: 'A field the format does not have (located at the key; "did you mean" for typos). Every object is closed.',
  },
  {
    code: 'S002',
    severity: 'error',
    stage: 'schema',
    title: 'missing field',
    description: 'A required field is missing (located at the mapping that should hold it).',
  },
  {
    code: 'S003',
    severity: 'error',
    stage: 'schema',
    title: 'wrong type',
    description: 'A value has the wrong type, e.g. a number where text is expected ("7.2" must be quoted).',
  },
  {
    code: 'S004',
    severity: 'error',
    stage: 'schema',
    title: 'value not allowed',
    description: 'A value is not one of the allowed values (with "did you mean").',
  },
  {
    code: 'S005',
    severity: 'error',
    stage: 'schema',
    title: 'wrong form',
    description: 'A value does not have the required form (pattern), e.g. a postal code NNN-NNNN, an id, or text with a control character.',
  },
  {
    code: 'S006',
    severity: 'error',
    stage: 'schema',
    title: 'not a real date',
    description: 'A date is not a real calendar date YYYY-MM-DD (2026-02-30 does not exist).',
  },
  { code: 'S007', severity: 'error', stage: 'schema', title: 'out of range', description: 'A number or text length is outside its allowed range.' },
  {
    code: 'S008',
    severity: 'error',
    stage: 'schema',
    title: 'list or mapping size',
    description: 'A list is empty or repeats a value, or a mapping is empty.',
  },
  { code: 'S009', severity: 'error', stage: 'schema', title: 'schema violation', description: 'Any other schema violation; the message says which.' },
  {
    code: 'S010',
    severity: 'error',
    stage: 'schema',
    title: 'invalid e-mail address',
    description: 'An e-mail address is not one valid address (no spaces, no line breaks, ASCII, with a domain).',
  },
  // ── layout and internal (foundation) ────────────────────────────────────────────────────────────────
  {
    code: 'P001',
    severity: 'error',
    stage: 'layout',
    title: 'policy file missing',
    description: 'A required policy file (provider, calendar, monitoring, routing, terms) is missing from policies/.',
  },
  {
    code: 'P002',
    severity: 'warning',
    stage: 'layout',
    title: 'file ignored',
    description:
      'A .yaml/.yml file under policies/ or customers/ that is no input format (e.g. customers/acme.yml, customers/old/acme.yaml): vmsc does not read it.',
  },
  {
    code: 'P003',
    severity: 'warning',
    stage: 'rule',
    title: 'schemas/ missing or stale',
    description:
      "The root's schemas/ folder (where every file's yaml-language-server modeline points) is missing or differs from the schemas of this vmsc; `vmsc schemas --write` writes them.",
  },
  {
    code: 'P004',
    severity: 'warning',
    stage: 'scope',
    title: 'error in another file, not blocking this document',
    description:
      'vmsc contract, quote, application and invoice --customer need only the policies and the files of their customer or prospect to be valid: a file elsewhere with errors is named in this warning instead of stopping the document (vmsc build still refuses any error).',
  },
  {
    code: 'X001',
    severity: 'error',
    stage: 'internal',
    title: 'internal error in a rule',
    description: 'A rule crashed; this is a bug in vmsc. The other rules still ran.',
  },
  {
    code: 'X002',
    severity: 'error',
    stage: 'internal',
    title: 'internal error reading a file',
    description: 'Loading or validating one file crashed; this is a bug in vmsc. The other files were still checked.',
  },
  // ── rules (validate/rules/, one module each; T001, T004 and B001 quote constants of their modules, a test keeps them equal)
  {
    code: 'A001',
    severity: 'error',
    stage: 'rule',
    title: 'monitoring overrides within bounds',
    description: 'Each threshold a customer overrides (percent, forMinutes) lies within policies/monitoring.yaml bounds (仕様書3).',
  },
  {
    code: 'A002',
    severity: 'error',
    stage: 'rule',
    title: 'warning below critical',
    description:
      'For every metric the warning threshold is lower than the critical one, in policies/monitoring.yaml and after each server override (a warning that could never fire is a mistake).',
  },
  {
    code: 'A003',
    severity: 'error',
    stage: 'rule',
    title: 'monitoring consent recorded',
    description: 'Every customer records contract.monitoringConsent (date and who agreed): without it no agent bundle may be built (第9条).',
  },
  {
    code: 'A004',
    severity: 'error',
    stage: 'rule',
    title: 'monitoring target has its endpoint',
    description:
      'A target listed in provider.yaml monitoring.targets needs its endpoint block (monitoring.zabbix / monitoring.datadog): the agent bundle cannot be built without it.',
  },
  {
    code: 'A005',
    severity: 'error',
    stage: 'rule',
    title: 'checks supported by each target',
    description:
      'Every check of the monitoring setup is implemented by every target in monitoring.targets; one a target cannot implement (the `capabilities` of its descriptor in src/targets/<name>/) is an error, never silently dropped.',
  },
  {
    code: 'A006',
    severity: 'warning',
    stage: 'rule',
    title: 'checks monitored approximately',
    description:
      'A check a target implements only approximately (the `capabilities` of its descriptor in src/targets/<name>/), with what differs: e.g. a UNC share, or Datadog log patterns searched as literal text.',
  },
  {
    code: 'A007',
    severity: 'error',
    stage: 'rule',
    title: 'monitorable volumes',
    description:
      'Every non-cloud storage volume has a path (drive, mount point or UNC share) so it can be monitored (仕様書3: only cloud storage goes unmonitored).',
  },
  {
    code: 'A008',
    severity: 'error',
    stage: 'rule',
    title: 'distinct check labels',
    description:
      'Service and process names in policies/monitoring.yaml give distinct check labels (labels ignore case and punctuation), so that every alert names one check.',
  },
  {
    code: 'A009',
    severity: 'error',
    stage: 'rule',
    title: 'VVAULT log path usable by the agents',
    description:
      'policies/monitoring.yaml vvaultLog.path is an absolute Windows path (C:\\... or \\\\host\\share\\...) whose wildcards, if any, are in the file name only: Zabbix logrt[] reads the directory literally.',
  },
  {
    code: 'A010',
    severity: 'error',
    stage: 'rule',
    title: 'storage path names a Windows volume',
    description:
      'A monitored volume path is a drive root or a folder (mount point) on a drive (D:\\, D:\\Data\\) or a UNC share with optional folders (\\\\nas01\\share\\): /mnt/data, D: or \\\\host (no share) give monitors that cannot work on Windows.',
  },
  {
    code: 'A011',
    severity: 'error',
    stage: 'rule',
    title: 'no Zabbix macro in monitored text',
    description:
      'With the zabbix target, text that reaches the Zabbix template (event sources, vvaultLog path and patterns, storage paths) holds no {$…}, {#…}, {?…} or {NAME} macro: Zabbix expands them in item keys and names and cannot escape them.',
  },
  {
    code: 'A012',
    severity: 'error',
    stage: 'rule',
    title: 'log patterns compile',
    description:
      'Each policies/monitoring.yaml vvaultLog.patterns[].regex is a regular expression both agents compile (Zabbix PCRE, the Datadog Agent Go RE2: no lookaround, no backreference); otherwise the log check never works.',
  },
  {
    code: 'A013',
    severity: 'error',
    stage: 'rule',
    title: 'event sources fit an event-log query',
    description:
      'With the datadog target, an event source of policies/monitoring.yaml holds at most one kind of quote (\' or "): the win32_event_log query is XPath, whose string literals have no escape.',
  },
  {
    code: 'B001',
    severity: 'error',
    stage: 'rule',
    title: 'calendar coverage inside the holiday data',
    description:
      'policies/calendar.yaml coverage must lie inside the national holiday data of @holiday-jp/holiday_jp (1970-01-01 – 2050-12-31): outside it, whether a day is a holiday is unknown, not "no holiday".',
  },
  {
    code: 'B002',
    severity: 'error',
    stage: 'rule',
    title: 'due dates inside the holiday data',
    description:
      '第16条1: a due date moves back over bank holidays, so every billed month needs the national holiday data of the month after it; a month outside the data cannot be billed.',
  },
  {
    code: 'B003',
    severity: 'warning',
    stage: 'rule',
    title: 'partial payment',
    description:
      '第17条: a payment below the invoice total leaves the rest unpaid; late fees keep running on that rest until it is paid (and are billed only once it is).',
  },
  {
    code: 'B004',
    severity: 'warning',
    stage: 'rule',
    title: 'payment before its month',
    description:
      'A payment dated before the billed month it names began is most likely a typo in paidOn or invoice (payments to months that are not billed are R022).',
  },
  {
    code: 'B005',
    severity: 'warning',
    stage: 'rule',
    title: 'overpayment',
    description: 'Payments for one invoice add up to more than its total: the excess is not applied to any other invoice.',
  },
  {
    code: 'B006',
    severity: 'warning',
    stage: 'rule',
    title: 'late fee after the last invoice',
    description:
      '第17条: a late fee is billed on the invoice of the month of payment; when the contract has ended before that month there is no such invoice, so the fee must be claimed separately.',
  },
  {
    code: 'B007',
    severity: 'warning',
    stage: 'rule',
    title: 'work order completed outside the contract',
    description:
      '第15条1③: quoted work is billed in the month it completes; a work order completed before the billing start month or after the end month is on no invoice.',
  },
  {
    code: 'D001',
    severity: 'error',
    stage: 'rule',
    title: 'character missing from the document font',
    description:
      'Every character of a field printed in a contract or invoice (names, addresses, contacts, servers, work orders, provider, tariff names) must exist in the embedded font BIZ UDPGothic; an emoji or a rare kanji would print as an empty box.',
  },
  {
    code: 'K001',
    severity: 'error',
    stage: 'rule',
    title: 'issued document unchanged',
    description:
      'An invoice in the register (records/register/<customer>.yaml) is recomputed from the inputs; a different figure, line or date is located at the input that made it (the tariff fee, the plan, a payment) and names the document: an issued invoice never changes silently.',
  },
  {
    code: 'K002',
    severity: 'error',
    stage: 'rule',
    title: 'customer with issued documents kept',
    description:
      'A register names a customer whose file is gone: a customer with issued documents is kept (its contract ends by termination), so its records stay checkable.',
  },
  {
    code: 'K003',
    severity: 'error',
    stage: 'rule',
    title: 'register file named after its customer',
    description: 'The register of customer X is records/register/X.yaml: check and vmsc issue find a register by the customer id.',
  },
  {
    code: 'K004',
    severity: 'error',
    stage: 'rule',
    title: 'a correction corrects an issued invoice',
    description:
      '消費税法57条の4第4項: an entry of corrections: names a billed month whose invoice is in the register, and is dated on or after that invoice; the corrected document (修正適格請求書) is then issued by vmsc issue --corrections.',
  },
  {
    code: 'N001',
    severity: 'error',
    stage: 'rule',
    title: 'tariff revision names an existing tariff effective on its date',
    description:
      "kind: tariff needs `tariff:` = the effectiveFrom of a file in policies/tariffs/, equal to the revision's effectiveOn (第2条: the notice states the new content and its effective date).",
  },
  {
    code: 'N002',
    severity: 'error',
    stage: 'rule',
    title: 'terms revision names an existing edition effective on its date',
    description: "kind: terms needs `termsEdition:` = an edition in policies/terms.yaml whose effectiveOn equals the revision's effectiveOn (第2条).",
  },
  {
    code: 'N003',
    severity: 'error',
    stage: 'rule',
    title: 'revision names only what its kind brings in',
    description: 'A tariff revision must not set termsEdition and a terms revision must not set tariff: one notice, one kind of change.',
  },
  {
    code: 'N004',
    severity: 'error',
    stage: 'rule',
    title: 'revision announced early enough',
    description:
      'announcedOn + notices.minimumNoticeDays (policies/provider.yaml) must be on or before effectiveOn; a change must be public before it takes effect (第2条, 民法548条の4).',
  },
  {
    code: 'N005',
    severity: 'warning',
    stage: 'rule',
    title: 'customers can still end the contract before the change',
    description:
      'To end on the last month end before effectiveOn, written notice must arrive one calendar month earlier (第6条); when that day is before announcedOn, no customer can leave before the change.',
  },
  {
    code: 'N006',
    severity: 'error',
    stage: 'rule',
    title: 'a rework names a work order with a defect report',
    description:
      'workOrders[].reworkOf must name another work order of the same customer, and that one must record defectReportedOn (第11条3: the customer reports a defect, the provider fixes it and sends the 瑕疵修正 completion mail).',
  },
  {
    code: 'N007',
    severity: 'error',
    stage: 'rule',
    title: 'work order dates follow its completion',
    description: 'mailedOn, confirmedOn and defectReportedOn of a work order need its completedOn and must not be before it (第11条).',
  },
  {
    code: 'Q001',
    severity: 'error',
    stage: 'rule',
    title: 'prospect file name equals id',
    description: 'prospects/<id>.yaml: the file name must equal the prospect id (it becomes the customer id on promotion).',
  },
  {
    code: 'Q002',
    severity: 'error',
    stage: 'rule',
    title: 'prospect id unique and not a customer id',
    description:
      'A prospect id is used by one prospect file and by no customer: `vmsc promote` removes the prospect when it writes customers/<id>.yaml, so a prospect that is already a customer is a forgotten file.',
  },
  {
    code: 'Q003',
    severity: 'error',
    stage: 'rule',
    title: 'prospect plan and options in the tariff',
    description:
      'A tariff is in force on the planned start date and holds the plan and options of the prospect; a later tariff (an announced revision the quote shows) still offers them.',
  },
  {
    code: 'Q004',
    severity: 'error',
    stage: 'rule',
    title: 'sales policy present for prospects',
    description:
      'When prospects/ holds a file, policies/provider.yaml has `sales:` (quoteValidDays, quoteNumber): the validity and number of a quote are policy, never numbers in code.',
  },
  {
    code: 'Q005',
    severity: 'error',
    stage: 'rule',
    title: 'terms edition in effect on the planned start',
    description:
      'An edition of policies/terms.yaml is in effect on the planned start date: the application form names the edition the customer agrees to (第4条2).',
  },
  {
    code: 'Q006',
    severity: 'error',
    stage: 'promote',
    title: 'prospect not ready to become a customer',
    description:
      '`vmsc promote` needs appliedOn (第4条1), monitoringConsent (第9条) and the details of serverCount servers in the prospect file, and no customers/<id>.yaml yet; the customer file it would write must then pass every customer rule (its errors are located in the prospect file).',
  },
  {
    code: 'R001',
    severity: 'error',
    stage: 'rule',
    title: 'customer file name equals id',
    description: 'customers/<id>.yaml: the file name must equal the customer id, so that a customer has one obvious file.',
  },
  {
    code: 'R002',
    severity: 'error',
    stage: 'rule',
    title: 'tariff file name equals effectiveFrom',
    description: 'policies/tariffs/<effectiveFrom>.yaml: the file name must equal the date the tariff takes effect.',
  },
  {
    code: 'R003',
    severity: 'error',
    stage: 'rule',
    title: 'revision file name equals id',
    description: 'policies/revisions/<id>.yaml: the file name must equal the revision id.',
  },
  {
    code: 'R004',
    severity: 'error',
    stage: 'rule',
    title: 'ids unique within a file',
    description:
      'Within one file, the entries of a list are told apart by their id: contacts, servers, storage volumes of a server, work orders, event-log rules, log patterns, services, processes, receivers, terms editions.',
  },
  {
    code: 'R005',
    severity: 'error',
    stage: 'rule',
    title: 'tariff codes unique',
    description: 'In a tariff, every plan code and option code names one thing: a code may appear once among plans and options together.',
  },
  {
    code: 'R006',
    severity: 'error',
    stage: 'rule',
    title: 'customer ids unique across customers',
    description: 'Two customer files may not use the same id: outputs are written per customer id.',
  },
  {
    code: 'R007',
    severity: 'error',
    stage: 'rule',
    title: 'hostnames unique across customers',
    description:
      'A Windows computer name identifies a server to the monitoring SaaS and in alerts; names compare case-insensitively (Windows), so ACME-FS01 and acme-fs01 are the same host.',
  },
  {
    code: 'R008',
    severity: 'error',
    stage: 'rule',
    title: 'exactly one primary contact',
    description: 'Every customer has exactly one contact with role primary: the addressee of contracts and notices (第2条).',
  },
  {
    code: 'R009',
    severity: 'error',
    stage: 'rule',
    title: 'e-mail addresses deliverable',
    description:
      'Every e-mail address (contacts, billing, receivers, the sender) must be one deliverable address: no CR/LF (header injection), no {{ or }} (Alertmanager expands them as a Go template in to, from and Reply-To), local part at most 64 characters, a dotted domain.',
  },
  {
    code: 'R010',
    severity: 'error',
    stage: 'rule',
    title: 'plan and options exist in the tariff in force',
    description: 'contract.plan and contract.options must be codes of the tariff in force on billingStartsOn (第15条).',
  },
  {
    code: 'R011',
    severity: 'error',
    stage: 'rule',
    title: 'a later tariff keeps the plan and options',
    description:
      'A running contract is billed under every later tariff once it takes effect (第2条4): each later tariff must still have the plan and options, or the contract cannot be billed.',
  },
  {
    code: 'R012',
    severity: 'error',
    stage: 'rule',
    title: 'terms edition exists',
    description: 'contract.termsEdition must name an edition listed in policies/terms.yaml: documents print the terms the contract was made under.',
  },
  {
    code: 'R013',
    severity: 'error',
    stage: 'rule',
    title: 'a tariff is in force on billingStartsOn',
    description:
      'Fees follow the tariff in force on a date (the newest with effectiveFrom <= date); a contract needs one in force on its billing start date (第4条5, 第15条).',
  },
  {
    code: 'R014',
    severity: 'error',
    stage: 'rule',
    title: 'terms edition in effect on appliedOn',
    description:
      'A contract is made under the edition of the terms in effect when it was applied for (第4条): the edition must have taken effect on or before contract.appliedOn.',
  },
  {
    code: 'R016',
    severity: 'error',
    stage: 'rule',
    title: 'appliedOn on or before billingStartsOn',
    description: 'The application (申込, 第4条) comes before the contract is established on the billing start date (第4条5).',
  },
  {
    code: 'R017',
    severity: 'error',
    stage: 'rule',
    title: 'monitoring consent on or before billingStartsOn',
    description:
      'The monitoring agent is used only with consent (第9条), and monitoring starts with the service: monitoringConsent.agreedOn must be on or before billingStartsOn.',
  },
  {
    code: 'R018',
    severity: 'error',
    stage: 'rule',
    title: 'termination ends on a month end',
    description: '第6条2: the service ends on the last day of a month (サービス終了予定日 = 当月末日).',
  },
  {
    code: 'R019',
    severity: 'error',
    stage: 'rule',
    title: 'termination notice in time',
    description:
      '第6条1: notice at least one calendar month before the end date (noticedOn <= endsOn - 1 month); 第5条2: inside the minimum period, at least 14 days before. The message names the earliest legal end date.',
  },
  {
    code: 'R020',
    severity: 'error',
    stage: 'rule',
    title: 'termination ends on or after billingStartsOn',
    description: 'A contract cannot end before it is established (第4条5): termination.endsOn >= billingStartsOn.',
  },
  {
    code: 'R021',
    severity: 'error',
    stage: 'rule',
    title: 'work orders name an existing server',
    description: "workOrders[].server must be the id of one of the customer's servers (第8条, 第11条).",
  },
  {
    code: 'R022',
    severity: 'error',
    stage: 'rule',
    title: 'payments name a billed month',
    description:
      'payments[].invoice is the month (YYYY-MM) of an invoice that exists: between the month of billingStartsOn and provider.billing.closedThrough (and not after the termination month).',
  },
  {
    code: 'R023',
    severity: 'warning',
    stage: 'rule',
    title: 'invoice registration number check digit',
    description:
      'provider.invoiceRegistrationNumber is T + 13 digits (schema); for a corporation the digits are its 法人番号, whose first digit is a check digit. A mismatch is a warning (a likely typo).',
  },
  {
    code: 'R024',
    severity: 'error',
    stage: 'rule',
    title: 'CIDR addresses valid',
    description:
      'rdpSourceAddresses are IPv4 CIDRs with octets 0–255 (no leading zeros), prefix 0–32, and no host bits set: the emitted firewall rule allows RDP only from exactly these addresses (仕様書1).',
  },
  {
    code: 'R025',
    severity: 'error',
    stage: 'rule',
    title: 'routing rules name existing receivers',
    description: 'Every receiver id in routing.yaml rules (helpdeskHours, outsideHelpdeskHours) must be defined under receivers.',
  },
  {
    code: 'R026',
    severity: 'error',
    stage: 'rule',
    title: 'one routing rule per severity',
    description: 'Every alert severity (critical, warning) needs exactly one routing rule, or its alerts would reach nobody (仕様書3, 4).',
  },
  {
    code: 'R027',
    severity: 'error',
    stage: 'rule',
    title: 'month-days are real',
    description: 'Yearly dates MM-DD in calendar.yaml (breaks, bank holidays) must exist in some year: 02-30 and 04-31 never occur (02-29 is allowed).',
  },
  {
    code: 'T001',
    severity: 'warning',
    stage: 'rule',
    title: 'calendar coverage reaches 90 days ahead',
    description:
      'policies/calendar.yaml coverage must include today and reach at least 90 days past it: alert routing enumerates closed days only inside coverage, so after coverage.through holidays route like business days (仕様書2, 4).',
  },
  {
    code: 'T002',
    severity: 'error',
    stage: 'rule',
    title: 'calendar coverage from <= through',
    description: 'policies/calendar.yaml coverage.from must not be after coverage.through: an empty range gives alert routing no calendar.',
  },
  {
    code: 'T003',
    severity: 'error',
    stage: 'rule',
    title: 'helpdesk opens before it closes',
    description:
      'policies/calendar.yaml helpdesk.opens must be earlier than helpdesk.closes (same day, Japan time; 仕様書2): otherwise helpdesk hours are an impossible interval.',
  },
  {
    code: 'T004',
    severity: 'error',
    stage: 'rule',
    title: 'provider receiver ids do not clash with customer receivers',
    description:
      'Alert routing names each opted-in customer\'s receiver "customer-<customer id>"; a provider receiver in routing.yaml must not use such a name.',
  },
  {
    code: 'T005',
    severity: 'error',
    stage: 'rule',
    title: 'calendar coverage has not ended',
    description:
      'policies/calendar.yaml coverage.through must not be before today: after it, alert routing knows no holidays and alerts on closed days go to the helpdesk receivers (仕様書3, 4). T001 warns 90 days ahead.',
  },
  {
    code: 'T006',
    severity: 'warning',
    stage: 'rule',
    title: 'alert mail has a smarthost',
    description:
      'provider.yaml mail.smarthost names the SMTP server of alert mail; without it alertmanager.yml sends to localhost:25, which reaches nobody unless that host runs a relay.',
  },
  // ── other stages: append your non-rule codes below, one line each, in your own section ─────────────
  // ── plan (build & plan): risk flags of `vmsc plan`, not diagnostics of the inputs ──────────────────────
  {
    code: 'U201',
    severity: 'warning',
    stage: 'plan',
    title: 'removed alert route or receiver',
    description:
      'vmsc plan: a receiver, a routing rule or one of its receivers, customer notification, a server or a customer is removed: some alerts will reach fewer people.',
  },
  {
    code: 'U202',
    severity: 'warning',
    stage: 'plan',
    title: 'changed alert recipients',
    description: "vmsc plan: a receiver's e-mail, a rule's receivers or a customer's fault-notification contacts change.",
  },
  {
    code: 'U203',
    severity: 'warning',
    stage: 'plan',
    title: 'changed monthly total',
    description: "vmsc plan: a customer's monthly charges (tax excluded) change under a tariff (fees, plan, options or servers).",
  },
  {
    code: 'U204',
    severity: 'warning',
    stage: 'plan',
    title: 'changed invoice of a closed month',
    description: 'vmsc plan: an invoice already built (month <= billing.closedThrough) changes or disappears: issued documents must not change silently.',
  },
  {
    code: 'U205',
    severity: 'warning',
    stage: 'plan',
    title: '第21条 registration change',
    description:
      'vmsc plan: 法人名称, 住所, 代表者名, 電話/FAX, 担当部門名/担当者名 or 請求書の送付先 changes: the customer must send proof documents (第21条).',
  },
];

/** every code, sorted by code */
export function catalogue(): CodeInfo[] {
  return [...CODES].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
