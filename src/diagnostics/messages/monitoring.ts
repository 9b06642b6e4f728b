/**
 * Messages of the monitoring rules (A001, A002, A004–A009: 監視エージェント, 監視対象, しきい値). A target's own
 * description of how it monitors a check (`how`, from src/targets/) is quoted as it is.
 */
import { m } from './message.js';
import type { Section } from './message.js';

export const MONITORING = {
  A001: {
    outside: m<{ group: string; field: string; value: number; unit: string; server: string; min: number; max: number; file: string }>(
      (p) => [
        `${p.group}.${p.field} ${p.value}${p.unit} of server ${p.server} is outside the bounds ${p.min}–${p.max}${p.unit} of ${p.file}`,
        `use a value from ${p.min} to ${p.max}, or remove the override to use the default`,
      ],
      (p) => [
        `サーバー ${p.server} の ${p.group}.${p.field} ${p.value}${p.unit === ' min' ? ' 分' : p.unit} が ${p.file} の範囲 ${p.min}–${p.max}${p.unit === ' min' ? ' 分' : p.unit} の外です`,
        `${p.min} から ${p.max} までの値にするか、上書きを削除して既定値を使ってください`,
      ],
    ),
  },
  A002: {
    defaults: m<{ group: string; warning: number; critical: number; warningField: string; criticalField: string }>(
      (p) => [`thresholds.${p.group}: warning ${p.warning} is not below critical ${p.critical}`, `make ${p.warningField} lower than ${p.criticalField}`],
      (p) => [
        `thresholds.${p.group}: 警告のしきい値 ${p.warning} が重大のしきい値 ${p.critical} より小さくありません`,
        `${p.warningField} を ${p.criticalField} より小さくしてください`,
      ],
    ),
    server: m<{
      server: string;
      group: string;
      warning: number;
      critical: number;
      warningDefault: boolean;
      criticalDefault: boolean;
      file: string;
      warningField: string;
      criticalField: string;
    }>(
      (p) => [
        `server ${p.server}: ${p.group} warning ${p.warning}${p.warningDefault ? ` (default from ${p.file})` : ''} is not below critical ${p.critical}${p.criticalDefault ? ` (default from ${p.file})` : ''}`,
        `make ${p.warningField} lower than ${p.criticalField} (override both if needed)`,
      ],
      (p) => [
        `サーバー ${p.server}: ${p.group} の警告のしきい値 ${p.warning}${p.warningDefault ? `（${p.file} の既定値）` : ''} が重大のしきい値 ${p.critical}${p.criticalDefault ? `（${p.file} の既定値）` : ''} より小さくありません`,
        `${p.warningField} を ${p.criticalField} より小さくしてください（必要なら両方を上書きしてください）`,
      ],
    ),
  },
  A004: {
    noEndpoint: m<{ target: string; key: string; example: string }>(
      (p) => [
        `monitoring target ${p.target} is listed but monitoring.${p.key} (its endpoint) is missing`,
        `add under monitoring: ${p.example} — or remove ${p.target} from targets`,
      ],
      (p) => [
        `監視ターゲット ${p.target} が挙げられていますが、その接続先 monitoring.${p.key} がありません`,
        `monitoring の下に ${p.example} を追加するか、targets から ${p.target} を削除してください`,
      ],
    ),
  },
  A005: {
    kind: m<{ target: string; kind: string; how: string; file: string }>(
      (p) => [
        `target ${p.target} cannot monitor ${p.kind} checks (${p.how}), which ${p.file} requires`,
        `remove ${p.target} from monitoring.targets, or monitor ${p.kind} with another target`,
      ],
      (p) => [
        `ターゲット ${p.target} は、${p.file} が求める ${p.kind} の監視ができません（${p.how}）`,
        `monitoring.targets から ${p.target} を削除するか、${p.kind} は別のターゲットで監視してください`,
      ],
    ),
    volume: m<{ volume: string; server: string; kind: string; targets: readonly string[] }>(
      (p) => [
        `volume ${p.volume} of server ${p.server} (${p.kind}) cannot be monitored by ${p.targets.join(', ')}`,
        'give the volume a drive letter or mount point, or change monitoring.targets',
      ],
      (p) => [
        `サーバー ${p.server} のボリューム ${p.volume}（${p.kind}）は ${p.targets.join(', ')} では監視できません`,
        'ボリュームにドライブ文字かマウントポイントを割り当てるか、monitoring.targets を変えてください',
      ],
    ),
  },
  A006: {
    kind: m<{ target: string; kind: string; how: string }>(
      (p) => [`target ${p.target} monitors ${p.kind} checks only approximately: ${p.how}`, `accept the difference, or monitor ${p.kind} with another target`],
      (p) => [
        `ターゲット ${p.target} は ${p.kind} を近似的にしか監視できません: ${p.how}`,
        `この違いを受け入れるか、${p.kind} は別のターゲットで監視してください`,
      ],
    ),
    volume: m<{ volume: string; server: string; kind: string; details: readonly string[] }>(
      (p) => [
        `volume ${p.volume} of server ${p.server} is a ${p.kind}: monitored approximately — ${p.details.join('; ')}`,
        'map the share to a drive letter on the server if the figure must be exact, or accept the difference',
      ],
      (p) => [
        `サーバー ${p.server} のボリューム ${p.volume} は ${p.kind} のため、監視は近似的です — ${p.details.join('; ')}`,
        '正確な値が必要なら、サーバーで共有をドライブ文字に割り当ててください。そうでなければこの違いを受け入れてください',
      ],
    ),
  },
  A007: {
    noPath: m<{ volume: string; server: string; kind: string }>(
      (p) => [
        `volume ${p.volume} of server ${p.server} is ${p.kind} storage without a path: it cannot be monitored`,
        'add its path, e.g. path: "D:\\\\" or path: \'\\\\nas01\\share\' (only cloud volumes go unmonitored)',
      ],
      (p) => [
        `サーバー ${p.server} のボリューム ${p.volume} はパスのない ${p.kind} ストレージのため、監視できません`,
        'パスを追加してください（例: path: "D:\\\\" や path: \'\\\\nas01\\share\'）。監視しないのはクラウドストレージだけです',
      ],
    ),
  },
  A008: {
    sameLabel: m<{ what: 'service' | 'process'; name: string; label: string; previous: string }>(
      (p) => [
        `${p.what} ${p.name} gives the same check label ${p.what}-${p.label} as ${p.previous}`,
        `check labels ignore case and punctuation: list each ${p.what} once`,
      ],
      (p) => [
        `${p.what === 'service' ? 'サービス' : 'プロセス'} ${p.name} の監視ラベル ${p.what}-${p.label} が ${p.previous} と同じです`,
        `監視ラベルは大文字と小文字や記号を区別しません: ${p.what === 'service' ? 'サービス' : 'プロセス'}はそれぞれ一度だけ挙げてください`,
      ],
    ),
  },
  A009: {
    notAbsolute: m<{ path: string }>(
      (p) => [`vvaultLog.path ${p.path} is not an absolute Windows path`, "write the full path, e.g. 'C:\\Program Files\\VVAULT\\Log\\*.log'"],
      (p) => [`vvaultLog.path ${p.path} は Windows の絶対パスではありません`, "完全なパスを書いてください（例: 'C:\\Program Files\\VVAULT\\Log\\*.log'）"],
    ),
    folderWildcard: m<{ path: string; why: readonly string[]; targets: readonly string[] }>(
      (p) => [
        `vvaultLog.path ${p.path} has a wildcard in a folder name: ${p.why.join('; ')}`,
        `put the wildcard in the file name only, e.g. C:\\VVAULT\\Log\\*.log, or remove ${p.targets.join(' and ')} from monitoring.targets`,
      ],
      (p) => [
        `vvaultLog.path ${p.path} のフォルダー名にワイルドカードがあります: ${p.why.join('; ')}`,
        `ワイルドカードはファイル名だけに使うか（例: C:\\VVAULT\\Log\\*.log）、monitoring.targets から ${p.targets.join(' と ')} を削除してください`,
      ],
    ),
  },
} satisfies Section;
