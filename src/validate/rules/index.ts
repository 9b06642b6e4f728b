/** The rule registry: one line per rule module. */
import { storagePathsOnWindows } from './storage-paths.js';
import { noZabbixMacros } from './zabbix-macros.js';
import { logPatternsCompile } from './log-patterns.js';
import { eventSourcesQuotable } from './event-sources.js';
import type { Rule } from '../rule.js';
import { NOTICE_RULES } from './notices.js';
import { customerFileName } from './customer-file-name.js';
import { tariffFileName } from './tariff-file-name.js';
import { revisionFileName } from './revision-file-name.js';
import { uniqueIds } from './unique-ids.js';
import { tariffCodesUnique } from './tariff-codes-unique.js';
import { customerIdsUnique } from './customer-ids-unique.js';
import { hostnamesUnique } from './hostnames-unique.js';
import { onePrimaryContact } from './one-primary-contact.js';
import { emailAddresses } from './email-addresses.js';
import { planInTariff, laterTariffDropsCode, tariffInForceExists } from './tariff-codes.js';
import { termsEditionExists, termsEditionInEffect } from './terms-edition.js';
import { appliedBeforeBilling, consentBeforeBilling } from './contract-dates.js';
import { terminationMonthEnd, terminationNotice, terminationAfterStart } from './termination.js';
import { workOrderServer, paymentBilledMonth } from './references.js';
import { registrationNumber } from './registration-number.js';
import { cidrValid } from './cidr.js';
import { routingReceivers, routingSeverities } from './routing.js';
import { realMonthDays } from './month-days.js';
import { ROUTING_RULES } from './routing-calendar.js';
import { ROUTING_LAPSE_RULES } from './routing-lapse.js';
import { BILLING_RULES } from './billing.js';
import { documentGlyphs } from './document-glyphs.js';
import { correctionOfIssued, issuedCustomerKept, issuedDocumentsUnchanged, registerFileNamed } from './records.js';
import { monitoringBounds } from './monitoring-bounds.js';
import { monitoringOrder } from './monitoring-order.js';
import { monitoringConsent } from './monitoring-consent.js';
import { schemaFolderRule } from './schema-folder.js';
import { PROSPECT_RULES } from './prospects.js';
import {
  monitoringEndpoints,
  monitoringCapabilities,
  monitoringApproximations,
  monitoredVolumesHavePaths,
  distinctCheckLabels,
  vvaultLogPath,
} from './monitoring-targets.js';

export const RULES: Rule[] = [
  ...NOTICE_RULES,
  customerFileName,
  tariffFileName,
  revisionFileName,
  uniqueIds,
  tariffCodesUnique,
  customerIdsUnique,
  hostnamesUnique,
  onePrimaryContact,
  emailAddresses,
  planInTariff,
  laterTariffDropsCode,
  termsEditionExists,
  tariffInForceExists,
  termsEditionInEffect,
  appliedBeforeBilling,
  consentBeforeBilling,
  terminationMonthEnd,
  terminationNotice,
  terminationAfterStart,
  workOrderServer,
  paymentBilledMonth,
  registrationNumber,
  cidrValid,
  routingReceivers,
  routingSeverities,
  realMonthDays,
  ...ROUTING_RULES,
  ...ROUTING_LAPSE_RULES,
  ...BILLING_RULES,
  documentGlyphs,
  issuedDocumentsUnchanged,
  issuedCustomerKept,
  registerFileNamed,
  correctionOfIssued,
  monitoringBounds,
  monitoringOrder,
  monitoringConsent,
  monitoringEndpoints,
  schemaFolderRule,
  monitoringCapabilities,
  monitoringApproximations,
  monitoredVolumesHavePaths,
  distinctCheckLabels,
  vvaultLogPath,
  storagePathsOnWindows,
  noZabbixMacros,
  logPatternsCompile,
  eventSourcesQuotable,
  ...PROSPECT_RULES,
];
