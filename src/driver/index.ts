/** The driver: the one way to load, validate and resolve a root (see driver.ts), and its host interface. */
export { Driver } from './driver.js';
export type { CacheMode, DriverOptions, RootCompile } from './driver.js';
export { memoryHost } from './host.js';
export type { Host } from './host.js';
export { check, compile, makeRuleContext } from './pipeline.js';
export type { CheckResult } from './pipeline.js';
export { scopedModel } from './scope.js';
export type { Scope } from './scope.js';
