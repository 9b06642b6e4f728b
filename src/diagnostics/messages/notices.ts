/**
 * Messages of revisions (N001–N005, 第2条: 変更, 実施日, 告知) and of work orders after completion (N006, N007,
 * 第11条: 作業完了, 瑕疵の報告, 再作業).
 */
import { m } from './message.js';
import type { Section } from './message.js';

export const NOTICES = {
  N001: {
    noTariff: m<{ id: string; effectiveOn: string }>(
      (p) => [
        `revision ${p.id} is a tariff revision but names no tariff`,
        `add \`tariff: ${p.effectiveOn}\` (the effectiveFrom of the new file policies/tariffs/${p.effectiveOn}.yaml)`,
      ],
      (p) => [
        `変更 ${p.id} は料金表の変更ですが、料金表を指定していません`,
        `\`tariff: ${p.effectiveOn}\` を追加してください（新しいファイル policies/tariffs/${p.effectiveOn}.yaml の effectiveFrom）`,
      ],
    ),
    unknownTariff: m<{ id: string; tariff: string; guess: string | undefined; tariffs: readonly string[] }>(
      (p) => [
        `revision ${p.id} brings in tariff ${p.tariff}, but there is no policies/tariffs/${p.tariff}.yaml`,
        p.guess
          ? `did you mean ${p.guess}? tariffs: ${p.tariffs.join(', ')}`
          : `add policies/tariffs/${p.tariff}.yaml with effectiveFrom: ${p.tariff}${p.tariffs.length ? ` (tariffs: ${p.tariffs.join(', ')})` : ''}`,
      ],
      (p) => [
        `変更 ${p.id} は料金表 ${p.tariff} を導入しますが、policies/tariffs/${p.tariff}.yaml がありません`,
        p.guess
          ? `${p.guess} の誤りではありませんか？ 料金表: ${p.tariffs.join(', ')}`
          : `effectiveFrom: ${p.tariff} の policies/tariffs/${p.tariff}.yaml を追加してください${p.tariffs.length ? `（料金表: ${p.tariffs.join(', ')}）` : ''}`,
      ],
    ),
    otherDay: m<{ id: string; effectiveOn: string; tariff: string }>(
      (p) => [
        `revision ${p.id} takes effect on ${p.effectiveOn}, but the tariff it brings in takes effect on ${p.tariff}`,
        `make them the same day: effectiveOn: ${p.tariff}, or rename the tariff file and its effectiveFrom to ${p.effectiveOn}`,
      ],
      (p) => [
        `変更 ${p.id} の実施日は ${p.effectiveOn} ですが、導入する料金表の適用開始日は ${p.tariff} です`,
        `同じ日にしてください: effectiveOn: ${p.tariff} にするか、料金表のファイル名と effectiveFrom を ${p.effectiveOn} にしてください`,
      ],
    ),
  },
  N002: {
    noEdition: m<{ id: string; next: number; effectiveOn: string }>(
      (p) => [
        `revision ${p.id} is a terms revision but names no terms edition`,
        `add \`termsEdition: ${p.next}\` and that edition to policies/terms.yaml with effectiveOn: ${p.effectiveOn}`,
      ],
      (p) => [
        `変更 ${p.id} は約款の変更ですが、約款の版を指定していません`,
        `\`termsEdition: ${p.next}\` を追加し、その版を effectiveOn: ${p.effectiveOn} で policies/terms.yaml に加えてください`,
      ],
    ),
    unknownEdition: m<{ id: string; edition: number; announcedOn: string; effectiveOn: string; editions: readonly number[] }>(
      (p) => [
        `revision ${p.id} brings in terms edition ${p.edition}, which policies/terms.yaml does not list`,
        `add { edition: ${p.edition}, publishedOn: ${p.announcedOn}, effectiveOn: ${p.effectiveOn}, summary: … } to policies/terms.yaml (editions: ${p.editions.join(', ')})`,
      ],
      (p) => [
        `変更 ${p.id} は約款の第${p.edition}版を導入しますが、policies/terms.yaml にその版がありません`,
        `policies/terms.yaml に { edition: ${p.edition}, publishedOn: ${p.announcedOn}, effectiveOn: ${p.effectiveOn}, summary: … } を加えてください（版: ${p.editions.join(', ')}）`,
      ],
    ),
    otherDay: m<{ id: string; effectiveOn: string; edition: number; editionOn: string }>(
      (p) => [
        `revision ${p.id} takes effect on ${p.effectiveOn}, but terms edition ${p.edition} takes effect on ${p.editionOn} (policies/terms.yaml)`,
        `make them the same day (effectiveOn: ${p.editionOn} here, or fix edition ${p.edition} in policies/terms.yaml)`,
      ],
      (p) => [
        `変更 ${p.id} の実施日は ${p.effectiveOn} ですが、約款の第${p.edition}版の施行日は ${p.editionOn} です（policies/terms.yaml）`,
        `同じ日にしてください（ここを effectiveOn: ${p.editionOn} にするか、policies/terms.yaml の第${p.edition}版を直してください）`,
      ],
    ),
  },
  N003: {
    alsoEdition: m<{ id: string; edition: number }>(
      (p) => [
        `revision ${p.id} is a tariff revision but also names terms edition ${p.edition}`,
        'remove termsEdition, or announce the terms change in its own revision file (kind: terms)',
      ],
      (p) => [
        `変更 ${p.id} は料金表の変更ですが、約款の第${p.edition}版も指定しています`,
        'termsEdition を削除するか、約款の変更は別の変更ファイル（kind: terms）で告知してください',
      ],
    ),
    alsoTariff: m<{ id: string; tariff: string }>(
      (p) => [
        `revision ${p.id} is a terms revision but also names tariff ${p.tariff}`,
        'remove tariff, or announce the tariff change in its own revision file (kind: tariff)',
      ],
      (p) => [
        `変更 ${p.id} は約款の変更ですが、料金表 ${p.tariff} も指定しています`,
        'tariff を削除するか、料金表の変更は別の変更ファイル（kind: tariff）で告知してください',
      ],
    ),
  },
  N004: {
    notBefore: m<{ id: string; announcedOn: string; effectiveOn: string }>(
      (p) => [
        `revision ${p.id} is announced on ${p.announcedOn}, not before it takes effect (${p.effectiveOn})`,
        'announce a change before its effective date (第2条)',
      ],
      (p) => [`変更 ${p.id} の告知日 ${p.announcedOn} が実施日（${p.effectiveOn}）より前ではありません`, '変更は実施日より前に告知してください（第2条）'],
    ),
    tooLate: m<{ id: string; announcedOn: string; days: number; effectiveOn: string; latest: string; earliestEffective: string }>(
      (p) => [
        `revision ${p.id} is announced on ${p.announcedOn}, less than ${p.days} days before it takes effect on ${p.effectiveOn}: the latest allowed announcement date is ${p.latest}`,
        `announce on or before ${p.latest}, or move effectiveOn to ${p.earliestEffective} or later (notices.minimumNoticeDays: ${p.days} in policies/provider.yaml)`,
      ],
      (p) => [
        `変更 ${p.id} の告知日 ${p.announcedOn} は、実施日 ${p.effectiveOn} の ${p.days} 日前より後です: 告知できる最も遅い日は ${p.latest} です`,
        `${p.latest} までに告知するか、effectiveOn を ${p.earliestEffective} 以降にしてください（policies/provider.yaml の notices.minimumNoticeDays: ${p.days}）`,
      ],
    ),
  },
  N005: {
    window: m<{ id: string; endOn: string; noticeBy: string; noticeByJa: string; announcedOn: string; effectiveOn: string }>(
      (p) => [
        `revision ${p.id}: to end the service before the change (on ${p.endOn}), a customer had to give notice by ${p.noticeBy} (第6条), before this announcement (${p.announcedOn})`,
        `announce by ${p.noticeBy} (${p.noticeByJa}) so that customers can still end before ${p.effectiveOn}, or move effectiveOn later`,
      ],
      (p) => [
        `変更 ${p.id}: 変更の前（${p.endOn}）にサービスを終了するには、お客様は ${p.noticeBy} までに通知する必要があり（第6条）、この告知（${p.announcedOn}）より前です`,
        `お客様が ${p.effectiveOn} より前に終了できるよう ${p.noticeByJa}（${p.noticeBy}）までに告知するか、effectiveOn を遅らせてください`,
      ],
    ),
  },
  N006: {
    noOriginal: m<{ id: string; reworkOf: string; guess: string | undefined; ids: readonly string[] }>(
      (p) => [
        `work order ${p.id} is a rework of ${p.reworkOf}, which is not another work order of this customer`,
        p.guess
          ? `did you mean ${p.guess}?`
          : p.ids.length
            ? `work orders: ${p.ids.join(', ')}`
            : 'a rework fixes a defect of an earlier work order of the same customer',
      ],
      (p) => [
        `作業依頼 ${p.id} は ${p.reworkOf} の再作業ですが、${p.reworkOf} はこの顧客の別の作業依頼ではありません`,
        p.guess
          ? `${p.guess} の誤りではありませんか？`
          : p.ids.length
            ? `作業依頼: ${p.ids.join(', ')}`
            : '再作業は、同じ顧客の以前の作業依頼の瑕疵を直すものです',
      ],
    ),
    noDefect: m<{ id: string; original: string }>(
      (p) => [
        `work order ${p.id} is a rework of ${p.original}, but ${p.original} records no defect report (第11条3: the customer reports the defect, then the provider fixes it)`,
        `add \`defectReportedOn: <date>\` to work order ${p.original}, the day the customer reported the defect`,
      ],
      (p) => [
        `作業依頼 ${p.id} は ${p.original} の再作業ですが、${p.original} に瑕疵の報告が記録されていません（第11条3: お客様が瑕疵を報告し、当社が直します）`,
        `作業依頼 ${p.original} に、お客様が瑕疵を報告した日 \`defectReportedOn: <date>\` を追加してください`,
      ],
    ),
  },
  N007: {
    noCompletion: m<{ id: string; field: string; value: string }>(
      (p) => [
        `work order ${p.id} has ${p.field} ${p.value} but no completedOn`,
        `${p.field} comes after the completion (第11条): set completedOn, or correct ${p.field}`,
      ],
      (p) => [
        `作業依頼 ${p.id} に ${p.field} ${p.value} がありますが、完了日 completedOn がありません`,
        `${p.field} は作業完了の後に来ます（第11条）: completedOn を設定するか、${p.field} を直してください`,
      ],
    ),
    beforeCompletion: m<{ id: string; field: string; value: string; completedOn: string }>(
      (p) => [
        `work order ${p.id} has ${p.field} ${p.value}, before its completion on ${p.completedOn}`,
        `${p.field} comes after the completion (第11条): set completedOn, or correct ${p.field}`,
      ],
      (p) => [
        `作業依頼 ${p.id} の ${p.field} ${p.value} が、作業完了日 ${p.completedOn} より前です`,
        `${p.field} は作業完了の後に来ます（第11条）: completedOn を設定するか、${p.field} を直してください`,
      ],
    ),
  },
} satisfies Section;
