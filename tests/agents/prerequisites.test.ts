/** 仕様書1: every bundle carries the prerequisites script (RDP only from the provider, operator account, outbound HTTPS) and the checklist. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE } from '../helpers.js';
import { agentArtifacts, model, text } from './util.js';
import { endpointsOf } from '../../src/emit/agents/bundle.js';

const m = model(EXAMPLE);
const arts = await agentArtifacts(m);
const ra = m.policies.provider.remoteAccess;

describe('仕様書1: prerequisites in each bundle', () => {
  const scripts = arts.filter((a) => a.path.endsWith('.ps1'));

  it('every .ps1 is ASCII with CRLF line ends (Windows PowerShell 5.1 reads BOM-less files in the ANSI code page)', () => {
    expect(scripts.length).toBe(12);
    for (const a of scripts) {
      expect(text(a)).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
      expect(text(a).replace(/\r\n/g, '')).not.toContain('\n');
    }
  });

  it.each(arts.filter((a) => a.path.endsWith('/prerequisites.ps1')).map((a) => [a.path, a] as const))('%s', (_p, a) => {
    const t = text(a);
    expect(t).toContain(`$RdpSources = @(${ra.rdpSourceAddresses.map((x) => `'${x}'`).join(', ')})`);
    expect(t).toMatch(/New-NetFirewallRule [^\r\n]*-Direction Inbound -Protocol TCP -LocalPort 3389 -RemoteAddress \$RdpSources -Action Allow/);
    expect(t).toContain("Get-NetFirewallRule -Group '@FirewallAPI.dll,-28752'");
    expect(t).toContain('Disable-NetFirewallRule');
    expect(t).toContain(`$OperatorAccount = '${ra.operatorAccount}'`);
    expect(t).toContain('Get-LocalUser -Name $OperatorAccount');
    expect(t).toContain('Test-NetConnection -ComputerName $e.Host -Port $e.Port');
    expect(t).toContain("Host = 'api.ap1.datadoghq.com'; Port = 443");
    expect(t).toContain("Host = 'zabbix.example.jp'; Port = 10051");
    expect(t).toContain('exit 1');
  });

  it('the SaaS endpoint of provider.yaml, when given, is checked for outbound HTTPS first', () => {
    const withSaas = {
      ...m,
      policies: {
        ...m.policies,
        provider: { ...m.policies.provider, monitoring: { ...m.policies.provider.monitoring, saasEndpoint: 'https://intake.example.net' } },
      },
    };
    expect(endpointsOf(withSaas)[0]).toEqual({ what: 'SaaS endpoint (HTTPS)', host: 'intake.example.net', port: 443 });
  });

  it.each(arts.filter((a) => a.path.endsWith('/checklist.md')).map((a) => [a.path, a] as const))(
    '%s is the Japanese checklist of the conditions',
    (path, a) => {
      const t = text(a);
      const [customer, , server] = path.split('/');
      const c = m.customers.find((x) => x.id === customer)!;
      const s = c.servers.find((x) => x.id === server)!;
      expect(t).toContain('# 監視導入チェックリスト');
      for (const addr of ra.rdpSourceAddresses) expect(t).toContain(addr);
      expect(t).toContain(`\`${ra.operatorAccount}\``);
      expect(t).toContain('インターネットへの送信');
      expect(t).toContain(`承諾日 ${c.source.contract.monitoringConsent!.agreedOn}`);
      expect(t).toContain(`\`${s.source.hostname}\``);
      expect(t).toContain('クラウドストレージは監視対象外です');
      // one table row per check
      expect(t.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 監視項目')).length).toBe(s.monitoring.checks.length);
    },
  );
});
