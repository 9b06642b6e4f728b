/**
 * The Zabbix target: Zabbix agent 2 (6.0) for one Windows server, under `zabbix/` in the bundle.
 * - `zabbix_agent2.conf`: Server, ServerActive, Hostname (+ HostMetadata, log settings). Full-line comments
 *   only: Zabbix reads an inline `#` as part of the value.
 * - `template.yaml`: the Zabbix 6.0 template export of the server (./template.ts).
 * - `install.ps1`: copies the configuration in place and restarts the agent service.
 */
import type { Model } from '../../model/model.js';
import type { MonitoringSetup } from '../../resolve/monitoring.js';
import type { Connection, TargetDescriptor } from '../target.js';
import { GENERATED_BY } from '../text.js';
import { ZABBIX_VERSION, zabbixTemplate } from './template.js';

/** host part of `host[:port]` */
export function hostOf(endpoint: string): { host: string; port?: number } {
  const m = /^(.*?)(?::(\d+))?$/.exec(endpoint);
  const host = m?.[1] ?? endpoint;
  return m?.[2] ? { host, port: Number(m[2]) } : { host };
}

export function zabbixAgentConf(model: Model, setup: MonitoringSetup): string {
  const z = model.policies.provider.monitoring.zabbix;
  if (!z) throw new Error('internal: zabbix target without monitoring.zabbix (rule A004)');
  const lines = [
    `# ${GENERATED_BY}`,
    `# Zabbix agent 2 (${ZABBIX_VERSION}) for ${setup.customer}/${setup.server} (Windows computer name ${setup.hostname}).`,
    '# Copy to C:\\Program Files\\Zabbix Agent 2\\zabbix_agent2.conf (install.ps1 does it). No inline comments:',
    '# Zabbix would read them as part of the value.',
    '',
    `Server=${z.server}`,
    `ServerActive=${z.serverActive}`,
    `Hostname=${setup.monitoredHost}`,
    `HostMetadata=vvault-managed customer=${setup.customer} server=${setup.server}`,
    'LogType=file',
    'LogFile=C:\\Program Files\\Zabbix Agent 2\\zabbix_agent2.log',
    '',
  ];
  return lines.join('\n');
}

export function zabbixInstallScript(setup: MonitoringSetup): string {
  return [
    `# ${GENERATED_BY}`,
    `# Installs the Zabbix agent 2 configuration of ${setup.customer}/${setup.server}. Run as Administrator`,
    '# from this folder, after installing Zabbix agent 2 (6.0 LTS, MSI) on the server.',
    '#Requires -RunAsAdministrator',
    "$ErrorActionPreference = 'Stop'",
    "$target = 'C:\\Program Files\\Zabbix Agent 2\\zabbix_agent2.conf'",
    "if (-not (Test-Path -LiteralPath (Split-Path -Parent $target))) { throw 'Zabbix agent 2 is not installed (folder C:\\Program Files\\Zabbix Agent 2 missing)' }",
    'if (Test-Path -LiteralPath $target) { Copy-Item -LiteralPath $target -Destination "$target.bak" -Force }',
    "Copy-Item -LiteralPath (Join-Path $PSScriptRoot 'zabbix_agent2.conf') -Destination $target -Force",
    "Restart-Service -Name 'Zabbix Agent 2'",
    "Write-Output 'Zabbix agent 2 configured and restarted. Import template.yaml on the Zabbix server and link it to the host.'",
    '',
  ].join('\r\n');
}

export const zabbix: TargetDescriptor<'zabbix'> = {
  name: 'zabbix',
  label: 'Zabbix agent 2',
  endpoint: { key: 'zabbix', example: { server: 'zabbix.example.jp', serverActive: 'zabbix.example.jp' } },
  capabilities: {
    heartbeat: { level: 'native', how: 'active item agent.ping; trigger nodata() over the heartbeat window' },
    eventlog: { level: 'native', how: 'active item eventlog[] filtered by level, source and event id' },
    log: { level: 'native', how: 'active item logrt[] with the regex and the file encoding' },
    service: { level: 'native', how: 'service.info[<name>,state] must be 0 (running)' },
    process: { level: 'native', how: 'proc.num[<name>] compared with the minimum count' },
    volume: { level: 'native', how: 'vfs.fs.size[<drive>,pused]' },
    share: {
      level: 'approximate',
      how: 'vfs.fs.size[<\\\\host\\share\\>,pused]: the agent service account (LocalSystem: the computer account) must be able to read the share, and the figure is the share quota seen from this server',
    },
    cpu: { level: 'native', how: 'system.cpu.util, min() over the window' },
    memory: { level: 'native', how: 'vm.memory.size[pused], min() over the window' },
    diskBusy: { level: 'native', how: 'perf_counter_en PhysicalDisk % Idle Time per discovered disk (busy = 100 - idle)' },
    network: { level: 'native', how: 'perf_counter_en Network Interface Bytes Total/sec against Current Bandwidth per discovered interface' },
  },
  logFolderWildcard: { unsupported: 'Zabbix logrt[] matches only file names' },
  connections(m): Connection[] {
    if (!m.zabbix) return [];
    const h = hostOf(m.zabbix.serverActive);
    return [{ what: 'Zabbix server, active checks', host: h.host, port: h.port ?? 10051 }];
  },
  files({ model, server }) {
    const setup = server.monitoring;
    return [
      { path: 'install.ps1', data: zabbixInstallScript(setup) },
      { path: 'template.yaml', data: zabbixTemplate(setup) },
      { path: 'zabbix_agent2.conf', data: zabbixAgentConf(model, setup) },
    ];
  },
};
