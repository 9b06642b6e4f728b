/**
 * The Datadog target: Datadog Agent (Windows) for one server, under `datadog/` in the bundle:
 * - `datadog.yaml`: site, hostname, host tags customer:/server:, logs_enabled. NO api_key: `install.ps1` reads it
 *   from the machine and writes it into the installed copy only.
 * - `conf.d/<integration>.d/conf.yaml` (./conf-d.ts).
 * - `monitors.json` (./monitors.ts).
 */
import type { Model } from '../../model/model.js';
import type { MonitoringSetup } from '../../resolve/monitoring.js';
import type { BundleFile, TargetDescriptor } from '../target.js';
import { GENERATED_BY, jsonText, yamlText } from '../text.js';
import { datadogConfD, hostTags } from './conf-d.js';
import { datadogMonitors } from './monitors.js';

export function datadogYaml(model: Model, setup: MonitoringSetup): string {
  const d = model.policies.provider.monitoring.datadog;
  if (!d) throw new Error('internal: datadog target without monitoring.datadog (rule A004)');
  return `# ${GENERATED_BY}\n# Datadog Agent main configuration for ${setup.customer}/${setup.server}. The API key is not here:\n# install.ps1 reads it on the server and adds it to the installed copy only.\n${yamlText(
    {
      site: d.site,
      hostname: setup.monitoredHost,
      tags: hostTags(setup),
      logs_enabled: true,
    },
  )}`;
}

export function datadogInstallScript(setup: MonitoringSetup): string {
  return [
    `# ${GENERATED_BY}`,
    `# Installs the Datadog Agent configuration of ${setup.customer}/${setup.server}. Run as Administrator from this`,
    '# folder after installing the Datadog Agent 7 (MSI). The API key is never in the bundle: it is read on this',
    '# machine from the machine environment variable DD_API_KEY, or else from C:\\ProgramData\\Datadog\\api_key.txt.',
    '#Requires -RunAsAdministrator',
    "$ErrorActionPreference = 'Stop'",
    "$root = 'C:\\ProgramData\\Datadog'",
    "if (-not (Test-Path -LiteralPath $root)) { throw 'Datadog Agent is not installed (C:\\ProgramData\\Datadog missing)' }",
    "$key = [Environment]::GetEnvironmentVariable('DD_API_KEY', 'Machine')",
    "if (-not $key) { $file = Join-Path $root 'api_key.txt'; if (Test-Path -LiteralPath $file) { $key = (Get-Content -LiteralPath $file -TotalCount 1).Trim() } }",
    "if (-not $key) { throw 'No API key on this machine: set the machine variable DD_API_KEY or write it to C:\\ProgramData\\Datadog\\api_key.txt' }",
    "$main = Join-Path $root 'datadog.yaml'",
    'if (Test-Path -LiteralPath $main) { Copy-Item -LiteralPath $main -Destination "$main.bak" -Force }',
    "$text = Get-Content -LiteralPath (Join-Path $PSScriptRoot 'datadog.yaml') -Raw -Encoding UTF8",
    '[IO.File]::WriteAllText($main, $text + "api_key: $key`n", (New-Object Text.UTF8Encoding $false))',
    "Copy-Item -Path (Join-Path $PSScriptRoot 'conf.d\\*') -Destination (Join-Path $root 'conf.d') -Recurse -Force",
    '& "$env:ProgramFiles\\Datadog\\Datadog Agent\\bin\\agent.exe" restart-service',
    "Write-Output 'Datadog Agent configured and restarted. Create the monitors of monitors.json with the monitors API.'",
    '',
  ].join('\r\n');
}

export const datadog: TargetDescriptor<'datadog'> = {
  name: 'datadog',
  label: 'Datadog Agent',
  endpoint: { key: 'datadog', example: { site: 'ap1.datadoghq.com' } },
  capabilities: {
    heartbeat: { level: 'native', how: 'service check monitor on datadog.agent.up with notify_no_data over the heartbeat window' },
    eventlog: { level: 'native', how: 'win32_event_log instance with an XPath query; event monitor on the tagged events' },
    log: {
      level: 'approximate',
      how: 'the Agent tails the file (with its encoding) and keeps only lines matching the patterns (include_at_match, Go regex); the log monitors search the literal text of each pattern, since monitor queries are not regular expressions',
    },
    service: { level: 'native', how: 'windows_service check; service check monitor on windows_service.state' },
    process: { level: 'native', how: 'process check; metric monitor on system.processes.number below the minimum' },
    volume: { level: 'native', how: 'disk check; metric monitor on system.disk.in_use' },
    share: {
      level: 'approximate',
      how: 'the disk check mounts the share on a spare drive letter (create_mounts) as the Agent user, which must be able to read it; the letter must stay free on the server',
    },
    cpu: { level: 'native', how: 'system.cpu.idle; busy = 100 - idle, min over the window' },
    memory: { level: 'native', how: 'system.mem.pct_usable; busy = 100 - usable, min over the window' },
    diskBusy: { level: 'native', how: 'windows_performance_counters PhysicalDisk % Idle Time per disk' },
    network: { level: 'native', how: 'windows_performance_counters Network Interface Bytes Total/sec against Current Bandwidth per interface' },
  },
  connections(m) {
    if (!m.datadog) return [];
    return [
      { what: 'Datadog API (HTTPS)', host: `api.${m.datadog.site}`, port: 443 },
      { what: 'Datadog logs intake (HTTPS)', host: `agent-http-intake.logs.${m.datadog.site}`, port: 443 },
    ];
  },
  files({ model, server }): BundleFile[] {
    const setup = server.monitoring;
    return [
      { path: 'datadog.yaml', data: datadogYaml(model, setup) },
      ...datadogConfD(setup),
      { path: 'install.ps1', data: datadogInstallScript(setup) },
      { path: 'monitors.json', data: jsonText(datadogMonitors(setup, model.policies.provider.monitoring.datadog?.notify)) },
    ];
  },
};
