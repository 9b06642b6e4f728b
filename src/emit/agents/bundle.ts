/**
 * agents/bundle: what every bundle holds besides the target files (仕様書1):
 * - `prerequisites.ps1`: allows RDP (TCP 3389) only from the provider's fixed addresses (and disables the broad
 *   built-in Remote Desktop rules), checks the operator account, checks outbound connections to the SaaS endpoints.
 * - `checklist.md`: the conditions, in Japanese, for the customer's administrator.
 * - `monitoring-plan.json`: the vendor-neutral monitoring setup of the server (checks, thresholds and where each
 *   came from).
 * - `manifest.json`: every file of the bundle with its sha256, so the bundle can be verified on the server.
 * The files of each target (`<name>/…`) come from its descriptor (src/targets/); this module only iterates the
 * registry, so a target gets exactly its own files.
 * No personal data (contacts, the name of who consented) and no secret goes into any of them.
 */
import type { Model, ResolvedCustomer, ResolvedServer } from '../../model/model.js';
import type { Check, MonitoringSetup } from '../../resolve/monitoring.js';
import { severitiesOf } from '../../resolve/monitoring.js';
import { TARGETS } from '../../targets/index.js';
import type { BundleFile, Connection, TargetDescriptor } from '../../targets/target.js';
import { GENERATED_BY, jsonText } from '../../targets/text.js';
import { markdownText as md } from '../../domain/escape/markdown.js';
import { psLiteral } from '../../domain/escape/powershell.js';
import type { CustomerEmitter } from '../types.js';
import type { ReviewHooks } from '../../review/hooks.js';
import { assertConsent, targetsOf, toArtifacts } from './common.js';
import { sha256hex } from '../../util/sha256.js';

/** where the agents connect out to (checked by prerequisites.ps1): the SaaS endpoint, then each target's, once each */
export function endpointsOf(model: Model, registry: readonly TargetDescriptor[] = TARGETS): Connection[] {
  const m = model.policies.provider.monitoring;
  const out: Connection[] = [];
  if (m.saasEndpoint) {
    const u = new URL(m.saasEndpoint);
    out.push({ what: 'SaaS endpoint (HTTPS)', host: u.hostname, port: u.port ? Number(u.port) : 443 });
  }
  for (const t of targetsOf(model, registry)) out.push(...t.connections(m));
  const seen = new Set<string>();
  return out.filter((e) => {
    const k = `${e.host}:${e.port}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const ps = psLiteral;

export function prerequisitesScript(model: Model, setup: MonitoringSetup, registry: readonly TargetDescriptor[] = TARGETS): string {
  const ra = model.policies.provider.remoteAccess;
  const eps = endpointsOf(model, registry);
  const lines = [
    `# ${GENERATED_BY}`,
    `# Prerequisites (service specification 1) for ${setup.customer}/${setup.server}. Run as Administrator on the server.`,
    "# 1. Remote Desktop (TCP 3389) is allowed only from the provider's fixed addresses; the broad built-in",
    '#    Remote Desktop rules are disabled.',
    '# 2. The operator account exists.',
    '# 3. The agents can connect out to their SaaS endpoints.',
    '# Exit code 0: all conditions hold; 1: at least one does not (see the FAIL lines).',
    '#Requires -RunAsAdministrator',
    "$ErrorActionPreference = 'Stop'",
    `$RdpSources = @(${ra.rdpSourceAddresses.map(ps).join(', ')})`,
    `$OperatorAccount = ${ps(ra.operatorAccount)}`,
    '$Endpoints = @(',
    ...eps.map((e, i) => `  @{ What = ${ps(e.what)}; Host = ${ps(e.host)}; Port = ${e.port} }${i < eps.length - 1 ? ',' : ''}`),
    ')',
    '$failed = 0',
    '',
    '# 1. RDP only from the provider',
    "$RuleName = 'VVAULT-Managed-RDP-In'",
    "Get-NetFirewallRule -Group '@FirewallAPI.dll,-28752' -ErrorAction SilentlyContinue | Where-Object { $_.Direction -eq 'Inbound' } | Disable-NetFirewallRule",
    'Get-NetFirewallRule -Name $RuleName -ErrorAction SilentlyContinue | Remove-NetFirewallRule',
    "New-NetFirewallRule -Name $RuleName -DisplayName 'VVAULT managed service: RDP from the provider only' -Direction Inbound -Protocol TCP -LocalPort 3389 -RemoteAddress $RdpSources -Action Allow -Profile Any | Out-Null",
    "$open = Get-NetFirewallRule -Enabled True -Direction Inbound -Action Allow | Where-Object { $_.Name -ne $RuleName } | Get-NetFirewallPortFilter | Where-Object { $_.LocalPort -eq '3389' }",
    "if ($open) { Write-Output 'FAIL rdp: another enabled inbound rule still allows TCP 3389'; $failed++ } else { Write-Output ('OK   rdp: TCP 3389 allowed only from ' + ($RdpSources -join ', ')) }",
    '',
    '# 2. Operator account (local, or a domain account known to this server)',
    '$account = Get-LocalUser -Name $OperatorAccount -ErrorAction SilentlyContinue',
    'if (-not $account) { $account = Get-CimInstance -ClassName Win32_UserAccount -Filter "Name=\'$OperatorAccount\'" -ErrorAction SilentlyContinue }',
    'if ($account) { Write-Output "OK   account: $OperatorAccount exists" } else { Write-Output "FAIL account: $OperatorAccount not found"; $failed++ }',
    '',
    '# 3. Outbound connections of the agents',
    'foreach ($e in $Endpoints) {',
    '  if (Test-NetConnection -ComputerName $e.Host -Port $e.Port -InformationLevel Quiet -WarningAction SilentlyContinue) { Write-Output "OK   outbound: $($e.What) $($e.Host):$($e.Port)" }',
    '  else { Write-Output "FAIL outbound: $($e.What) $($e.Host):$($e.Port) unreachable"; $failed++ }',
    '}',
    '',
    'if ($failed -gt 0) { exit 1 }',
    'exit 0',
    '',
  ];
  return lines.join('\r\n');
}

const SEVERITY_JA = { critical: '重大', warning: '警告' } as const;

function describeJa(c: Check): string {
  switch (c.kind) {
    case 'heartbeat':
      return `ハートビート（${c.intervalSeconds}秒間隔、${c.missedBeats}回欠落で障害）`;
    case 'eventlog':
      return `Windows イベントログ ${c.log}（${c.eventLevels.join('/')}${c.sources ? `、ソース ${c.sources.map(md).join('/')}` : ''}${c.ids ? `、ID ${c.ids.join('/')}` : ''}）`;
    case 'log':
      return `VVAULT ログ（パターン ${c.pattern}）`;
    case 'service':
      return `VVAULT サービス ${md(c.service)}`;
    case 'process':
      return `VVAULT プロセス ${md(c.process)}（${c.min}個以上）`;
    case 'volume':
    case 'share':
      return `ストレージ ${c.volume}（${md(c.path)}）使用率 警告${c.levels[0].percent.value}% / 重大${c.levels[1].percent.value}%`;
    default: {
      const name = { cpu: 'プロセッサビジー', memory: 'メモリビジー', diskBusy: 'ディスクビジー', network: 'ネットワークビジー（リンク速度比）' }[c.kind];
      return `${name} 警告${c.levels[0].percent.value}% / 重大${c.levels[1].percent.value}%（${c.forMinutes.value}分継続）`;
    }
  }
}

export function checklist(model: Model, customer: ResolvedCustomer, setup: MonitoringSetup, registry: readonly TargetDescriptor[] = TARGETS): string {
  const p = model.policies.provider;
  const consent = customer.source.contract.monitoringConsent;
  const eps = endpointsOf(model, registry);
  const targets = targetsOf(model, registry);
  const L: string[] = [
    `<!-- ${GENERATED_BY} -->`,
    `# 監視導入チェックリスト（${md(customer.source.legalName)} 様 / サーバー ${setup.server}）`,
    '',
    `${p.serviceName}の監視を開始するための前提条件（サービス仕様書 1）です。お客様の管理者様にてご確認ください。`,
    '同梱の `prerequisites.ps1` を管理者として実行すると、1〜3 を設定・確認できます（すべて満たすと終了コード 0）。',
    '',
    '## 1. リモート接続（RDP）',
    `- [ ] RDP（TCP 3389）の受信は当社の固定アドレス ${p.remoteAccess.rdpSourceAddresses.join('、')} からのみ許可されている`,
    '- [ ] 上記以外から RDP を許可する既存の受信規則（Windows 既定の「リモート デスクトップ」規則を含む）が無効になっている',
    '',
    '## 2. 運用アカウント',
    `- [ ] 当社の運用アカウント \`${p.remoteAccess.operatorAccount}\` が作成され、管理者権限が付与されている`,
    '',
    '## 3. インターネットへの送信',
    '- [ ] サーバーから次の送信先へ接続できる（監視エージェントがデータを送信します）',
    ...eps.map((e) => `  - ${e.host}:${e.port}（${e.what}）`),
    '',
    '## 4. 監視エージェント（第9条）',
    `- [ ] 監視アプリの利用について承諾済みである（承諾日 ${consent ? consent.agreedOn : '未承諾'}）`,
    `- [ ] 監視エージェント（${targets.map((t) => t.label).join('、')}）のインストールと外部へのデータ送信を許可する`,
    `- [ ] コンピューター名が \`${setup.hostname}\` である（監視上のホスト名は \`${setup.monitoredHost}\`）`,
    ...(customer.endsOn ? [`- サービス終了予定日 ${customer.endsOn}（第6条）：この日をもって監視を終了します`] : []),
    '',
    '## 5. 監視項目（サービス仕様書 3、24時間365日）',
    '| 監視項目 | 重大度 |',
    '|---|---|',
    ...setup.checks.map(
      (c) =>
        `| ${describeJa(c)} | ${severitiesOf(c)
          .map((s) => SEVERITY_JA[s])
          .join('・')} |`,
    ),
    '',
    'クラウドストレージは監視対象外です（サービス仕様書 3）。',
    '',
  ];
  const approx = targets.flatMap((t) =>
    [...new Set(setup.checks.map((c) => c.kind))]
      .filter((k) => t.capabilities[k].level === 'approximate')
      .map((k) => `- ${t.name}: ${k} — ${t.capabilities[k].how}`),
  );
  if (approx.length) L.push('## 補足（近似的な監視）', ...approx, '');
  return L.join('\n');
}

export function setupJson(setup: MonitoringSetup): string {
  return jsonText(setup);
}

const byPath = (a: BundleFile, b: BundleFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The target files of the servers rendered last, for the same model: `agents/<target>` renders them and
 * `agents/bundle` needs them again for its manifest (their sha256) — a customer's groups run one after the
 * other (build/build.ts), so the bundle finds them here instead of rendering every template twice. A pure
 * function's results, for at most MEMO_SERVERS servers (the oldest dropped first): the same bytes either way.
 */
const memo = new Map<ResolvedServer, Map<TargetDescriptor, readonly BundleFile[]>>();
let memoModel: Model | undefined;
const MEMO_SERVERS = 64;

/** the files of one target for one server: asked of its descriptor, placed under `<name>/`, sorted by path */
export function targetFiles(model: Model, server: ResolvedServer, target: TargetDescriptor): BundleFile[] {
  if (memoModel !== model) {
    memo.clear();
    memoModel = model;
  }
  let entry = memo.get(server);
  if (!entry) {
    entry = new Map();
    memo.set(server, entry);
    if (memo.size > MEMO_SERVERS) memo.delete(memo.keys().next().value!);
  }
  let files = entry.get(target);
  if (!files) {
    files = target
      .files({ model, server })
      .map((f) => ({ path: `${target.name}/${f.path}`, data: f.data }))
      .sort(byPath);
    entry.set(target, files);
  }
  return files.map((f) => ({ ...f }));
}

/** the files every bundle holds whatever the targets, except manifest.json, sorted by path */
export function commonFiles(model: Model, customer: ResolvedCustomer, server: ResolvedServer, registry: readonly TargetDescriptor[] = TARGETS): BundleFile[] {
  const setup = server.monitoring;
  return [
    { path: 'checklist.md', data: checklist(model, customer, setup, registry) },
    { path: 'monitoring-plan.json', data: setupJson(setup) },
    { path: 'prerequisites.ps1', data: prerequisitesScript(model, setup, registry) },
  ];
}

/** every file of the bundle of one server except manifest.json: the common files plus each listed target's, sorted by path */
function withTargetFiles(model: Model, server: ResolvedServer, common: readonly BundleFile[], registry: readonly TargetDescriptor[]): BundleFile[] {
  return [...common, ...targetsOf(model, registry).flatMap((t) => targetFiles(model, server, t))].sort(byPath);
}

export function bundleManifest(customer: ResolvedCustomer, server: ResolvedServer, files: readonly BundleFile[]): string {
  return jsonText({
    customer: customer.id,
    server: server.id,
    files: files.map((f) => {
      const b = Buffer.from(f.data, 'utf8');
      return { path: f.path, sha256: sha256hex(b), bytes: b.byteLength };
    }),
  });
}

/** the emitter `agents/<name>` of one target: its files of every server, when provider.yaml lists it */
/** `vmsc plan`: the meanings that explain a change to a bundle's files */
const BUNDLE_REVIEW: ReviewHooks = { topics: ['monitoring', 'servers', 'consent'] };

export function targetEmitter(target: TargetDescriptor): CustomerEmitter {
  const kind = `agents/${target.name}`;
  return {
    name: kind,
    scope: 'customer',
    review: BUNDLE_REVIEW,
    emit(ctx, customer) {
      if (!ctx.model.policies.provider.monitoring.targets.some((n) => n === target.name)) return [];
      assertConsent(customer);
      return customer.servers.flatMap((s) => toArtifacts(kind, customer, s, targetFiles(ctx.model, s, target)));
    },
  };
}

/** the emitter `agents/bundle`: the common files of every server and the manifest of the whole bundle */
export function bundleEmitter(registry: readonly TargetDescriptor[]): CustomerEmitter {
  return {
    name: 'agents/bundle',
    scope: 'customer',
    review: BUNDLE_REVIEW,
    emit(ctx, customer) {
      assertConsent(customer);
      return customer.servers.flatMap((s) => {
        const own = commonFiles(ctx.model, customer, s, registry);
        const all = withTargetFiles(ctx.model, s, own, registry);
        return toArtifacts('agents/bundle', customer, s, [...own, { path: 'manifest.json', data: bundleManifest(customer, s, all) }]);
      });
    },
  };
}
